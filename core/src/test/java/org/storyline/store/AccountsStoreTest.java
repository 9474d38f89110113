package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.account.Comment;
import org.storyline.account.Follow;
import org.storyline.account.Role;
import org.storyline.account.User;
import org.storyline.account.UserName;
import org.storyline.model.Article;
import org.storyline.model.Published;
import org.storyline.model.StoredArticle;

/** Accounts, sessions, comments and follows over a real SQLite store. */
class AccountsStoreTest {

    private static final Instant NOW = Instant.parse("2025-07-05T10:00:00Z");

    @TempDir
    Path dir;
    private ArticleStore store;
    private User anna;

    @BeforeEach
    void open() {
        store = SqliteArticleStore.open(dir);
        anna = store.accounts().create(UserName.parse("Anna"), "$argon2id$hash", Role.READER, NOW).orElseThrow();
    }

    @Test
    void namesAreUniqueWhateverTheirCase() {
        assertThat(store.accounts().create(UserName.parse("ANNA"), "h", Role.READER, NOW)).isEmpty();
        var credentials = store.accounts().credentials("anna").orElseThrow();
        assertThat(credentials.user()).isEqualTo(anna);
        assertThat(credentials.passwordHash()).isEqualTo("$argon2id$hash");
        assertThat(store.accounts().credentials("nobody")).isEmpty();
    }

    @Test
    void sessionsLastUntilTheyExpireOrEndAndKeepOnlyTheTokensHash() throws Exception {
        store.accounts().startSession("token-1", anna.id(), NOW, NOW.plus(Duration.ofDays(30)));
        assertThat(store.accounts().sessionUser("token-1", NOW)).contains(anna);
        assertThat(store.accounts().sessionUser("token-1", NOW.plus(Duration.ofDays(31)))).isEmpty();
        assertThat(store.accounts().sessionUser("token-2", NOW)).isEmpty();
        assertThat(store.accounts().sessionUser(null, NOW)).isEmpty();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteArticleStore.DATABASE_FILE));
             var rs = c.createStatement().executeQuery("SELECT token_hash FROM sessions")) {
            rs.next();
            assertThat(rs.getString(1)).hasSize(64).doesNotContain("token-1");
        }
        store.accounts().endSession("token-1");
        assertThat(store.accounts().sessionUser("token-1", NOW)).isEmpty();
    }

    @Test
    void commentsAreEditedByTheirAuthorsOnlyAndRemovedWithTheirText() {
        User bob = store.accounts().create(UserName.parse("Bob"), "h", Role.MODERATOR, NOW).orElseThrow();
        Comment.Target story = new Comment.Target(Comment.Kind.STORY, "s1");
        Comment first = store.comments().add(story, anna.id(), "First!", NOW);
        store.comments().add(new Comment.Target(Comment.Kind.ARTICLE, "s1"), bob.id(), "On an article", NOW);
        assertThat(first.authorName()).isEqualTo("Anna");
        assertThat(store.comments().edit(first.id(), bob.id(), "hijacked", NOW)).isFalse();
        assertThat(store.comments().edit(first.id(), anna.id(), "First, edited", NOW.plusSeconds(60))).isTrue();
        assertThat(store.comments().on(story)).singleElement().satisfies(c -> {
            assertThat(c.body()).isEqualTo("First, edited");
            assertThat(c.editedAt()).isEqualTo(NOW.plusSeconds(60));
        });
        assertThat(store.comments().remove(first.id(), bob.id(), NOW)).isTrue();
        assertThat(store.comments().remove(first.id(), bob.id(), NOW)).isFalse();
        assertThat(store.comments().edit(first.id(), anna.id(), "back", NOW)).isFalse();
        Comment removed = store.comments().find(first.id()).orElseThrow();
        assertThat(removed.removed()).isTrue();
        assertThat(removed.body()).isEmpty();
    }

    @Test
    void whatIsNewCountsArticlesStoredAfterTheLastVisitAndFollowsMergedStories() {
        insert("a1", "s1", "First report");
        assertThat(store.follows().follow(anna.id(), Follow.Kind.STORY, "s1", "First report", NOW)).isTrue();
        assertThat(store.follows().follow(anna.id(), Follow.Kind.STORY, "s1", "First report", NOW)).isFalse();
        store.follows().follow(anna.id(), Follow.Kind.HASHTAG, "baku", "#Baku", NOW);
        Follow story = store.follows().of(anna.id()).get(0);
        assertThat(store.follows().news(story, store.follows().latestSeq(), 10).total()).isZero();

        insert("a2", "s2", "Second report");
        insert("a3", "s1", "Third report");
        store.transaction(tx -> {
            tx.mergeStory("s1", "s2");
            return null;
        });
        long upTo = store.follows().latestSeq();
        List<Follows.News> news = store.follows().of(anna.id()).stream().map(f -> store.follows().news(f, upTo, 10)).toList();
        assertThat(news.get(0).storyId()).isEqualTo("s2");
        assertThat(news.get(0).articles()).extracting(StoredArticle::id).containsExactly("a3", "a2");
        assertThat(news.get(1).follow().label()).isEqualTo("#Baku");
        assertThat(news.get(1).total()).isEqualTo(2);

        store.follows().markSeen(anna.id(), upTo, NOW.plusSeconds(5));
        Follow seen = store.follows().of(anna.id()).get(0);
        assertThat(store.follows().news(seen, store.follows().latestSeq(), 10).total()).isZero();
        assertThat(seen.seenAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(store.follows().unfollow(anna.id(), Follow.Kind.STORY, "s1")).isTrue();
        assertThat(store.follows().follows(anna.id(), Follow.Kind.STORY, "s1")).isFalse();
    }

    private void insert(String id, String storyId, String title) {
        store.transaction(tx -> {
            tx.insert(new StoredArticle(new Article(id, title, "AP", null, Published.ofDate(java.time.LocalDate.of(2025, 7, 1)),
                    null, null, "en", List.of("Baku"), "Text of " + title, "test"), null, storyId));
            tx.refreshStory(storyId);
            return null;
        });
    }
}
