package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Article;
import org.storyline.model.ParsedArticle;
import org.storyline.model.Published;
import org.storyline.model.StoredArticle;

class StoreTest {

    @TempDir
    Path dir;

    @Test
    void opensInWalModeWithTheSchemaMigrated() throws Exception {
        try (ArticleStore store = SqliteArticleStore.open(dir.resolve("data"))) {
            assertThat(store.counts()).isEqualTo(new ArticleStore.Counts(0, 0, 0, 0, 0));
        }
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/storyline.db"));
             var rs = connection.createStatement().executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
        try (ArticleStore again = SqliteArticleStore.open(dir.resolve("data"))) { // migrating twice is a no-op
            assertThat(again.counts().articles()).isZero();
        }
    }

    @Test
    void storesAnArticleWithItsHashtagsAndStory() {
        try (ArticleStore store = SqliteArticleStore.open(dir)) {
            store.transaction(tx -> {
                tx.insert(new StoredArticle(article("a1", "Sputnik staff detained", "#x"), null, "s-a1"));
                tx.linkDocument("h1", "a1", ParsedArticle.Role.MAIN, 0);
                tx.refreshStory("s-a1");
                tx.addDocument("h1", "page.txt", Instant.EPOCH, false, 1);
                return null;
            });
            StoredArticle stored = store.article("a1").orElseThrow();
            assertThat(stored.article().hashtags()).containsExactly("SputnikAzerbaijan", "Baku");
            assertThat(stored.article().published().iso()).isEqualTo("2025-07-02");
            assertThat(store.articlesWithHashtag("sputnikazerbaijan", 10)).extracting(StoredArticle::id).containsExactly("a1");
            assertThat(store.hashtagSpelling("SPUTNIKAZERBAIJAN")).contains("SputnikAzerbaijan");
            assertThat(store.story("s-a1").orElseThrow().title()).isEqualTo("Sputnik staff detained");
        }
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        try (ArticleStore store = SqliteArticleStore.open(dir)) {
            assertThatThrownBy(() -> store.transaction(tx -> {
                tx.insert(new StoredArticle(article("a1", "One", ""), null, "s-a1"));
                tx.insert(new StoredArticle(article("a2", "Two", ""), null, "s-a1"));
                throw new IllegalStateException("crash in the middle of a document");
            })).hasMessageContaining("crash");
            assertThat(store.counts().articles()).isZero();
        }
    }

    @Test
    void repointingMakesTheNewArticleTheCanonicalCopyOfTheGroup() {
        try (ArticleStore store = SqliteArticleStore.open(dir)) {
            store.transaction(tx -> {
                tx.insert(new StoredArticle(article("old", "Wire story", ""), null, "s-old"));
                tx.insert(new StoredArticle(article("copy", "Wire story", ""), "old", "s-old"));
                tx.insert(new StoredArticle(article("new", "Wire story", ""), null, "s-old"));
                tx.repointCopies("old", "new");
                return null;
            });
            assertThat(store.article("old").orElseThrow().duplicateOf()).isEqualTo("new");
            assertThat(store.article("copy").orElseThrow().duplicateOf()).isEqualTo("new");
            assertThat(store.article("new").orElseThrow().duplicateOf()).isNull();
            assertThat(store.copiesOf(store.article("copy").orElseThrow())).extracting(StoredArticle::id)
                    .containsExactlyInAnyOrder("old", "new");
        }
    }

    @Test
    void splitsAndMergesAreKeptInBothStoriesHistory() {
        try (ArticleStore store = SqliteArticleStore.open(dir)) {
            long marks = store.lastChange();
            store.transaction(tx -> {
                for (String id : List.of("a1", "a2", "b1", "b2", "c1")) {
                    tx.insert(new StoredArticle(article(id, "Title " + id, ""), null, id.startsWith("c") ? "s-c" : "s-a"));
                }
                tx.insert(new StoredArticle(article("b1copy", "Copy of b1", ""), "b1", "s-a"));
                tx.refreshStory("s-a");
                tx.refreshStory("s-c");
                tx.splitStory("s-a", "s-b", List.of("b1", "b2"));
                tx.mergeStory("s-c", "s-a");
                return null;
            });
            assertThat(store.articleIdsOfStory("s-b")).containsExactlyInAnyOrder("b1", "b2", "b1copy");
            assertThat(store.articleIdsOfStory("s-a")).containsExactlyInAnyOrder("a1", "a2", "c1");
            assertThat(store.lineage("s-b")).containsExactly(java.util.Map.entry("split_from", "s-a"));
            assertThat(store.lineage("s-a")).containsExactlyInAnyOrder(java.util.Map.entry("split_off", "s-b"),
                    java.util.Map.entry("absorbed", "s-c"));
            assertThat(store.storyRedirect("s-c")).contains("s-a");
            assertThat(store.changesAfter(marks, store.lastChange())).as("other processes see the change")
                    .extracting(ArticleStore.Change::kind).containsSubsequence("article", "story", "story");
        }
    }

    /** A followed story keeps its name: it is the founding report's headline, whatever arrives later. */
    @Test
    void aStoryIsNamedByItsEarliestReportAndALaterArticleDoesNotRenameIt() {
        try (ArticleStore store = SqliteArticleStore.open(dir)) {
            store.transaction(tx -> {
                tx.insert(new StoredArticle(dated("news", "Seven detained in raid on news agency", 2), null, "s"));
                tx.insert(new StoredArticle(dated("undated", "Undated page about the raid", 0), null, "s"));
                tx.refreshStory("s");
                tx.insert(new StoredArticle(dated("opinion", "Why the raid should worry us all", 9), null, "s"));
                tx.refreshStory("s");
                return null;
            });
            assertThat(store.story("s").orElseThrow().title()).isEqualTo("Seven detained in raid on news agency");
            store.transaction(tx -> {
                tx.insert(new StoredArticle(dated("first", "Police raid news agency offices", 1), null, "s"));
                tx.refreshStory("s");
                return null;
            });
            assertThat(store.story("s").orElseThrow().title()).as("an earlier report found later founds the story")
                    .isEqualTo("Police raid news agency offices");
        }
    }

    private static Article dated(String id, String title, int julyDay) {
        return new Article(id, title, "AP", null, julyDay == 0 ? null : Published.ofDate(LocalDate.of(2025, 7, julyDay)),
                "Politics", null, "en", List.of(), "Seven people were detained.", "page.txt");
    }

    private static Article article(String id, String title, String ignored) {
        return new Article(id, title, "AP", null, Published.ofDate(LocalDate.of(2025, 7, 2)), "Politics", null, "en",
                List.of("SputnikAzerbaijan", "Baku"), "Seven people were detained.\n\nThe raid followed.", "page.txt");
    }
}
