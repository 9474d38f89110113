package org.storyline.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.storyline.account.Comment;

/**
 * Readers' comments on articles and stories. A story's comments include those written on stories that were later
 * merged into it. Removing keeps the row (who, when) and drops the text.
 */
public final class Comments {

    private static final String SELECT = """
            SELECT c.*, u.name AS author_name FROM comments c JOIN users u ON u.id = c.user_id""";

    private final Jdbi jdbi;

    Comments(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Stores a comment; its text must have passed {@link Comment#problem}. */
    public Comment add(Comment.Target target, String userId, String body, Instant now) {
        String id = UUID.randomUUID().toString();
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO comments (id, target_kind, target_id, user_id, body, created_at, created_epoch)
                        VALUES (:id, :kind, :target, :user, :body, :at, :epoch)""")
                .bind("id", id).bind("kind", kind(target)).bind("target", target.id()).bind("user", userId)
                .bind("body", body).bind("at", now.toString()).bind("epoch", now.getEpochSecond()).execute());
        return find(id).orElseThrow();
    }

    /** The comments on an article or story, oldest first, removed ones included (shown as removed). */
    public List<Comment> on(Comment.Target target) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + """
                         WHERE c.target_kind = :kind AND (c.target_id = :id
                           OR (c.target_kind = 'story' AND c.target_id IN (SELECT old_id FROM story_redirects WHERE new_id = :id)))
                        ORDER BY c.created_epoch, c.id""")
                .bind("kind", kind(target)).bind("id", target.id()).map(Comments::comment).list());
    }

    public Optional<Comment> find(String id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE c.id = :id").bind("id", id)
                .map(Comments::comment).findOne());
    }

    /** Changes a comment's text; only its author can, and not once it is removed. False when nothing changed. */
    public boolean edit(String id, String authorId, String body, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE comments SET body = :body, edited_at = :at
                        WHERE id = :id AND user_id = :user AND removed_at IS NULL""")
                .bind("body", body).bind("at", now.toString()).bind("id", id).bind("user", authorId).execute() == 1);
    }

    /** Removes a comment (the caller checked that {@code byUserId} may); false when it was already removed. */
    public boolean remove(String id, String byUserId, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE comments SET body = '', removed_at = :at, removed_by = :by
                        WHERE id = :id AND removed_at IS NULL""")
                .bind("at", now.toString()).bind("by", byUserId).bind("id", id).execute() == 1);
    }

    private static String kind(Comment.Target target) {
        return target.kind().name().toLowerCase(Locale.ROOT);
    }

    private static Comment comment(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Comment(rs.getString("id"),
                new Comment.Target(Comment.Kind.valueOf(rs.getString("target_kind").toUpperCase(Locale.ROOT)),
                        rs.getString("target_id")),
                rs.getString("user_id"), rs.getString("author_name"), rs.getString("body"),
                Instant.parse(rs.getString("created_at")), instant(rs.getString("edited_at")),
                instant(rs.getString("removed_at")));
    }

    private static Instant instant(String iso) {
        return iso == null ? null : Instant.parse(iso);
    }
}
