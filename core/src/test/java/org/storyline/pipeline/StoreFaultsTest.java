package org.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.RawDocument;
import org.storyline.source.ReadResult;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;
import org.storyline.store.StoreErrors;

/**
 * Faults on the way to the store: a worker that throws on one document, a database another process keeps locked
 * (SQLITE_BUSY), a full disk (SQLITE_FULL, through the store's size limit: the same error path in SQLite). Each
 * gives a clear reason, loses nothing that was stored, and leaves no half-written document or story analysis.
 */
class StoreFaultsTest {

    @TempDir
    Path dir;

    @Test
    void aWorkerThatThrowsOnOneDocumentRecordsItAndTheBatchGoesOn() {
        ArticleStore store = SqliteArticleStore.open(dir);
        // An origin that is no URI makes the HTML extractor throw on the worker.
        RawDocument broken = new RawDocument("http://[not a host/page.html", RawDocument.Format.HTML,
                "<html><body><article><h1>Title</h1><p>Text of the page.</p></article></body></html>",
                SeedInputs.CAPTURED, false);
        List<DocumentOutcome> outcomes = new ArrayList<>();
        try (Batch batch = Pipeline.open(store).batch(2, outcomes::add)) {
            batch.submit(() -> SeedInputs.read(SeedInputs.dump("000_60c0dc753cd72808.txt")));
            batch.submit(() -> SeedInputs.read(broken));
            batch.submit(() -> SeedInputs.read(SeedInputs.dump("002_8cb8ee6d2ea8524c.txt")));
        }
        assertThat(outcomes).extracting(DocumentOutcome::status).containsExactly(DocumentOutcome.Status.INGESTED,
                DocumentOutcome.Status.FAILED, DocumentOutcome.Status.INGESTED);
        assertThat(outcomes.get(1).reason()).startsWith("extract: ");
        assertThat(store.problems(10)).extracting(ArticleStore.Problem::origin).containsExactly(broken.origin());
    }

    @Test
    void aBusyDatabaseGivesAClearErrorAndNoHalfWrittenAnalysis() throws Exception {
        ArticleStore store = SqliteArticleStore.open(dir, new SqliteArticleStore.Options(Duration.ofMillis(200), 0));
        Pipeline pipeline = Pipeline.open(store);
        ReadResult.Read first = (ReadResult.Read) SeedInputs.read(SeedInputs.dump("000_60c0dc753cd72808.txt"));
        assertThat(pipeline.ingest(first.document(), first.contentHash()).status())
                .isEqualTo(DocumentOutcome.Status.INGESTED);
        String story = store.stories(1, 0).get(0).id();

        ReadResult.Read second = (ReadResult.Read) SeedInputs.read(SeedInputs.dump("002_8cb8ee6d2ea8524c.txt"));
        try (Connection other = lock(dir)) {
            assertThatThrownBy(() -> pipeline.ingest(second.document(), second.contentHash()))
                    .isInstanceOf(StoreErrors.UnavailableException.class)
                    .hasMessageStartingWith("store: the database is busy: another process held its write lock");
            assertThat(store.counts().documents()).isEqualTo(1);
            assertThatThrownBy(pipeline::flush).isInstanceOf(RuntimeException.class);
            assertThat(store.analyses().of(story).orElseThrow().isCurrent(StoryAnalyses.FORMAT))
                    .as("the analysis the lock kept out is absent, never half-written").isFalse();
            other.rollback();
        }
        assertThat(pipeline.ingest(second.document(), second.contentHash()).status())
                .isEqualTo(DocumentOutcome.Status.INGESTED);
        pipeline.flush();
        assertThat(store.analyses().stale(StoryAnalyses.FORMAT, 100)).isEmpty();
    }

    @Test
    void aFullDiskGivesAClearErrorKeepsWholeDocumentsAndARerunCompletes() throws Exception {
        Path reference = dir.resolve("reference");
        List<String> uninterrupted;
        try (ArticleStore store = SqliteArticleStore.open(reference)) {
            ingestAll(store);
            uninterrupted = SeedInputs.snapshot(store);
        }
        Path data = dir.resolve("data");
        SqliteArticleStore.open(data).close();
        long empty = Files.size(data.resolve(SqliteArticleStore.DATABASE_FILE));
        List<DocumentOutcome> outcomes = new ArrayList<>();
        try (ArticleStore full = SqliteArticleStore.open(data, new SqliteArticleStore.Options(Duration.ofSeconds(10),
                empty + 96 * 1024))) {
            assertThatThrownBy(() -> {
                try (Batch batch = Pipeline.open(full).batch(2, outcomes::add)) {
                    SeedInputs.all().forEach(input -> batch.submit(() -> input));
                }
            }).isInstanceOf(StoreErrors.UnavailableException.class)
                    .hasMessageContaining("is full; nothing of this write was kept");
            assertThat(full.counts().documents()).as("some documents fit before the disk filled up").isPositive()
                    .isLessThan(SeedInputs.all().size() - 2);
            assertThat(outcomes).extracting(DocumentOutcome::status).isNotEmpty()
                    .doesNotContain(DocumentOutcome.Status.FAILED);
        }

        try (ArticleStore store = SqliteArticleStore.open(data)) { // space freed: the same ingest again
            ingestAll(store);
            assertThat(SeedInputs.snapshot(store)).isEqualTo(uninterrupted);
            assertThat(store.analyses().stale(StoryAnalyses.FORMAT, 100)).isEmpty();
        }
    }

    private static List<DocumentOutcome> ingestAll(ArticleStore store) {
        List<DocumentOutcome> outcomes = new ArrayList<>();
        try (Batch batch = Pipeline.open(store).batch(2, outcomes::add)) {
            SeedInputs.all().forEach(input -> batch.submit(() -> input));
        }
        return outcomes;
    }

    /** Another process's connection holding the write lock. */
    private static Connection lock(Path data) throws Exception {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SqliteArticleStore.DATABASE_FILE));
        c.setAutoCommit(false);
        c.createStatement().execute("INSERT INTO problems (origin, reason, at) VALUES ('lock', 'held', 'now')");
        return c;
    }
}
