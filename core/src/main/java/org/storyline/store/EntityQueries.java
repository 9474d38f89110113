package org.storyline.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.storyline.model.EntityType;
import org.storyline.model.Quote;

/**
 * Reads of stored entities and quotes ({@link ArticleStore#entities()}): an entity with every article naming it, a
 * story's or an article's entities and quotes, and everything in order for the export.
 */
public final class EntityQueries {

    /** An entity's identity. */
    public record Named(String id, EntityType type, String name) {
    }

    private static final String ROW = """
            SELECT e.article_id, a.story_id, e.entity_id, e.local_id, e.type, e.name, e.aliases, e.roles, e.mentions,
              a.title, a.outlet, a.published, a.published_approx, a.duplicate_of
            FROM article_entities e JOIN articles a ON a.id = e.article_id""";
    private static final String QUOTE = """
            SELECT q.article_id, a.story_id, q.position, q.kind, e.entity_id, ent.name AS speaker, q.text, a.title,
              a.outlet, a.published, a.published_approx, a.duplicate_of
            FROM article_quotes q JOIN articles a ON a.id = q.article_id
            JOIN article_entities e ON e.article_id = q.article_id AND e.local_id = q.speaker_local_id
            JOIN entities ent ON ent.id = e.entity_id""";
    private static final String ORDER = " ORDER BY COALESCE(a.published_epoch, 0) DESC, a.seq";

    private final Jdbi jdbi;

    EntityQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Optional<Named> entity(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, type, name FROM entities WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new Named(rs.getString(1), EntityType.valueOf(rs.getString(2)), rs.getString(3)))
                .findOne());
    }

    /** Those of these entities that are stored, by id, in one read (a page or a query naming several). */
    public Map<String, Named> entities(java.util.Collection<String> ids) {
        Map<String, Named> out = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbi.useHandle(h -> h.createQuery("SELECT id, type, name FROM entities WHERE id IN (<ids>)")
                .bindList("ids", List.copyOf(new java.util.LinkedHashSet<>(ids)))
                .map((rs, ctx) -> new Named(rs.getString(1), EntityType.valueOf(rs.getString(2)), rs.getString(3)))
                .forEach(n -> out.put(n.id(), n)));
        return out;
    }

    /**
     * Every spelling articles use for an entity (its names and aliases as written), each once, at most
     * {@code limit} rows read: what a search for one spelling should also find.
     */
    public List<String> spellings(String entityId, int limit) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT name, aliases FROM article_entities WHERE entity_id = :id LIMIT :l")
                .bind("id", entityId).bind("l", limit)
                .map((rs, ctx) -> rs.getString(1) + "|" + rs.getString(2))
                .forEach(names -> java.util.Arrays.stream(names.split("\\|")).map(String::strip).filter(n -> !n.isEmpty())
                        .forEach(n -> out.putIfAbsent(n.toLowerCase(java.util.Locale.ROOT), n))));
        return List.copyOf(out.values());
    }

    /** Every article naming the entity, newest first. */
    public List<EntityRow> mentionsOf(String entityId) {
        return rows(ROW + " WHERE e.entity_id = :p" + ORDER, entityId);
    }

    /** The entities of a story's articles, newest article first. */
    public List<EntityRow> ofStory(String storyId) {
        return rows(ROW + " WHERE a.story_id = :p" + ORDER + ", e.first_offset", storyId);
    }

    /** The distinct entity ids each of these articles names (articles naming none are left out), in one read. */
    public java.util.Map<String, List<String>> idsOfArticles(java.util.Collection<String> articleIds) {
        java.util.Map<String, List<String>> ids = new java.util.HashMap<>();
        if (articleIds.isEmpty()) {
            return ids;
        }
        jdbi.useHandle(h -> h.createQuery("SELECT DISTINCT article_id, entity_id FROM article_entities"
                        + " WHERE article_id IN (<ids>) ORDER BY article_id, entity_id")
                .bindList("ids", List.copyOf(articleIds))
                .map((rs, ctx) -> java.util.Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> ids.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue())));
        return ids;
    }

    /** Each of these articles' entities in order of first mention, by article id, in one read. */
    public java.util.Map<String, List<EntityRow>> ofArticles(java.util.Collection<String> articleIds) {
        java.util.Map<String, List<EntityRow>> rows = new java.util.HashMap<>();
        if (articleIds.isEmpty()) {
            return rows;
        }
        jdbi.useHandle(h -> h.createQuery(ROW + " WHERE e.article_id IN (<ids>) ORDER BY e.article_id, e.first_offset")
                .bindList("ids", List.copyOf(articleIds)).map((rs, ctx) -> row(rs))
                .forEach(r -> rows.computeIfAbsent(r.articleId(), k -> new java.util.ArrayList<>()).add(r)));
        return rows;
    }

    /** An article's entities in order of first mention. */
    public List<EntityRow> ofArticle(String articleId) {
        return rows(ROW + " WHERE e.article_id = :p ORDER BY e.first_offset", articleId);
    }

    /** A story's quotes, newest article first, in text order within an article. */
    public List<QuoteRow> quotesOfStory(String storyId) {
        return quotes(QUOTE + " WHERE a.story_id = :p" + ORDER + ", q.position", storyId);
    }

    /** An entity's quotes, newest first. */
    public List<QuoteRow> quotesOf(String entityId) {
        return quotes(QUOTE + " WHERE e.entity_id = :p" + ORDER + ", q.position", entityId);
    }

    /** Every entity row, grouped by entity id, for the export. */
    public void forEachRow(Consumer<EntityRow> action) {
        jdbi.useHandle(h -> {
            try (var rows = h.createQuery(ROW + " ORDER BY e.entity_id, a.seq").setFetchSize(500)
                    .map((rs, ctx) -> row(rs)).stream()) {
                rows.forEach(action);
            }
        });
    }

    /** Every quote in ingest order, for the export. */
    public void forEachQuote(Consumer<QuoteRow> action) {
        jdbi.useHandle(h -> {
            try (var rows = h.createQuery(QUOTE + " ORDER BY a.seq, q.position").setFetchSize(500)
                    .map((rs, ctx) -> quote(rs)).stream()) {
                rows.forEach(action);
            }
        });
    }

    /** Ids of articles the entity stage has not read at {@code version}, in ingest order. */
    public List<String> unscanned(int version) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT a.id FROM articles a LEFT JOIN entity_scans s ON s.article_id = a.id
                        WHERE s.article_id IS NULL OR s.version <> :v ORDER BY a.seq""")
                .bind("v", version).mapTo(String.class).list());
    }

    private List<EntityRow> rows(String sql, String parameter) {
        return jdbi.withHandle(h -> h.createQuery(sql).bind("p", parameter).map((rs, ctx) -> row(rs)).list());
    }

    private List<QuoteRow> quotes(String sql, String parameter) {
        return jdbi.withHandle(h -> h.createQuery(sql).bind("p", parameter).map((rs, ctx) -> quote(rs)).list());
    }

    private static EntityRow row(ResultSet rs) throws SQLException {
        return new EntityRow(rs.getString("article_id"), rs.getString("story_id"), rs.getString("entity_id"),
                rs.getString("local_id"), EntityType.valueOf(rs.getString("type")), rs.getString("name"),
                split(rs.getString("aliases")), split(rs.getString("roles")), rs.getInt("mentions"),
                rs.getString("title"), rs.getString("outlet"),
                ArticleRows.published(rs.getString("published"), rs.getInt("published_approx")),
                rs.getString("duplicate_of") != null);
    }

    private static QuoteRow quote(ResultSet rs) throws SQLException {
        return new QuoteRow(rs.getString("article_id"), rs.getString("story_id"), rs.getInt("position"),
                Quote.Kind.valueOf(rs.getString("kind")), rs.getString("entity_id"), rs.getString("speaker"),
                rs.getString("text"), rs.getString("title"), rs.getString("outlet"),
                ArticleRows.published(rs.getString("published"), rs.getInt("published_approx")),
                rs.getString("duplicate_of") != null);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\\|"));
    }
}
