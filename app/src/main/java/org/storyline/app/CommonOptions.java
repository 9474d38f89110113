package org.storyline.app;

import java.nio.file.Path;
import org.storyline.config.StorylineConfig;
import picocli.CommandLine.Option;

/** Options every command takes: where the store is and which settings file to read. */
final class CommonOptions {

    @Option(names = "--data", paramLabel = "DIR",
            description = "The store's directory (default: the data.dir setting, else a per-user folder; here"
                    + " ${sys:storyline.default-data}).")
    Path data;

    @Option(names = "--config", paramLabel = "FILE", description = "A settings file overriding the defaults.")
    Path config;

    /** The settings: defaults, file, environment, then these options. */
    StorylineConfig config() {
        StorylineConfig loaded = StorylineConfig.load(config, System.getenv(), System.getProperty("user.home"));
        return data == null ? loaded : loaded.withDataDir(data);
    }
}
