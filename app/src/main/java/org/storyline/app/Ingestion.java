package org.storyline.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.storyline.model.RawDocument;
import org.storyline.pipeline.DocumentQueue;
import org.storyline.pipeline.DocumentSink;
import org.storyline.pipeline.DocumentOutcome;
import org.storyline.pipeline.Pipeline;
import org.storyline.pipeline.QueuePublisher;
import org.storyline.source.HtmlFileReader;
import org.storyline.source.ReadResult;
import org.storyline.source.SourceFailure;
import org.storyline.source.TextDumpReader;
import org.storyline.source.fetch.FetchFailed;
import org.storyline.source.fetch.Fetched;
import org.storyline.source.fetch.Fetcher;
import org.storyline.source.fetch.NotModified;
import org.storyline.source.fetch.Validators;
import org.storyline.source.warc.WarcItem;
import org.storyline.source.warc.WarcReader;
import org.storyline.source.warc.WarcSettings;
import org.storyline.text.StableHash;

/**
 * A batch ingest: page dumps, saved HTML pages, web archives and web addresses, each read on a worker and handed
 * to the pipeline's batch, problems reported as they come and everything counted for the summary line. One bad
 * input never stops the batch. It knows how to read inputs, not the order of the stages: that is the pipeline's.
 */
final class Ingestion {

    private final Pipeline pipeline;
    private final Fetcher fetcher;
    private final TextDumpReader dumps;
    private final HtmlFileReader pages;
    private final WarcReader warcs = new WarcReader(WarcSettings.defaults());
    private final PrintStream messages;
    private final int workers;
    private DocumentQueue shared;

    /** @param messages where per-input problems and the progress bar go, or null to stay quiet */
    Ingestion(Pipeline pipeline, Fetcher fetcher, long maxFileBytes, PrintStream messages) {
        this(pipeline, fetcher, maxFileBytes, messages, Runtime.getRuntime().availableProcessors());
    }

    /** @param workers threads that read and prepare documents (storing stays on one, in input order) */
    Ingestion(Pipeline pipeline, Fetcher fetcher, long maxFileBytes, PrintStream messages, int workers) {
        this.pipeline = pipeline;
        this.workers = workers;
        this.fetcher = fetcher;
        this.dumps = new TextDumpReader(maxFileBytes);
        this.pages = new HtmlFileReader(maxFileBytes);
        this.messages = messages;
    }

    /**
     * Publishes what it reads to a shared queue instead of running the pipeline here: worker processes
     * ({@code storyline worker}) store it.
     */
    Ingestion publishingTo(DocumentQueue queue) {
        this.shared = queue;
        return this;
    }

    /**
     * Ingests files, folders and http(s) addresses: read and prepared on {@code workers} threads, stored in input
     * order (the same result as one thread).
     */
    IngestSummary ingest(List<String> inputs, Instant capturedAt) {
        IngestSummary summary = new IngestSummary();
        List<SourceFailure> missing = new ArrayList<>();
        List<String> urls = inputs.stream().filter(Ingestion::isUrl).toList();
        List<Path> files = dumps.expand(inputs.stream().filter(i -> !isUrl(i)).map(Path::of).toList(), missing::add);
        missing.forEach(failure -> report(summary, pipeline.reject(failure)));
        QueuePublisher publisher = shared == null ? null : new QueuePublisher(shared);
        try (ProgressBar bar = progressBar(files.size() + urls.size());
             DocumentSink batch = publisher != null ? publisher : pipeline.batch(workers, o -> report(summary, o))) {
            for (String url : urls) {
                batch.submit(() -> fetch(url));
                step(bar, url);
            }
            for (Path file : files) {
                if (isWarc(file)) {
                    ingestArchive(file, batch, summary);
                } else {
                    batch.submit(() -> read(file, capturedAt));
                }
                step(bar, file.getFileName().toString());
            }
        }
        if (publisher != null) {
            summary.published(publisher.published());
        }
        return summary;
    }

    /** Ingests bytes that did not come from a file of the user's (the bundled demo corpus). */
    DocumentOutcome ingestBytes(String origin, byte[] bytes, Instant capturedAt) {
        return switch (dumps.decode(origin, bytes, capturedAt, false)) {
            case ReadResult.Read read -> pipeline.ingest(read.document(), read.contentHash());
            case ReadResult.Failed failed -> pipeline.reject(failed.failure());
        };
    }

    /**
     * A web archive, streamed: each HTML response is one document (its capture time is the archive's own);
     * other records are skipped silently, damage is reported with its offset and reading goes on.
     */
    private void ingestArchive(Path file, DocumentSink batch, IngestSummary summary) {
        warcs.read(file, item -> {
            switch (item) {
                case WarcItem.Document page -> batch.submit(() -> new ReadResult.Read(page.document(),
                        StableHash.sha256Hex(page.document().content().getBytes(StandardCharsets.UTF_8))));
                case WarcItem.Failed failed -> batch.submit(() -> new ReadResult.Failed(failed.failure()));
                case WarcItem.Skipped skipped -> summary.skip();
            }
        });
    }

    private static boolean isWarc(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    private ReadResult read(Path file, Instant capturedAt) {
        return HtmlFileReader.isHtml(file) ? pages.read(file, capturedAt) : dumps.read(file, capturedAt);
    }

    /** A web page by its address, fetched on a worker: the document, or why there is none. */
    private ReadResult fetch(String url) {
        return switch (fetcher.fetch(url, Validators.NONE)) {
            case FetchFailed failed -> new ReadResult.Failed(new SourceFailure(url, failed.kind() + ": " + failed.message()));
            case NotModified notModified -> new ReadResult.Failed(new SourceFailure(url, "unexpected 304 Not Modified"));
            case Fetched page when !page.mediaType().contains("html") ->
                    new ReadResult.Failed(new SourceFailure(url, "not a web page but " + page.mediaType()
                            + "; to follow a feed, use: storyline source add " + url));
            case Fetched page -> new ReadResult.Read(new RawDocument(page.finalUrl().toString(),
                    RawDocument.Format.HTML, page.text(), page.fetchedAt(), false), StableHash.sha256Hex(page.body()));
        };
    }

    private void report(IngestSummary summary, DocumentOutcome outcome) {
        summary.add(outcome);
        if (outcome.isProblem() && messages != null) {
            messages.println("storyline: " + Terminal.safe(outcome.toString()));
        }
    }

    private static boolean isUrl(String input) {
        String lower = input.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static void step(ProgressBar bar, String name) {
        if (bar != null) {
            bar.setExtraMessage(Terminal.safe(name));
            bar.step();
        }
    }

    private ProgressBar progressBar(int inputs) {
        // Only where someone watches: a bar in a log file or a pipe is noise.
        if (messages == null || inputs < 2 || System.console() == null) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("Ingesting").setInitialMax(inputs)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).continuousUpdate()
                .setConsumer(new ConsoleProgressBarConsumer(messages)).build();
    }
}
