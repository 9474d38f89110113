package org.storyline.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.pipeline.Batch;
import org.storyline.pipeline.DocumentOutcome;
import org.storyline.pipeline.Pipeline;
import org.storyline.source.MadeUpDocuments;
import org.storyline.store.ArticleStore;
import org.storyline.store.StoreErrors;

/**
 * PostgreSQL going away under the store, counted against the input: a write while it is down fails with one clear
 * error and leaves nothing; a crash in the middle of an ingest loses nothing and doubles nothing once the same
 * input is run again (what a re-run of {@code ingest} does, and what a queue does with what was not acknowledged).
 */
class PostgresFaultTest {

    private static final int DOCUMENTS = 120;

    @TempDir
    Path dir;

    @Test
    void aWriteWhilePostgresIsDownFailsWithAClearErrorAndWritesNothing() {
        PostgresCluster cluster = PostgresCluster.shared();
        try (ArticleStore store = open(cluster.newDatabase(), Duration.ofSeconds(2))) {
            cluster.crash();
            try {
                assertThatThrownBy(() -> store.transaction(tx -> {
                    tx.addDocument("h1", "a.txt", Instant.EPOCH, false, 0);
                    return null;
                })).isInstanceOf(IllegalStateException.class)
                        .hasMessageStartingWith("store: PostgreSQL at jdbc:postgresql://127.0.0.1:")
                        .hasMessageContaining("is unavailable (SQLSTATE 08")
                        .hasMessageEndingWith("the transaction rolled back, nothing of it was written");
            } finally {
                cluster.startServer();
            }
            assertThat(store.hasDocument("h1")).isFalse();
            store.transaction(tx -> {
                tx.addDocument("h1", "a.txt", Instant.EPOCH, false, 0);
                return null;
            });
            assertThat(store.hasDocument("h1")).isTrue(); // the pool reconnected by itself
        }
    }

    @Test
    void aCrashMidIngestLosesNothingAndDoublesNothingOnceTheInputRunsAgain() throws Exception {
        PostgresCluster cluster = PostgresCluster.shared();
        String url = cluster.newDatabase();
        List<DocumentOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        RuntimeException stopped = null;
        try (ArticleStore store = open(url, Duration.ofSeconds(30))) {
            Thread crasher = new Thread(() -> crashAfter(cluster, outcomes, DOCUMENTS / 6), "test-crasher");
            crasher.start();
            try (Batch batch = Pipeline.open(store).batch(2, outcomes::add)) {
                for (int i = 0; i < DOCUMENTS; i++) {
                    int n = i;
                    batch.submit(() -> MadeUpDocuments.document(n));
                }
            } catch (RuntimeException e) {
                stopped = e; // the batch stopped with the store's error: nothing after it was recorded
            }
            crasher.join();
            if (stopped != null) {
                assertThat(StoreErrors.unavailable(stopped)).as("stopped by the outage: %s", stopped).isTrue();
            }
            assertThat(outcomes).filteredOn(o -> o.status() != DocumentOutcome.Status.INGESTED).isEmpty();
        }
        int firstRun = outcomes.size();
        try (ArticleStore store = open(url, Duration.ofSeconds(30));
                Batch batch = Pipeline.open(store).batch(2, outcomes::add)) {
            for (int i = 0; i < DOCUMENTS; i++) {
                int n = i;
                batch.submit(() -> MadeUpDocuments.document(n));
            }
        }
        try (ArticleStore store = open(url, Duration.ofSeconds(30))) {
            Map<String, Long> ingested = outcomes.stream()
                    .filter(o -> o.status() == DocumentOutcome.Status.INGESTED)
                    .collect(Collectors.groupingBy(DocumentOutcome::origin, Collectors.counting()));
            assertThat(ingested).hasSize(DOCUMENTS).allSatisfy((origin, times) -> assertThat(times).isOne());
            assertThat(outcomes.size() - firstRun).as("the second run saw every document").isEqualTo(DOCUMENTS);
            assertThat(store.counts().documents()).isEqualTo(DOCUMENTS);
            assertThat(store.counts().articles()).isEqualTo(DOCUMENTS);
            List<ArticleStore.Change> feed = store.changesAfter(0, store.lastChange());
            assertThat(feed).filteredOn(c -> c.kind().equals("article")).hasSize(DOCUMENTS)
                    .extracting(ArticleStore.Change::subject).doesNotHaveDuplicates();
            assertThat(feed).extracting(ArticleStore.Change::seq).isSorted().doesNotHaveDuplicates();
        }
    }

    /** Crashes PostgreSQL once {@code after} documents are stored (mid-ingest), and starts it again. */
    private static void crashAfter(PostgresCluster cluster, List<DocumentOutcome> outcomes, int after) {
        try {
            for (int round = 0; round < 600 && outcomes.size() < after; round++) {
                Thread.sleep(20);
            }
            cluster.crash();
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            cluster.startServer();
        }
    }

    private ArticleStore open(String url, Duration wait) {
        return PostgresArticleStore.open(PostgresSettings.of(url, PostgresCluster.shared().user(), "")
                .withConnectionTimeout(wait), dir);
    }
}
