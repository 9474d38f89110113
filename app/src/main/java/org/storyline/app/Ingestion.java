package org.storyline.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.storyline.pipeline.DocumentOutcome;
import org.storyline.pipeline.Pipeline;
import org.storyline.source.SourceFailure;
import org.storyline.source.TextDumpReader;
import org.storyline.store.Store;

/**
 * A batch ingest: reads each file, hands it to the pipeline, reports problems as they come and counts
 * everything for the summary line. One bad file never stops the batch.
 */
final class Ingestion {

    private final Pipeline pipeline;
    private final TextDumpReader reader;
    private final PrintStream messages;

    /** @param messages where per-file problems and the progress bar go, or null to stay quiet */
    Ingestion(Store store, long maxFileBytes, PrintStream messages) {
        this.pipeline = Pipeline.open(store);
        this.reader = new TextDumpReader(maxFileBytes);
        this.messages = messages;
    }

    IngestSummary ingestPaths(List<Path> paths, Instant capturedAt) {
        IngestSummary summary = new IngestSummary();
        List<SourceFailure> missing = new ArrayList<>();
        List<Path> files = reader.expand(paths, missing::add);
        missing.forEach(failure -> report(summary, pipeline.reject(failure)));
        try (ProgressBar bar = progressBar(files.size())) {
            for (Path file : files) {
                if (bar != null) {
                    bar.setExtraMessage(file.getFileName().toString());
                }
                DocumentOutcome outcome = switch (reader.read(file, capturedAt)) {
                    case TextDumpReader.Read read -> pipeline.ingest(read.document(), read.contentHash());
                    case TextDumpReader.Failed failed -> pipeline.reject(failed.failure());
                };
                report(summary, outcome);
                if (bar != null) {
                    bar.step();
                }
            }
        }
        return summary;
    }

    /** Ingests bytes that did not come from a file of the user's (the bundled demo corpus). */
    DocumentOutcome ingestBytes(String origin, byte[] bytes, Instant capturedAt) {
        return switch (reader.decode(origin, bytes, capturedAt, false)) {
            case TextDumpReader.Read read -> pipeline.ingest(read.document(), read.contentHash());
            case TextDumpReader.Failed failed -> pipeline.reject(failed.failure());
        };
    }

    private void report(IngestSummary summary, DocumentOutcome outcome) {
        summary.add(outcome);
        if (outcome.isProblem() && messages != null) {
            messages.println("storyline: " + outcome);
        }
    }

    private ProgressBar progressBar(int files) {
        // Only where someone watches: a bar in a log file or a pipe is noise.
        if (messages == null || files < 2 || System.console() == null) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("Ingesting").setInitialMax(files)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).continuousUpdate()
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(messages)).build();
    }
}
