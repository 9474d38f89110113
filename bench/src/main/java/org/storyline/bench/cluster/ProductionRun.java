package org.storyline.bench.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyline.config.StorylineConfig;
import org.storyline.embed.SentenceEmbedder;
import org.storyline.model.RawDocument;
import org.storyline.pipeline.DocumentOutcome;
import org.storyline.pipeline.Pipeline;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;
import org.storyline.text.StableHash;

/**
 * A labelled set through the production path, as a user gets it: each article written as an HTML page (title,
 * canonical address, published time, paragraphs), ingested through {@link Pipeline} in date order into a
 * fresh store in a temporary folder, and every article's story read back from the store as {@code export
 * --what articles} does. A page the pipeline refuses counts as a story of its own.
 */
final class ProductionRun {

    /** When every page counts as captured (after all the sets' articles, so relative dates do not matter). */
    static final Instant CAPTURED = Instant.parse("2030-01-01T00:00:00Z");

    /** What came back: a predicted story per item (in the set's order), refusals, stories, speed. */
    record Result(List<String> predicted, int refused, int stories, double articlesPerSecond) {
    }

    private ProductionRun() {
    }

    static Result run(LabelledArticles set) throws IOException {
        Path data = Files.createTempDirectory("storybench");
        boolean embeddings = StorylineConfig.load(null, Map.of(), data.toString()).embeddings();
        Map<String, String> storyOfUrl = new HashMap<>();
        int refused = 0;
        long start;
        double seconds;
        try (ArticleStore store = SqliteArticleStore.open(data)) {
            Pipeline pipeline = Pipeline.open(store, null, embeddings ? new SentenceEmbedder() : null);
            start = System.nanoTime();
            for (LabelledArticles.Item item : set.items()) {
                String html = page(item);
                DocumentOutcome outcome = pipeline.ingest(new RawDocument("bench/" + item.id() + ".html",
                        RawDocument.Format.HTML, html, CAPTURED, true),
                        StableHash.sha256Hex(html.getBytes(StandardCharsets.UTF_8)));
                refused += outcome.added() + outcome.updated() == 0 ? 1 : 0;
            }
            seconds = (System.nanoTime() - start) / 1e9;
            store.forEachArticle(a -> storyOfUrl.put(String.valueOf(a.article().url()), a.storyId()));
        }
        deleteTree(data);
        List<String> predicted = new ArrayList<>();
        for (LabelledArticles.Item item : set.items()) {
            predicted.add(storyOfUrl.getOrDefault(url(item).toString(), "refused|" + item.id()));
        }
        int stories = (int) predicted.stream().distinct().count();
        return new Result(predicted, refused, stories, set.items().size() / seconds);
    }

    static URI url(LabelledArticles.Item item) {
        return URI.create("https://news.example/a/" + URLEncoder.encode(item.id(), StandardCharsets.UTF_8));
    }

    /** The article as a plain news page. */
    static String page(LabelledArticles.Item item) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        if (item.title() != null) {
            html.append("<title>").append(escape(item.title())).append("</title>");
        }
        html.append("<link rel=\"canonical\" href=\"").append(url(item)).append("\">");
        if (item.published() != null) {
            html.append("<meta property=\"article:published_time\" content=\"").append(item.published()).append("\">");
        }
        html.append("</head><body><article>");
        if (item.title() != null) {
            html.append("<h1>").append(escape(item.title())).append("</h1>");
        }
        for (String paragraph : item.text().split("\n\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(escape(paragraph.strip())).append("</p>");
            }
        }
        return html.append("</article></body></html>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
