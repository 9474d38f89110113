package org.storyline.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.storyline.cluster.SeedArticles;
import org.storyline.model.RawDocument;
import org.storyline.source.ReadResult;
import org.storyline.source.SourceFailure;
import org.storyline.store.ArticleStore;
import org.storyline.text.StableHash;

/** The pipeline tests' input: the seed dumps and seed articles as read documents, and a store's content listing. */
final class SeedInputs {

    static final Instant CAPTURED = Instant.parse("2025-07-04T12:00:00Z");
    private static final SeedArticles SEEDS = SeedArticles.read("/cluster/seed-articles.jsonl");

    private SeedInputs() {
    }

    /** The seed dumps, the seed articles as HTML pages (copies among them), a bad read and a repeated page. */
    static List<ReadResult> all() {
        List<ReadResult> inputs = new ArrayList<>();
        for (String name : List.of("000_60c0dc753cd72808.txt", "001_cdf990397cf0dbf9.txt", "002_8cb8ee6d2ea8524c.txt",
                "003_f68028b4200ec6dd.txt", "004_1bf4521e95fd75c3.txt")) {
            inputs.add(read(dump(name)));
        }
        inputs.add(new ReadResult.Failed(new SourceFailure("empty.txt", "empty file")));
        for (SeedArticles.Labelled seed : SEEDS.articles()) {
            String html = "<html><head><title>" + seed.input().title() + "</title></head><body><article><h1>"
                    + seed.input().title() + "</h1><p>" + String.join("</p><p>", seed.input().text().split("\n"))
                    + "</p></article></body></html>";
            inputs.add(read(new RawDocument("pages/" + seed.input().articleId() + ".html", RawDocument.Format.HTML,
                    html, CAPTURED, false)));
        }
        inputs.add(inputs.get(1));
        return inputs;
    }

    static ReadResult read(RawDocument document) {
        return new ReadResult.Read(document, StableHash.sha256Hex(document.content().getBytes(StandardCharsets.UTF_8)));
    }

    static RawDocument dump(String name) {
        try (InputStream in = SeedInputs.class.getResourceAsStream("/seeds/" + name)) {
            return new RawDocument(name, RawDocument.Format.TEXT_DUMP,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8), CAPTURED, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every article with its story, copy link, text and entity count, then every story: what a run stored. */
    static List<String> snapshot(ArticleStore store) {
        List<String> rows = new ArrayList<>();
        store.forEachArticle(a -> rows.add(String.join("|", a.id(), String.valueOf(a.storyId()),
                String.valueOf(a.duplicateOf()), a.article().title(), a.article().text(),
                String.valueOf(store.entities().ofArticle(a.id()).size()))));
        store.stories(1000, 0).forEach(s -> rows.add("story|" + s.id() + "|" + s.title() + "|" + s.articleCount()));
        return rows;
    }
}
