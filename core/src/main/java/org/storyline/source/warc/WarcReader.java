package org.storyline.source.warc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.storyline.source.SourceFailure;

/**
 * Reads the HTML pages out of a WARC 1.0 or 1.1 file, plain or gzipped (one gzip member for the file, or one
 * per record as Common Crawl writes them), streaming: memory stays the same whatever the file's size.
 *
 * <p>Every HTTP {@code response} record with status 200 and an HTML Content-Type gives a
 * {@link WarcItem.Document}; other response records give a {@link WarcItem.Skipped} with the reason; other
 * record types (request, metadata, warcinfo, revisit) give nothing. Problems with the file give a
 * {@link WarcItem.Failed} naming the offset, and never an exception: a truncated file gives every record before
 * the cut and then one failure; garbage between records or a corrupt gzip member is skipped and reading goes on.
 *
 * <pre>{@code
 * var reader = new WarcReader(WarcSettings.defaults());
 * WarcSummary summary = reader.read(Path.of("CC-NEWS-20250101.warc.gz"), item -> {
 *     switch (item) {
 *         case WarcItem.Document d -> pipeline.ingest(d.document());
 *         case WarcItem.Skipped s -> skipped.add(s);
 *         case WarcItem.Failed f -> failures.add(f.failure());
 *     }
 * });
 * }</pre>
 */
public final class WarcReader {

    private final WarcSettings settings;

    public WarcReader(WarcSettings settings) {
        this.settings = settings;
    }

    /**
     * Reads {@code file} to its end (or to a problem that stops it), giving each item to {@code sink} as it is
     * found. Exceptions thrown by {@code sink} are not caught.
     */
    public WarcSummary read(Path file, Consumer<? super WarcItem> sink) {
        String origin = file.toString();
        var tally = new Tally(sink);
        FileWindow window;
        try {
            if (!Files.isRegularFile(file)) {
                tally.fail(origin, Files.exists(file) ? "not a regular file" : "no such file");
                return tally.summary(0, false);
            }
            window = new FileWindow(file);
        } catch (IOException e) {
            tally.fail(origin, "cannot open: " + e.getMessage());
            return tally.summary(0, false);
        }
        try (DecodedInput input = open(window)) {
            if (window.size() == 0) {
                tally.fail(origin, "empty file");
                return tally.summary(0, false);
            }
            return readRecords(origin, input, tally);
        } catch (IOException e) {
            tally.fail(origin, "cannot read: " + e.getMessage());
            return tally.summary(0, false);
        }
    }

    private WarcSummary readRecords(String origin, DecodedInput input, Tally tally) {
        var warc = new WarcFile(origin, input, settings);
        List<WarcItem> items = new ArrayList<>(2);
        boolean more = true;
        while (more) {
            items.clear();
            more = warc.next(items);
            tally.give(items);
            if (more && tally.failures >= settings.maxFailures()) {
                tally.fail(origin, "gave up after %d problems with the file".formatted(tally.failures));
                return tally.summary(warc.records(), false);
            }
        }
        boolean complete = items.stream().noneMatch(item -> item instanceof WarcItem.Failed f && !f.resumed());
        return tally.summary(warc.records(), complete);
    }

    private static DecodedInput open(FileWindow window) throws IOException {
        int first = window.read();
        int second = window.read();
        window.seek(0);
        return GzipMemberInput.looksGzipped(first, second) ? new GzipMemberInput(window) : new PlainInput(window);
    }

    /** Counts what passes to the sink. */
    private static final class Tally {
        private final Consumer<? super WarcItem> sink;
        private long documents;
        private long skipped;
        private long failures;

        Tally(Consumer<? super WarcItem> sink) {
            this.sink = sink;
        }

        void give(List<WarcItem> items) {
            for (WarcItem item : items) {
                switch (item) {
                    case WarcItem.Document d -> documents++;
                    case WarcItem.Skipped s -> skipped++;
                    case WarcItem.Failed f -> failures++;
                }
                sink.accept(item);
            }
        }

        void fail(String origin, String reason) {
            give(List.of(new WarcItem.Failed(new SourceFailure(origin, reason), 0, false)));
        }

        WarcSummary summary(long records, boolean complete) {
            return new WarcSummary(records, documents, skipped, failures, complete);
        }
    }
}
