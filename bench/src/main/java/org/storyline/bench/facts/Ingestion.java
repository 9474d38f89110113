package org.storyline.bench.facts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;
import org.storyline.model.RawDocument;
import org.storyline.pipeline.Pipeline;
import org.storyline.store.ArticleStore;
import org.storyline.text.StableHash;

/**
 * Ingests labelled articles through the production pipeline: each one written as the HTML page a news site
 * would serve (title, canonical address, publication time, one paragraph per block), in date order, into a
 * real store. Returns the labelled id of each stored article, found back by its canonical address.
 */
final class Ingestion {

    static final String BASE = "https://bench.example/article/";

    private Ingestion() {
    }

    /** Stored article id to labelled id, after ingesting every article into {@code store}. */
    static Map<String, String> ingest(ArticleStore store, List<LabelledSet.Item> items) {
        Pipeline pipeline = Pipeline.open(store);
        List<LabelledSet.Item> ordered = items.stream()
                .sorted(Comparator.comparing(LabelledSet.Item::published, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(LabelledSet.Item::id))
                .toList();
        int skipped = 0;
        for (LabelledSet.Item item : ordered) {
            String html = page(item);
            Instant captured = item.published() == null ? Instant.parse("2020-01-01T12:00:00Z")
                    : item.published().atTime(18, 0).toInstant(ZoneOffset.UTC);
            var outcome = pipeline.ingest(new RawDocument(BASE + item.id(), RawDocument.Format.HTML, html, captured,
                    false), StableHash.sha256Hex(html.getBytes(StandardCharsets.UTF_8)));
            if (outcome.added() + outcome.updated() + outcome.duplicates() == 0) {
                skipped++;
            }
        }
        pipeline.flush();
        if (skipped > 0) {
            System.out.printf("%d pages stored no article%n", skipped);
        }
        Map<String, String> labelled = new LinkedHashMap<>();
        store.forEachArticle(a -> {
            String url = a.article().url() == null ? "" : a.article().url().toString();
            if (url.startsWith(BASE)) {
                labelled.put(a.id(), url.substring(BASE.length()));
            }
        });
        return labelled;
    }

    static String page(LabelledSet.Item item) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        String title = item.title() == null ? "" : Entities.escape(item.title());
        html.append("<title>").append(title).append("</title>");
        html.append("<link rel=\"canonical\" href=\"").append(BASE).append(item.id()).append("\">");
        if (item.published() != null) {
            html.append("<meta property=\"article:published_time\" content=\"").append(item.published())
                    .append("T12:00:00Z\">");
        }
        html.append("</head><body><article><h1>").append(title).append("</h1>");
        for (String paragraph : item.text().split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(Entities.escape(paragraph.strip())).append("</p>");
            }
        }
        return html.append("</article></body></html>").toString();
    }

    static Path temporaryStore() throws IOException {
        return Files.createTempDirectory("storyline-factsbench");
    }
}
