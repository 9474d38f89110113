package org.storyline.app;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.config.StorylineConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyline ingest PATH...}: text dumps (files or folders) into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Take in page dumps, saved pages, web archives (WARC) and web pages.",
                "Ingesting the same input twice changes nothing; a file already taken in is recognised by its content"
                        + " and not parsed again."})
final class IngestCommand implements Callable<Integer> {

    /** Clocks and time zones disagree by hours, not by days: beyond this, the time is a mistake. */
    private static final java.time.Duration FUTURE_SLACK = java.time.Duration.ofDays(1);

    @Mixin
    private CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "PATH|URL",
            description = "Page dumps (.txt), saved pages (.html, .html.gz), web archives (.warc, .warc.gz), folders"
                    + " of them (walked recursively), or http(s) web page addresses.")
    private List<String> inputs;

    @Option(names = "--captured-at", paramLabel = "TIME", converter = InstantConverter.class,
            description = "When the pages were captured (2025-07-04T12:00Z); relative dates such as 'a day ago'"
                    + " count back from it. Default: each file's modification time, marked approximate.")
    private Instant capturedAt;

    @Option(names = "--quiet", description = "No progress bar and no per-file lines; only the summary.")
    private boolean quiet;

    @Override
    public Integer call() {
        if (capturedAt != null && capturedAt.isAfter(Instant.now().plus(FUTURE_SLACK))) {
            System.err.println("storyline: --captured-at " + capturedAt + " is in the future; give the time the pages"
                    + " were saved (relative dates such as 'a day ago' count back from it)");
            return 2;
        }
        StorylineConfig config = common.config();
        java.util.Optional<org.storyline.pipeline.DocumentQueue> shared = Backends.sharedQueue(config);
        try (Components components = Components.open(config, shared.isEmpty())) {
            // Unchanged files are recognised by content hash before they are parsed (the batch asks the store).
            Ingestion ingestion = new Ingestion(components.pipeline(), components.fetcher(), config.maxFileBytes(),
                    quiet ? null : System.err);
            shared.ifPresent(ingestion::publishingTo);
            IngestSummary summary = ingestion.ingest(inputs, capturedAt);
            components.pipeline().flush();
            System.out.println(summary.line(components.store().counts()));
            return summary.errors() == 0 ? 0 : 1;
        } finally {
            shared.ifPresent(org.storyline.pipeline.DocumentQueue::close);
        }
    }
}
