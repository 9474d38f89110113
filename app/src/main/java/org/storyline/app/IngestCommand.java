package org.storyline.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.config.StorylineConfig;
import org.storyline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyline ingest PATH...}: text dumps (files or folders) into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Take in page dumps (text files, or folders of them). Ingesting the same input twice changes nothing.")
final class IngestCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders of page dumps.")
    private List<Path> paths;

    @Option(names = "--captured-at", paramLabel = "TIME", converter = InstantConverter.class,
            description = "When the pages were captured (2025-07-04T12:00Z); relative dates such as 'a day ago'"
                    + " count back from it. Default: each file's modification time, marked approximate.")
    private Instant capturedAt;

    @Option(names = "--quiet", description = "No progress bar and no per-file lines; only the summary.")
    private boolean quiet;

    @Override
    public Integer call() {
        StorylineConfig config = common.config();
        try (Store store = Store.open(config.dataDir())) {
            Ingestion ingestion = new Ingestion(store, config.maxFileBytes(), quiet ? null : System.err);
            IngestSummary summary = ingestion.ingestPaths(paths, capturedAt);
            System.out.println(summary.line(store.counts()));
            return summary.errors() == 0 ? 0 : 1;
        }
    }
}
