package org.storyline.bench.ingest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.storyline.extract.dump.DumpParser;
import org.storyline.model.RawDocument;
import org.storyline.pipeline.Pipeline;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;
import org.storyline.text.StableHash;

/**
 * Speed and memory of the dump path: parsing alone, and the whole pipeline into the SQLite store.
 *
 * <pre>
 * bin/bench IngestBench ../shared/seeds [copies-per-page, default 200]
 * </pre>
 *
 * Each page is multiplied into distinct variants (headlines numbered, words swapped) so that the store grows
 * with new articles rather than recognising one document again.
 */
public final class IngestBench {

    private static final Instant CAPTURED = Instant.parse("2025-07-04T12:00:00Z");

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: IngestBench SEED_DIR [copies-per-page]");
            System.exit(2);
        }
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        List<String> pages = read(Path.of(args[0]));
        List<RawDocument> documents = variants(pages, copies);
        long bytes = documents.stream().mapToLong(d -> d.content().getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf("%d documents (%d pages x %d variants), %.1f MB of text%n", documents.size(), pages.size(),
                copies, bytes / 1e6);
        parseOnly(documents, bytes);
        fullPipeline(documents);
    }

    private static void parseOnly(List<RawDocument> documents, long bytes) {
        DumpParser parser = new DumpParser();
        for (int round = 0; round < 3; round++) { // warm-up rounds, then one measured
            documents.forEach(parser::parse);
        }
        long start = System.nanoTime();
        int articles = 0;
        for (RawDocument d : documents) {
            articles += parser.parse(d).size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("parse only:    %8.0f documents/s  %8.0f articles/s  %6.1f MB/s (1 thread)%n",
                documents.size() / seconds, articles / seconds, bytes / 1e6 / seconds);
    }

    private static void fullPipeline(List<RawDocument> documents) throws IOException {
        Path data = Files.createTempDirectory("storyline-bench");
        try (ArticleStore store = SqliteArticleStore.open(data)) {
            Pipeline pipeline = Pipeline.open(store, null, new org.storyline.embed.SentenceEmbedder());
            long start = System.nanoTime();
            for (RawDocument d : documents) {
                pipeline.ingest(d, StableHash.sha256Hex(d.content().getBytes(StandardCharsets.UTF_8)));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            ArticleStore.Counts counts = store.counts();
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long db = Files.size(data.resolve(SqliteArticleStore.DATABASE_FILE));
            System.out.printf("full pipeline: %8.0f documents/s  %8.0f articles/s  (%d articles, %d copies, %d stories)%n",
                    documents.size() / seconds, counts.articles() / seconds, counts.articles(), counts.duplicates(),
                    counts.stories());
            System.out.printf("memory:        %.1f MB heap after GC (%.1f KB per article); database %.1f MB%n",
                    heap / 1e6, heap / 1e3 / counts.articles(), db / 1e6);
        } finally {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static List<String> read(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> pages = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                pages.add(Files.readString(p));
            }
            return pages;
        }
    }

    /** Distinct pages: every line that looks like a headline gets a number, and some words are swapped. */
    private static List<RawDocument> variants(List<String> pages, int copies) {
        Random random = new Random(42);
        String[] swaps = {"Moscow", "Baku", "Kyiv", "Tbilisi", "Yerevan", "Ankara", "Tehran", "Astana"};
        List<RawDocument> documents = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            for (int p = 0; p < pages.size(); p++) {
                String swapped = pages.get(p).replace("Moscow", swaps[random.nextInt(swaps.length)])
                        .replace("Kremlin", "Kremlin " + i);
                StringBuilder page = new StringBuilder();
                for (String line : swapped.split("\n", -1)) {
                    boolean headline = !line.isBlank() && line.length() < 140 && Character.isUpperCase(line.charAt(0))
                            && !line.endsWith(".");
                    page.append(headline ? line + " (" + i + ")" : line).append('\n');
                }
                documents.add(new RawDocument("bench/" + i + "/" + p, RawDocument.Format.TEXT_DUMP, page.toString(),
                        CAPTURED, false));
            }
        }
        return documents;
    }
}
