package org.storyline.app;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.Map;
import org.storyline.config.StorylineConfig;
import org.storyline.web.WebServer;

/**
 * The app as {@code storyline serve} runs it (same wiring, the demo corpus loaded into a fresh store), on a free
 * loopback port, without background polling.
 */
final class RunningApp implements AutoCloseable {

    private final Components components;
    private final Javalin web;
    private final StorylineConfig config;

    private RunningApp(Components components, Javalin web, StorylineConfig config) {
        this.components = components;
        this.web = web;
        this.config = config;
    }

    static RunningApp start(Path data) {
        StorylineConfig config = StorylineConfig.load(null, Map.of(), data.toString()).withDataDir(data);
        Components components = Components.open(config);
        DemoCorpus.load(new Ingestion(components.pipeline(), components.fetcher(), config.maxFileBytes(), System.err));
        components.pipeline().flush();
        Javalin web = WebServer.create(components.store(), components.subscriptions(), components.index())
                .start("127.0.0.1", 0);
        return new RunningApp(components, web, config);
    }

    String base() {
        return "http://127.0.0.1:" + web.port();
    }

    /** Takes in files as {@code storyline ingest} does (every stage, entities included) while the app serves. */
    void ingest(Path... files) {
        new Ingestion(components.pipeline(), components.fetcher(), config.maxFileBytes(), System.err)
                .ingest(java.util.Arrays.stream(files).map(Path::toString).toList(), java.time.Instant.now());
        components.pipeline().flush();
    }

    org.storyline.store.ArticleStore store() {
        return components.store();
    }

    @Override
    public void close() {
        web.stop();
        components.close();
    }
}
