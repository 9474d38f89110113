package org.storyline.store;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.LocalEntity;
import org.storyline.model.Quote;
import org.storyline.model.ResolvedEntity;

/**
 * Writes of the entity and quote stages' results, inside a document's transaction
 * ({@link StoreTransaction#entities()}).
 */
public final class EntityTables {

    private final Handle handle;

    EntityTables(Handle handle) {
        this.handle = handle;
    }

    /** Replaces what is stored for an article with what the stages found now, and marks it read. */
    public void replace(String articleId, int version, List<Entity> entities, List<Quote> quotes) {
        handle.createUpdate("DELETE FROM article_entities WHERE article_id = :a").bind("a", articleId).execute();
        handle.createUpdate("DELETE FROM article_quotes WHERE article_id = :a").bind("a", articleId).execute();
        for (Entity e : entities) {
            handle.createUpdate("""
                    INSERT INTO article_entities (article_id, local_id, entity_id, type, name, aliases, roles, mentions,
                      first_offset) VALUES (:a, :id, :id, :type, :name, :aliases, :roles, :n, :first)""")
                    .bind("a", articleId).bind("id", e.id()).bind("type", e.type().name()).bind("name", e.name())
                    .bind("aliases", String.join("|", e.aliases())).bind("roles", String.join("|", e.roles()))
                    .bind("n", e.mentions().size()).bind("first", e.mentions().get(0).start()).execute();
            upsertEntity(e.id(), e.type(), e.name());
        }
        int position = 0;
        for (Quote q : quotes) {
            handle.createUpdate("""
                    INSERT INTO article_quotes (article_id, position, kind, speaker_local_id, text, start_offset)
                    VALUES (:a, :p, :k, :s, :t, :o)""")
                    .bind("a", articleId).bind("p", position++).bind("k", q.kind().name()).bind("s", q.speakerId())
                    .bind("t", q.text()).bind("o", q.start()).execute();
        }
        handle.createUpdate("DELETE FROM entity_scans WHERE article_id = :a").bind("a", articleId).execute();
        handle.createUpdate("INSERT INTO entity_scans (article_id, version) VALUES (:a, :v)")
                .bind("a", articleId).bind("v", version).execute();
    }

    /**
     * The people of a story's articles, as the story-level resolution reads them (only people's surnames join
     * across articles, so organisations and places are not read).
     */
    public List<LocalEntity> localsOfStory(String storyId) {
        return handle.createQuery("""
                        SELECT e.local_id, MIN(e.type), MIN(e.name), SUM(e.mentions) AS n FROM article_entities e
                        JOIN articles a ON a.id = e.article_id WHERE a.story_id = :s AND e.type = 'PERSON'
                        GROUP BY e.local_id ORDER BY e.local_id""")
                .bind("s", storyId)
                .map((rs, ctx) -> new LocalEntity(rs.getString(1), EntityType.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getInt(4)))
                .list();
    }

    /** Points a story's article entities at their story-level entities, touching only rows that change. */
    public void resolve(String storyId, Map<String, ResolvedEntity> resolved, Map<String, EntityType> types) {
        Map<String, java.util.Set<String>> current = new java.util.HashMap<>();
        handle.createQuery("""
                        SELECT DISTINCT e.local_id, e.entity_id FROM article_entities e JOIN articles a ON a.id = e.article_id
                        WHERE a.story_id = :s AND e.type = 'PERSON'""")
                .bind("s", storyId).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> current.computeIfAbsent(e.getKey(), k -> new java.util.HashSet<>()).add(e.getValue()));
        resolved.forEach((local, to) -> {
            if (current.getOrDefault(local, java.util.Set.of()).equals(java.util.Set.of(to.id()))) {
                return;
            }
            handle.createUpdate("""
                    UPDATE article_entities SET entity_id = :to WHERE local_id = :local
                      AND article_id IN (SELECT id FROM articles WHERE story_id = :s) AND entity_id <> :to""")
                    .bind("to", to.id()).bind("local", local).bind("s", storyId).execute();
            upsertEntity(to.id(), types.get(local), to.name());
        });
    }

    private void upsertEntity(String id, EntityType type, String name) {
        handle.createUpdate("INSERT INTO entities (id, type, name) VALUES (:id, :t, :n) ON CONFLICT (id) DO NOTHING")
                .bind("id", id).bind("t", type.name()).bind("n", name).execute();
    }
}
