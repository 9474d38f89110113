package org.storyline.bench.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.storyline.embed.SentenceEmbedder;
import org.storyline.index.LuceneArticleIndex;
import org.storyline.pipeline.Batch;
import org.storyline.pipeline.DocumentOutcome;
import org.storyline.pipeline.Pipeline;
import org.storyline.pipeline.StageTimes;
import org.storyline.source.HtmlFileReader;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/**
 * Whole-pipeline ingest speed as {@code storyline ingest} runs it: labelled JSONL articles ({@code id, title, text,
 * published}) written as HTML pages (title, canonical URL, published time, paragraphs), then read, extracted,
 * embedded, enriched, placed, stored in SQLite and indexed in Lucene by a batch with 1 and with N workers, each
 * into a fresh store. Prints new distinct articles per second, time per stage, and heap after the run.
 *
 * <pre>
 * bin/bench PipelineBench ../shared/bench/stories/gvc-dev.jsonl ../shared/bench/stories/ecbplus-dev.jsonl [--workers 2] [--repeat 3]
 * </pre>
 *
 * {@code --repeat K} writes each article K times with a changed headline and address (distinct new articles, for
 * a longer run).
 */
public final class PipelineBench {


    public static void main(String[] args) throws IOException {
        List<Path> inputs = new ArrayList<>();
        int workers = Runtime.getRuntime().availableProcessors();
        int repeat = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--workers" -> workers = Integer.parseInt(args[++i]);
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                default -> inputs.add(Path.of(args[i]));
            }
        }
        if (inputs.isEmpty()) {
            System.err.println("usage: PipelineBench FILE.jsonl... [--workers N] [--repeat K]");
            System.exit(2);
        }
        Path pages = Files.createTempDirectory("storyline-pipeline-pages");
        try {
            int written = writePages(inputs, pages, repeat);
            System.out.printf("%d pages written as HTML from %s (x%d)%n", written, inputs, repeat);
            SentenceEmbedder embedder = new SentenceEmbedder();
            embedder.embed("warm", "up"); // the model loads once per process, not per run
            for (int w : workers == 1 ? List.of(1) : List.of(1, workers)) {
                run(pages, w, embedder);
            }
        } finally {
            delete(pages);
        }
    }

    private static void run(Path pages, int workers, SentenceEmbedder embedder) throws IOException {
        Path data = Files.createTempDirectory("storyline-pipeline-bench");
        List<Path> files;
        try (Stream<Path> list = Files.list(pages)) {
            files = list.sorted().toList();
        }
        HtmlFileReader reader = new HtmlFileReader(10 << 20);
        AtomicInteger problems = new AtomicInteger();
        try (ArticleStore store = SqliteArticleStore.open(data); LuceneArticleIndex index = LuceneArticleIndex.open(data.resolve("index"))) {
            Pipeline pipeline = Pipeline.open(store, index, embedder);
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            try (Batch batch = pipeline.batch(workers, o -> problems.addAndGet(o.isProblem() ? 1 : 0))) {
                for (Path file : files) {
                    batch.submit(() -> reader.read(file, null));
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuMs = (processCpuNanos() - cpuStart) / 1e6;
            ArticleStore.Counts counts = store.counts();
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf("%d worker%s: %6.1f s  %6.1f new articles/s  (%d articles, %d copies, %d stories, %d problems)"
                            + "  heap after GC %.0f MB%n", workers, workers == 1 ? " " : "s", seconds,
                    counts.articles() / seconds, counts.articles(), counts.duplicates(), counts.stories(), problems.get(),
                    heap / 1e6);
            Map<StageTimes.Stage, Double> stages = pipeline.stageTimes().millis();
            StringBuilder line = new StringBuilder("   per article (ms, summed over threads):");
            stages.forEach((stage, ms) -> line.append(String.format("  %s %.2f", stage.name().toLowerCase(),
                    ms / Math.max(1, counts.articles()))));
            System.out.println(line);
            // CPU time does not grow when other processes share the cores, as wall time does: on a busy machine it
            // is the figure to compare, and cores / CPU per article is the rate a quiet machine could reach.
            double perArticle = cpuMs / Math.max(1, counts.articles());
            System.out.printf("   process CPU %.2f ms per article; %d cores at that cost: %.0f articles/s at most%n",
                    perArticle, Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().availableProcessors() * 1000 / perArticle);
        } finally {
            delete(data);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Each article as a page, named so that a sorted listing is date order (undated ones last). */
    private static int writePages(List<Path> inputs, Path dir, int repeat) throws IOException {
        List<JsonNode> articles = DatedArticles.read(inputs);
        int n = 0;
        for (int r = 0; r < repeat; r++) {
            for (JsonNode a : articles) {
                String id = a.get("id").asText() + (r == 0 ? "" : "-r" + r);
                String title = a.path("title").isNull() ? "" : a.path("title").asText("") + (r == 0 ? "" : " (" + r + ")");
                String published = a.path("published").isNull() ? null : a.path("published").asText(null);
                StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">");
                html.append("<title>").append(escape(title)).append("</title>");
                html.append("<link rel=\"canonical\" href=\"https://news.example/").append(escape(id)).append("\">");
                if (published != null) {
                    html.append("<meta property=\"article:published_time\" content=\"").append(escape(published))
                            .append("\">");
                }
                html.append("</head><body><article><h1>").append(escape(title)).append("</h1>");
                for (String paragraph : a.get("text").asText().split("\n\s*\n")) {
                    html.append("<p>").append(escape(paragraph.strip())).append("</p>");
                }
                html.append("</article></body></html>");
                Files.writeString(dir.resolve(String.format("%07d.html", n++)), html);
            }
        }
        return n;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private PipelineBench() {
    }
}
