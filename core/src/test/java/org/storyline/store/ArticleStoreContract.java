package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.ArticleNote;
import org.storyline.model.ParsedArticle;
import org.storyline.model.Published;
import org.storyline.model.StoredArticle;

/**
 * What every {@link ArticleStore} must do; an implementation's test extends this and says how to open one. It is
 * in core's test jar, so a store module beside core (PostgreSQL) runs the same checks against its real server.
 *
 * <p>The checks are the promises the pipeline and the web layer build on: a transaction is all or nothing (the
 * change feed included), the change feed is ordered and complete, concurrent writers lose nothing, a merged story's
 * id redirects, and what was committed is there after a reopen.
 */
public abstract class ArticleStoreContract {

    /** A new, empty store. */
    protected abstract ArticleStore newStore();

    /** The same store opened again after {@code store} was closed (its durable state). */
    protected abstract ArticleStore reopen(ArticleStore store);

    @Test
    void storesADocumentsArticleWithItsStoryAndReadsItBack() {
        try (ArticleStore store = newStore()) {
            store.transaction(tx -> {
                tx.insert(new StoredArticle(article("a1", "Sputnik staff detained", "AP"), null, "s1"));
                tx.linkDocument("h1", "a1", ParsedArticle.Role.MAIN, 0);
                tx.refreshStory("s1");
                tx.addDocument("h1", "page.txt", Instant.EPOCH, false, 1);
                return null;
            });
            assertThat(store.hasDocument("h1")).isTrue();
            assertThat(store.hasDocument("h2")).isFalse();
            StoredArticle stored = store.article("a1").orElseThrow();
            assertThat(stored.article().title()).isEqualTo("Sputnik staff detained");
            assertThat(stored.article().hashtags()).containsExactly("Baku", "Sputnik");
            assertThat(stored.article().published().iso()).isEqualTo("2025-07-02");
            assertThat(store.story("s1").orElseThrow().title()).isEqualTo("Sputnik staff detained");
            assertThat(store.articlesOfStory("s1")).extracting(StoredArticle::id).containsExactly("a1");
            assertThat(store.articlesWithHashtag("sputnik", 10)).extracting(StoredArticle::id).containsExactly("a1");
            assertThat(store.hashtagSpelling("BAKU")).contains("Baku");
            assertThat(store.articlesOfOutlet("ap", 10)).extracting(StoredArticle::id).containsExactly("a1");
            assertThat(store.storyCounts(List.of("s1"))).containsEntry("s1", new ArticleStore.StoryCount(1, 0, 1));
            assertThat(store.counts()).isEqualTo(new ArticleStore.Counts(1, 1, 0, 1, 0));
        }
    }

    @Test
    void aFailedTransactionLeavesNothingBehindNotEvenInTheChangeFeed() {
        try (ArticleStore store = newStore()) {
            long before = store.lastChange();
            assertThatThrownBy(() -> store.transaction(tx -> {
                tx.insert(new StoredArticle(article("a1", "One", "AP"), null, "s1"));
                tx.insert(new StoredArticle(article("a2", "Two", "AP"), null, "s1"));
                throw new IllegalStateException("crash in the middle of a document");
            })).hasMessageContaining("crash");
            assertThat(store.counts().articles()).isZero();
            assertThat(store.lastChange()).isEqualTo(before);
            assertThat(store.article("a1")).isEmpty();
        }
    }

    @Test
    void theChangeFeedListsEveryChangeInOrder() {
        try (ArticleStore store = newStore()) {
            insert(store, "a1", "s1");
            insert(store, "a2", "s2");
            store.transaction(tx -> {
                tx.update(article("a1", "One, corrected", "AP"));
                return null;
            });
            long last = store.lastChange();
            List<ArticleStore.Change> all = store.changesAfter(0, last);
            assertThat(all).extracting(c -> c.kind() + ":" + c.subject())
                    .containsExactly("article:a1", "article:a2", "update:a1");
            assertThat(all).extracting(ArticleStore.Change::seq).isSorted().doesNotHaveDuplicates();
            assertThat(store.changesAfter(all.get(0).seq(), last)).hasSize(2);
            assertThat(store.changesAfter(last, last)).isEmpty();
        }
    }

    @Test
    void concurrentWritersLoseNothingAndTheFeedStaysOrdered() throws Exception {
        int writers = 4;
        int each = 20;
        try (ArticleStore store = newStore()) {
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    int writer = w;
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < each; i++) {
                            insert(store, "w" + writer + "-" + i, "s" + writer);
                        }
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            assertThat(store.counts().articles()).isEqualTo(writers * each);
            List<ArticleStore.Change> feed = store.changesAfter(0, store.lastChange());
            assertThat(feed).hasSize(writers * each);
            assertThat(feed).extracting(ArticleStore.Change::seq).isSorted().doesNotHaveDuplicates();
            assertThat(feed).extracting(ArticleStore.Change::subject).doesNotHaveDuplicates();
            assertThat(store.articleIdsOfStory("s2")).hasSize(each).startsWith("w2-0").endsWith("w2-" + (each - 1));
        }
    }

    @Test
    void aWriteTransactionHoldsTheWriteLockFromItsStart() throws Exception {
        try (ArticleStore store = newStore()) {
            java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<?> first = pool.submit(() -> store.transaction(tx -> {
                    tx.insert(new StoredArticle(article("first", "First", "AP"), null, "s1"));
                    inside.countDown();
                    sleep(500); // the second transaction begins meanwhile: it must wait for this one's commit
                    return null;
                }));
                inside.await();
                boolean sawFirst = store.transaction(tx -> tx.article("first").isPresent());
                first.get();
                assertThat(sawFirst).as("a transaction begun while another writes starts after that one committed")
                        .isTrue();
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void articlesByIdReadsTheOnesThatExistWithTheirHashtags() {
        try (ArticleStore store = newStore()) {
            insert(store, "a1", "s1");
            insert(store, "a2", "s1");
            assertThat(store.articles(List.of("a2", "gone", "a1", "a2"))).containsOnlyKeys("a1", "a2")
                    .allSatisfy((id, a) -> {
                        assertThat(a).isEqualTo(store.article(id).orElseThrow());
                        assertThat(a.article().hashtags()).containsExactly("Baku", "Sputnik");
                    });
            assertThat(store.articles(List.of())).isEmpty();
        }
    }

    @Test
    void aMergedStoryRedirectsAndKeepsItsHistory() {
        try (ArticleStore store = newStore()) {
            insert(store, "a1", "s1");
            insert(store, "a2", "s2");
            store.transaction(tx -> {
                tx.mergeStory("s2", "s1");
                return null;
            });
            assertThat(store.storyRedirect("s2")).contains("s1");
            assertThat(store.storyRedirect("s1")).isEmpty();
            assertThat(store.articlesOfStory("s1")).extracting(StoredArticle::id).containsExactlyInAnyOrder("a1", "a2");
            assertThat(store.lineage("s1")).extracting(e -> e.getKey() + ":" + e.getValue()).contains("absorbed:s2");
            assertThat(store.changesAfter(0, store.lastChange())).extracting(ArticleStore.Change::kind).contains("story");
        }
    }

    @Test
    void aMergedStoryIsKeptAsItWasBeforeTheMerge() {
        try (ArticleStore store = newStore()) {
            insert(store, "a1", "s1");
            insert(store, "a2", "s2");
            insert(store, "a3", "s2");
            var before = store.story("s2").orElseThrow();
            store.transaction(tx -> {
                tx.mergeStory("s2", "s1");
                return null;
            });
            var taken = store.takenIn("s2").orElseThrow();
            assertThat(taken.into()).isEqualTo("s1");
            assertThat(taken.story()).isEqualTo(before);
            assertThat(taken.articleIds()).containsExactly("a2", "a3");
            assertThat(store.takenIn("s1")).as("never merged away").isEmpty();
            assertThat(store.takenIn("no-such-story")).isEmpty();
        }
    }

    @Test
    void leadImagesKeepOnlyAbsoluteWebAddresses() {
        try (ArticleStore store = newStore()) {
            for (String id : List.of("web", "file", "relative", "long", "gone")) {
                insert(store, id, "s1");
            }
            store.transaction(tx -> {
                tx.putLeadImage("web", java.net.URI.create("https://img.example.org/lead.jpg?w=800"));
                tx.putLeadImage("file", java.net.URI.create("file:///etc/passwd"));
                tx.putLeadImage("relative", java.net.URI.create("/lead.jpg"));
                tx.putLeadImage("long", java.net.URI.create("https://img.example.org/" + "a".repeat(3000)));
                tx.putLeadImage("gone", java.net.URI.create("https://img.example.org/old.jpg"));
                tx.putLeadImage("gone", null);
                return null;
            });
            assertThat(store.leadImages(List.of("web", "file", "relative", "long", "gone", "absent")))
                    .containsOnlyKeys("web").containsEntry("web", java.net.URI.create("https://img.example.org/lead.jpg?w=800"));
            assertThat(store.leadImages(List.of())).isEmpty();
        }
    }

    @Test
    void copiesAreGroupedWithTheirOriginalAndLeftOutOfRelatedArticles() {
        try (ArticleStore store = newStore()) {
            store.transaction(tx -> {
                tx.insert(new StoredArticle(article("orig", "Wire story", "AP"), null, "s1"));
                tx.insert(new StoredArticle(article("copy", "Wire story", "Daily"), "orig", "s1"));
                tx.insert(new StoredArticle(article("other", "Follow-up", "BBC"), null, "s1"));
                tx.refreshStory("s1");
                return null;
            });
            StoredArticle copy = store.article("copy").orElseThrow();
            assertThat(store.copiesOf(copy)).extracting(StoredArticle::id).containsExactly("orig");
            assertThat(store.relatedTo(store.article("orig").orElseThrow(), 10)).extracting(StoredArticle::id)
                    .containsExactly("other");
            assertThat(store.storyCounts(List.of("s1"))).containsEntry("s1", new ArticleStore.StoryCount(2, 1, 3));
        }
    }

    @Test
    void aListingGetsEachStorysOutletsNewestFirstAndTheOriginalItsCardOpensWith() {
        try (ArticleStore store = newStore()) {
            store.transaction(tx -> {
                tx.insert(new StoredArticle(dated("old", "Wire story", "AP", 1), null, "s1"));
                tx.insert(new StoredArticle(dated("newer", "Follow-up", "BBC", 3), null, "s1"));
                tx.insert(new StoredArticle(dated("copy", "Wire story", "Daily", 4), "old", "s1"));
                tx.insert(new StoredArticle(dated("unnamed", "A reader's view", null, 2), null, "s1"));
                tx.insert(new StoredArticle(dated("again", "More from AP", "AP", 2), null, "s1"));
                tx.insert(new StoredArticle(dated("only-copy", "Copied", "Herald", 5), "old", "s2"));
                tx.insert(new StoredArticle(dated("solo", "Alone", "DW", 1), null, "s3"));
                List.of("s1", "s2", "s3").forEach(tx::refreshStory);
                tx.nameStory("s1", "A reader's view");
                tx.nameStory("s3", "Not any headline");
                return null;
            });
            Map<String, ArticleStore.StoryCard> cards = store.storyCards(List.of("s1", "s2", "s3", "absent"));
            assertThat(cards).containsOnlyKeys("s1", "s2", "s3");
            assertThat(cards.get("s1").outlets()).as("newest first, each once, the unnamed one as null")
                    .containsExactly("Daily", "BBC", "AP", null);
            assertThat(cards.get("s1").lead().id()).as("the original titled as the story, not the newest").isEqualTo("unnamed");
            assertThat(cards.get("s1").lead().article().hashtags()).containsExactly("Baku", "Sputnik");
            assertThat(cards.get("s2").lead()).as("a story of copies only has no lead").isNull();
            assertThat(cards.get("s3").outlets()).containsExactly("DW");
            assertThat(cards.get("s3").lead().id()).as("no headline is the title: the newest original").isEqualTo("solo");
            assertThat(store.storyCards(List.of())).isEmpty();
        }
    }

    private static Article dated(String id, String title, String outlet, int day) {
        return new Article(id, title, outlet, null, Published.ofDate(LocalDate.of(2025, 7, day)), "Politics", null,
                "en", List.of("Baku", "Sputnik"), "Seven people were detained.\n\nThe raid followed.", "page.txt");
    }

    @Test
    void aGroupWhoseLeadChangedNamesTheMemberPlacedFirst() {
        try (ArticleStore store = newStore()) {
            store.transaction(tx -> {
                tx.insert(new StoredArticle(article("first", "Wire story", "AP"), null, "s1"));
                tx.insert(new StoredArticle(article("steady", "Other story", "BBC"), null, "s2"));
                tx.insert(new StoredArticle(article("steady-copy", "Other story", "Daily"), "steady", "s2"));
                // A fuller copy arrives and takes the lead: the first article and its copies now point at it.
                tx.insert(new StoredArticle(article("fuller", "Wire story", "Courier"), null, "s1"));
                tx.repointCopies("first", "fuller");
                tx.insert(new StoredArticle(article("fullest", "Wire story", "Herald"), null, "s1"));
                tx.repointCopies("fuller", "fullest");
                return null;
            });
            assertThat(store.article("first").orElseThrow().duplicateOf()).isEqualTo("fullest");
            assertThat(store.firstMembersOfRegroupedCopies()).as("only the member placed first, with the lead now")
                    .containsExactly(java.util.Map.entry("first", "fullest"));
        }
    }

    @Test
    void notesAreReadByFormatInSlicesAndGoWhenTheTextChanges() {
        try (ArticleStore store = newStore()) {
            List<String> ids = new ArrayList<>();
            store.transaction(tx -> {
                // More than one statement's slice of ids, so a large story's lookup is split and joined again.
                for (int i = 0; i < 1_203; i++) {
                    String id = "n" + i;
                    ids.add(id);
                    tx.insert(new StoredArticle(article(id, "Article " + id, "AP"), null, "s1"));
                    tx.putNote(id, 7, new ArticleNote("NEWS", "", "Summary of " + id + "."));
                }
                tx.putNote("n5", 7, new ArticleNote("OPINION", "section “Opinion”", "Replaced."));
                tx.putNote("n6", 6, new ArticleNote("NEWS", "", "An older format."));
                return null;
            });
            Map<String, ArticleNote> notes = store.notes(ids, 7);
            assertThat(notes).hasSize(1_202).doesNotContainKey("n6")
                    .containsEntry("n1202", new ArticleNote("NEWS", "", "Summary of n1202."))
                    .containsEntry("n5", new ArticleNote("OPINION", "section “Opinion”", "Replaced."));
            assertThat(store.notes(List.of("n6", "missing"), 6)).containsOnlyKeys("n6");
            assertThat(store.notes(List.of(), 7)).isEmpty();
            assertThat(store.withoutNotes(0, 10_000, 7)).extracting(ArticleStore.Pending::articleId)
                    .as("only the one with a note of another format").containsExactly("n6");
            store.transaction(tx -> {
                tx.update(article("n1", "A fuller version", "AP"));
                return null;
            });
            assertThat(store.notes(List.of("n1", "n2"), 7)).containsOnlyKeys("n2");
        }
    }

    @Test
    void vectorsHtmlAndProblemsAreKept() {
        try (ArticleStore store = newStore()) {
            insert(store, "a1", "s1");
            byte[] vector = {1, 2, 3, 4};
            store.transaction(tx -> {
                tx.putVector("a1", vector);
                tx.putHtml("a1", "<p>Text</p><img src=\"https://example.org/a.jpg\"><p>More</p>");
                tx.recordProblem("bad.xml", "not a feed");
                return null;
            });
            assertThat(store.vector("a1")).hasValueSatisfying(v -> assertThat(v).containsExactly(vector));
            assertThat(store.articleHtml("a1")).hasValueSatisfying(h -> assertThat(h).startsWith("<p>Text</p>"));
            assertThat(store.firstImageTags(List.of("a1", "missing")))
                    .containsOnlyKeys("a1").hasValueSatisfying(new org.assertj.core.api.Condition<>(
                            tag -> tag.startsWith("<img src=\"https://example.org/a.jpg\""), "the first image tag"));
            assertThat(store.problems(10)).extracting(ArticleStore.Problem::origin).containsExactly("bad.xml");
            store.transaction(tx -> {
                tx.clearProblems("bad.xml");
                return null;
            });
            assertThat(store.problems(10)).isEmpty();
        }
    }

    @Test
    void aScanGivesEveryArticleInIngestOrderWithItsHashtagsAndVector() {
        int articles = 1_234; // more than one chunk of the scan
        try (ArticleStore store = newStore()) {
            store.transaction(tx -> {
                for (int i = 0; i < articles; i++) {
                    tx.insert(new StoredArticle(article("a" + i, "Article " + i, "AP"), null, "s" + (i % 7)));
                    if (i % 3 == 0) {
                        tx.putVector("a" + i, new byte[] {(byte) i, 1, 2, 3});
                    }
                }
                return null;
            });
            List<String> order = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            List<Integer> chunks = new ArrayList<>();
            store.forEachChunkWithVectors(chunk -> {
                chunks.add(chunk.size());
                for (ArticleStore.Scanned scanned : chunk) {
                    StoredArticle a = scanned.article();
                    byte[] vector = scanned.vector();
                    int i = order.size();
                    order.add(a.id());
                    if (!a.article().hashtags().equals(List.of("Baku", "Sputnik"))) {
                        problems.add(a.id() + " hashtags " + a.article().hashtags());
                    }
                    if ((vector != null) != (i % 3 == 0) || vector != null && vector[0] != (byte) i) {
                        problems.add(a.id() + " vector");
                    }
                }
            });
            assertThat(chunks).as("read in several chunks, none empty").hasSizeGreaterThan(1).doesNotContain(0);
            assertThat(problems).isEmpty();
            assertThat(order).hasSize(articles).startsWith("a0", "a1").endsWith("a" + (articles - 1));
            List<String> plain = new ArrayList<>();
            store.forEachArticle(a -> plain.add(a.id()));
            assertThat(plain).isEqualTo(order);
        }
    }

    @Test
    void whatWasCommittedIsThereAfterAReopen() {
        ArticleStore store = newStore();
        insert(store, "a1", "s1");
        long last = store.lastChange();
        try (ArticleStore again = reopen(store)) {
            assertThat(again.article("a1")).isPresent();
            assertThat(again.lastChange()).isEqualTo(last);
            insert(again, "a2", "s1");
            assertThat(again.lastChange()).isGreaterThan(last);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stores {@code id} as its own document in story {@code story}, as the pipeline's write step does. */
    protected static void insert(ArticleStore store, String id, String story) {
        store.transaction(tx -> {
            tx.insert(new StoredArticle(article(id, "Article " + id, "AP"), null, story));
            tx.linkDocument("h-" + id, id, ParsedArticle.Role.MAIN, 0);
            tx.addDocument("h-" + id, id + ".txt", Instant.EPOCH, false, 1);
            tx.refreshStory(story);
            return null;
        });
    }

    protected static Article article(String id, String title, String outlet) {
        return new Article(id, title, outlet, null, Published.ofDate(LocalDate.of(2025, 7, 2)), "Politics", null, "en",
                List.of("Baku", "Sputnik"), "Seven people were detained.\n\nThe raid followed.", "page.txt");
    }
}
