package org.storyline.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Stored story analyses ({@link ArticleStore#analyses()}): read with the story's version, written only for it. */
public final class AnalysisTable {

    private final Jdbi jdbi;

    AnalysisTable(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The story's version and its stored analysis; empty when there is no such story. */
    public Optional<StoredAnalysis> of(String storyId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT s.version, COALESCE(a.story_version, -1), COALESCE(a.format, -1), a.body
                        FROM stories s LEFT JOIN story_analyses a ON a.story_id = s.id WHERE s.id = :id""")
                .bind("id", storyId)
                .map((rs, ctx) -> new StoredAnalysis(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4)))
                .findOne());
    }

    /**
     * Keeps an analysis of the story at {@code storyVersion}; does nothing when the story has changed since (the
     * newer version is analysed by whoever changed it). Returns whether it was kept.
     */
    public boolean put(String storyId, long storyVersion, int format, String body) {
        return jdbi.inTransaction(h -> {
            boolean current = h.createQuery("SELECT COUNT(*) FROM stories WHERE id = :id AND version = :v")
                    .bind("id", storyId).bind("v", storyVersion).mapTo(Integer.class).one() > 0;
            if (current) {
                h.createUpdate("""
                        INSERT INTO story_analyses (story_id, story_version, format, computed_at, body)
                        VALUES (:id, :v, :f, :at, :body)
                        ON CONFLICT (story_id) DO UPDATE SET story_version = excluded.story_version,
                          format = excluded.format, computed_at = excluded.computed_at, body = excluded.body""")
                        .bind("id", storyId).bind("v", storyVersion).bind("f", format)
                        .bind("at", Instant.now().toString()).bind("body", body).execute();
            }
            return current;
        });
    }

    /** Stories whose stored analysis is missing, of an older version or of another format; most active first. */
    public List<String> stale(int format, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT s.id FROM stories s LEFT JOIN story_analyses a ON a.story_id = s.id
                        WHERE a.story_id IS NULL OR a.story_version <> s.version OR a.format <> :f
                        ORDER BY COALESCE(s.last_activity_epoch, 0) DESC, s.id LIMIT :n""")
                .bind("f", format).bind("n", limit).mapTo(String.class).list());
    }
}
