package org.storyline.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;
import org.storyline.account.Follow;
import org.storyline.model.StoredArticle;

/**
 * What readers follow (stories, hashtags, entities, by kind and key) and what is new for them since their last
 * visit: articles stored after the sequence number they had seen. A followed story that was merged into another
 * is followed on into the story it went to.
 */
public final class Follows {

    private final Jdbi jdbi;

    Follows(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Follows something from now on (what is already stored counts as seen); false when already followed. */
    public boolean follow(String userId, Follow.Kind kind, String key, String label, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO follows (user_id, kind, follow_key, label, created_at, seen_seq, seen_at)
                        VALUES (:u, :kind, :key, :label, :at, (SELECT COALESCE(MAX(seq), 0) FROM articles), :at)
                        ON CONFLICT DO NOTHING""")
                .bind("u", userId).bind("kind", kind.path()).bind("key", key).bind("label", label)
                .bind("at", now.toString()).execute() == 1);
    }

    /** Stops following; false when it was not followed. */
    public boolean unfollow(String userId, Follow.Kind kind, String key) {
        return jdbi.withHandle(h -> h.createUpdate(
                        "DELETE FROM follows WHERE user_id = :u AND kind = :kind AND follow_key = :key")
                .bind("u", userId).bind("kind", kind.path()).bind("key", key).execute() == 1);
    }

    public boolean follows(String userId, Follow.Kind kind, String key) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM follows WHERE user_id = :u AND kind = :kind AND follow_key = :key")
                .bind("u", userId).bind("kind", kind.path()).bind("key", key).mapTo(Integer.class).one() > 0);
    }

    /** Everything a reader follows, in the order they followed it (stories, hashtags, then entities at a tie). */
    public List<Follow> of(String userId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM follows WHERE user_id = :u ORDER BY created_at,
                          CASE kind WHEN 'story' THEN 0 WHEN 'hashtag' THEN 1 ELSE 2 END, follow_key""")
                .bind("u", userId).map((rs, ctx) -> follow(rs)).list());
    }

    /** The newest article sequence number: what a reader has seen once they have looked at everything new. */
    public long latestSeq() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM articles").mapTo(Long.class).one());
    }

    /**
     * Original articles stored after the follow's seen mark and up to {@code upTo}, newest first, at most
     * {@code limit}: a story's (after merges), a hashtag's, or those naming an entity (as the entity stage recorded
     * them). Republished copies are left out.
     */
    public News news(Follow follow, long upTo, int limit) {
        String where = switch (follow.kind()) {
            case STORY -> "a.story_id = COALESCE((SELECT new_id FROM story_redirects WHERE old_id = :key), :key)";
            case HASHTAG -> "a.id IN (SELECT article_id FROM article_hashtags WHERE tag_key = :key)";
            case ENTITY -> "a.id IN (SELECT article_id FROM article_entities WHERE entity_id = :key)";
        };
        // Originals only: a republished copy brings nothing new to read, and is counted once, with its original.
        String range = " FROM articles a WHERE a.seq > :seen AND a.seq <= :upTo AND (a.duplicate_of || '') IS NULL AND "
                + where;
        return jdbi.withHandle(h -> {
            int total = h.createQuery("SELECT COUNT(*)" + range).bind("seen", follow.seenSeq()).bind("upTo", upTo)
                    .bind("key", follow.key()).mapTo(Integer.class).one();
            List<StoredArticle> articles = ArticleRows.withHashtags(h, h.createQuery("SELECT " + prefixed() + range
                            + " ORDER BY a.seq DESC LIMIT :limit")
                    .bind("seen", follow.seenSeq()).bind("upTo", upTo).bind("key", follow.key()).bind("limit", limit)
                    .map(ArticleRows::article).list());
            return new News(follow, storyNow(follow), articles, total);
        });
    }

    /**
     * What is new for one followed thing.
     *
     * @param follow   what is followed
     * @param storyId  for a story, the id it has now (after merges), else null
     * @param articles the newest new articles
     * @param total    how many new articles there are in all
     */
    public record News(Follow follow, String storyId, List<StoredArticle> articles, int total) {}

    /** Marks everything up to {@code seq} as seen for all of a reader's follows. */
    public void markSeen(String userId, long seq, Instant now) {
        jdbi.useHandle(h -> h.createUpdate(
                        "UPDATE follows SET seen_seq = CASE WHEN seen_seq < :seq THEN :seq ELSE seen_seq END, seen_at = :at"
                                + " WHERE user_id = :u")
                .bind("seq", seq).bind("at", now.toString()).bind("u", userId).execute());
    }

    private String storyNow(Follow follow) {
        if (follow.kind() != Follow.Kind.STORY) {
            return null;
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT new_id FROM story_redirects WHERE old_id = :k")
                .bind("k", follow.key()).mapTo(String.class).findOne().orElse(follow.key()));
    }

    private static String prefixed() {
        return String.join(", ", java.util.Arrays.stream(ArticleRows.COLUMNS.split(",\\s*")).map(c -> "a." + c).toList());
    }

    private static Follow follow(ResultSet rs) throws SQLException {
        return new Follow(Follow.Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)), rs.getString("follow_key"),
                rs.getString("label"), rs.getLong("seen_seq"), Instant.parse(rs.getString("seen_at")));
    }
}
