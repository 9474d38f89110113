package org.storyline.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Article;
import org.storyline.model.ParsedArticle;
import org.storyline.model.Published;
import org.storyline.model.Source;
import org.storyline.model.StoredArticle;
import org.storyline.pipeline.Batch;
import org.storyline.pipeline.DocumentOutcome;
import org.storyline.pipeline.Pipeline;
import org.storyline.source.MadeUpDocuments;
import org.storyline.store.ArticleStore;
import org.storyline.store.SourceRegistry;

/**
 * Several processes on one database at once (each its own store and pool, as separate machines would have): work
 * claims never overlap, a follower of the change feed misses nothing while writers commit, two pipelines store
 * every document once.
 */
class ConcurrentWritersTest {

    private static final Instant NOW = Instant.parse("2025-07-04T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void concurrentClaimsOfDueSourcesNeverTakeTheSameSource() throws Exception {
        String url = PostgresCluster.shared().newDatabase();
        try (ArticleStore setup = open(url)) {
            for (int i = 0; i < 200; i++) {
                setup.sources().add(new Source("s" + i, URI.create("https://example.org/" + i + ".xml"),
                        Source.Kind.FEED, null, null, NOW, Source.State.fresh(NOW.minusSeconds(i), Duration.ofHours(1))));
            }
        }
        List<String> claimed = Collections.synchronizedList(new ArrayList<>());
        List<ArticleStore> fetchers = List.of(open(url), open(url), open(url), open(url));
        ExecutorService pool = Executors.newFixedThreadPool(fetchers.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (ArticleStore fetcher : fetchers) {
                SourceRegistry sources = fetcher.sources();
                done.add(pool.submit(() -> {
                    for (List<Source> got = sources.claimDue(NOW, 3, Duration.ofMinutes(10)); !got.isEmpty();
                            got = sources.claimDue(NOW, 3, Duration.ofMinutes(10))) {
                        got.forEach(s -> claimed.add(s.id()));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
            fetchers.forEach(ArticleStore::close);
        }
        assertThat(claimed).hasSize(200).doesNotHaveDuplicates();
    }

    @Test
    void aFollowerOfTheChangeFeedMissesNothingWhileWritersCommitConcurrently() throws Exception {
        String url = PostgresCluster.shared().newDatabase();
        int writers = 4;
        int each = 40;
        List<ArticleStore> stores = new ArrayList<>();
        for (int w = 0; w < writers + 1; w++) {
            stores.add(open(url));
        }
        ArticleStore follower = stores.get(writers);
        Set<String> followed = new LinkedHashSet<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread follow = new Thread(() -> {
            long seen = 0;
            while (true) {
                boolean last = !writing.get(); // one more read after the writers are done
                long upTo = follower.lastChange();
                follower.changesAfter(seen, upTo).forEach(c -> followed.add(c.subject()));
                seen = upTo;
                if (last) {
                    return;
                }
            }
        }, "test-follower");
        follow.start();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                ArticleStore store = stores.get(w);
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        insert(store, "w" + writer + "-" + i);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
            writing.set(false);
            follow.join();
        }
        try {
            assertThat(followed).hasSize(writers * each); // read in steps as the writers went: no number skipped
            assertThat(follower.counts().articles()).isEqualTo(writers * each);
        } finally {
            stores.forEach(ArticleStore::close);
        }
    }

    @Test
    void twoPipelinesOnOneDatabaseStoreEveryDocumentOnce() throws Exception {
        String url = PostgresCluster.shared().newDatabase();
        int documents = 60;
        List<DocumentOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        try (ArticleStore first = open(url); ArticleStore second = open(url)) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                // Each worker gets the whole input: like two workers handed the same documents (a redelivery).
                Future<?> a = pool.submit(() -> ingest(first, documents, outcomes));
                Future<?> b = pool.submit(() -> ingest(second, documents, outcomes));
                a.get();
                b.get();
            } finally {
                pool.shutdown();
            }
            assertThat(outcomes).hasSize(2 * documents);
            assertThat(outcomes).filteredOn(o -> o.status() == DocumentOutcome.Status.INGESTED)
                    .extracting(DocumentOutcome::origin).hasSize(documents).doesNotHaveDuplicates();
            assertThat(first.counts().documents()).isEqualTo(documents);
            assertThat(first.counts().articles()).isEqualTo(documents);
        }
    }

    private static void ingest(ArticleStore store, int documents, List<DocumentOutcome> outcomes) {
        try (Batch batch = Pipeline.open(store).batch(1, outcomes::add)) {
            for (int i = 0; i < documents; i++) {
                int n = i;
                batch.submit(() -> MadeUpDocuments.document(n));
            }
        }
    }

    private static void insert(ArticleStore store, String id) {
        store.transaction(tx -> {
            tx.insert(new StoredArticle(new Article(id, "Article " + id, "AP", null,
                    Published.ofDate(LocalDate.of(2025, 7, 2)), null, null, "en", List.of(), "Text of " + id + ".",
                    id + ".txt"), null, "story-" + id));
            tx.linkDocument("h-" + id, id, ParsedArticle.Role.MAIN, 0);
            tx.addDocument("h-" + id, id + ".txt", Instant.EPOCH, false, 1);
            tx.refreshStory("story-" + id);
            return null;
        });
    }

    private ArticleStore open(String url) {
        return PostgresArticleStore.open(PostgresSettings.of(url, PostgresCluster.shared().user(), ""), dir);
    }
}
