package org.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.cluster.SeedArticles;
import org.storyline.model.RawDocument;
import org.storyline.model.StoredArticle;
import org.storyline.source.ReadResult;
import org.storyline.source.SourceFailure;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;
import org.storyline.text.StableHash;

/**
 * Both cores: a batch prepares documents on several threads and stores them in input order, so what it stores
 * is exactly what one thread storing the documents in turn stores.
 */
class BatchTest {

    private static final Instant CAPTURED = Instant.parse("2025-07-04T12:00:00Z");
    private static final SeedArticles SEEDS = SeedArticles.read("/cluster/seed-articles.jsonl");

    @TempDir
    Path dir;

    @Test
    void fourWorkersStoreExactlyWhatOneThreadStores() throws IOException {
        List<ReadResult> inputs = inputs();

        ArticleStore alone = SqliteArticleStore.open(dir.resolve("alone"));
        Pipeline one = Pipeline.open(alone);
        List<DocumentOutcome> inTurn = new ArrayList<>();
        for (ReadResult input : inputs) {
            inTurn.add(switch (input) {
                case ReadResult.Read r -> one.ingest(r.document(), r.contentHash());
                case ReadResult.Failed f -> one.reject(f.failure());
            });
        }

        ArticleStore parallel = SqliteArticleStore.open(dir.resolve("parallel"));
        List<DocumentOutcome> batched = new ArrayList<>();
        try (Batch batch = Pipeline.open(parallel).batch(4, batched::add)) {
            inputs.forEach(input -> batch.submit(slowly(input)));
        }

        assertThat(batched).isEqualTo(inTurn);
        assertThat(snapshot(parallel)).isEqualTo(snapshot(alone)).isNotEmpty();
        assertThat(parallel.counts()).isEqualTo(alone.counts());
        assertThat(parallel.counts().duplicates()).isPositive();
        assertThat(parallel.counts().stories()).isGreaterThan(1);
    }

    @Test
    void aDocumentSeenBeforeIsRecognisedAndABadReadIsRecordedWhileTheBatchGoesOn() throws IOException {
        ArticleStore store = SqliteArticleStore.open(dir);
        RawDocument page = dump("002_8cb8ee6d2ea8524c.txt");
        List<DocumentOutcome> outcomes = new ArrayList<>();
        try (Batch batch = Pipeline.open(store).batch(2, outcomes::add)) {
            batch.submit(() -> read(page));
            batch.submit(() -> new ReadResult.Failed(new SourceFailure("broken.txt", "not UTF-8")));
            batch.submit(() -> read(page));
        }
        assertThat(outcomes).extracting(DocumentOutcome::status).containsExactly(DocumentOutcome.Status.INGESTED,
                DocumentOutcome.Status.FAILED, DocumentOutcome.Status.UNCHANGED);
        assertThat(store.problems(10)).singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo("not UTF-8"));
    }

    @Test
    void aReaderThatThrowsReachesTheCallerAndWhatWasSubmittedBeforeIsStillStored() throws IOException {
        ArticleStore store = SqliteArticleStore.open(dir);
        List<DocumentOutcome> outcomes = new ArrayList<>();
        Batch batch = Pipeline.open(store).batch(2, outcomes::add);
        ReadResult page = read(dump("002_8cb8ee6d2ea8524c.txt"));
        batch.submit(() -> page);
        assertThatThrownBy(() -> batch.submit(() -> {
            throw new IllegalStateException("disk gone");
        })).hasMessageContaining("disk gone");
        batch.close();
        assertThat(outcomes).singleElement().extracting(DocumentOutcome::status)
                .isEqualTo(DocumentOutcome.Status.INGESTED);
        assertThat(store.counts().documents()).isEqualTo(1);
    }

    @Test
    void aStoreThatFailsStopsTheBatchWithItsCauseAndNothingHalfWritten() throws IOException {
        ArticleStore store = SqliteArticleStore.open(dir);
        List<DocumentOutcome> outcomes = new ArrayList<>();
        Pipeline pipeline = Pipeline.open(store);
        Batch batch = pipeline.batch(2, outcomes::add);
        ReadResult page = read(dump("002_8cb8ee6d2ea8524c.txt"));
        batch.submit(() -> page);
        store.close(); // the store goes away under the batch (a disk unmounted)
        assertThatThrownBy(() -> {
            for (int i = 0; i < 500; i++) {
                ReadResult other = read(new RawDocument("x" + i + ".txt", RawDocument.Format.TEXT_DUMP, "x " + i,
                        CAPTURED, false));
                batch.submit(() -> other);
            }
            batch.close();
        }).isInstanceOf(RuntimeException.class);
        assertThat(outcomes.stream().filter(o -> o.status() == DocumentOutcome.Status.INGESTED).count())
                .isLessThanOrEqualTo(1);
    }

    /** The seed dumps, the seed articles as HTML pages (copies among them), a bad read and a repeated page. */
    private static List<ReadResult> inputs() throws IOException {
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

    /** Later inputs finish preparing first, so the writer must wait for order. */
    private static Supplier<ReadResult> slowly(ReadResult input) {
        return () -> {
            try {
                Thread.sleep(Math.floorMod(input.hashCode(), 7));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return input;
        };
    }

    private static List<String> snapshot(ArticleStore store) {
        List<String> rows = new ArrayList<>();
        store.forEachArticle(a -> rows.add(String.join("|", a.id(), String.valueOf(a.storyId()),
                String.valueOf(a.duplicateOf()), a.article().title(), a.article().text(),
                String.valueOf(store.entities().ofArticle(a.id()).size()))));
        store.stories(1000, 0).forEach(s -> rows.add("story|" + s.id() + "|" + s.title() + "|" + s.articleCount()));
        return rows;
    }

    private static ReadResult read(RawDocument document) {
        return new ReadResult.Read(document, StableHash.sha256Hex(document.content().getBytes(StandardCharsets.UTF_8)));
    }

    private static RawDocument dump(String name) throws IOException {
        try (InputStream in = BatchTest.class.getResourceAsStream("/seeds/" + name)) {
            return new RawDocument(name, RawDocument.Format.TEXT_DUMP,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8), CAPTURED, false);
        }
    }
}
