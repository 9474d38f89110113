package org.storyline.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.storyline.store.EntityQueries;
import org.storyline.store.EntityRow;
import org.storyline.store.QuoteRow;

/**
 * The JSON shape of entities and quotes, streamed from the store. Field names are part of the public interface:
 * add, never rename.
 *
 * <pre>{@code
 * {"id":"q3…","type":"person","name":"Dmitry Peskov","aliases":["Peskov"],
 *  "roles":[{"role":"Kremlin spokesman","articles":["k3x…"]}],"articles":["k3x…","ab2…"]}
 * {"speaker":{"id":"q3…","name":"Dmitry Peskov"},"kind":"direct","text":"…","article":"k3x…","outlet":"RT",
 *  "date":"2025-07-02T12:00:00Z","story":"s-…"}
 * }</pre>
 */
public final class EntityRecords {

    private EntityRecords() {
    }

    /** One object per entity, with every article that names it. */
    public static void entities(EntityQueries queries, Consumer<Map<String, Object>> out) {
        List<EntityRow> group = new ArrayList<>();
        queries.forEachRow(row -> {
            if (!group.isEmpty() && !group.get(0).entityId().equals(row.entityId())) {
                out.accept(entity(queries, group));
                group.clear();
            }
            group.add(row);
        });
        if (!group.isEmpty()) {
            out.accept(entity(queries, group));
        }
    }

    /** One object per quote, in ingest order. */
    public static void quotes(EntityQueries queries, Consumer<Map<String, Object>> out) {
        queries.forEachQuote(q -> out.accept(quote(q)));
    }

    /** One entity by id, as {@link #entities} writes it, or empty when no article names it. */
    public static java.util.Optional<Map<String, Object>> entity(EntityQueries queries, String entityId) {
        List<EntityRow> rows = queries.mentionsOf(entityId);
        return rows.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(entity(queries, rows));
    }

    static Map<String, Object> entity(EntityQueries queries, List<EntityRow> rows) {
        EntityRow first = rows.get(0);
        String name = queries.entity(first.entityId()).map(EntityQueries.Named::name).orElse(first.name());
        Set<String> aliases = new LinkedHashSet<>();
        Map<String, Map<String, Object>> roles = new LinkedHashMap<>();
        Set<String> articles = new LinkedHashSet<>();
        for (EntityRow r : rows) {
            if (!r.name().equalsIgnoreCase(name)) {
                aliases.add(r.name());
            }
            r.aliases().stream().filter(a -> !a.equalsIgnoreCase(name)).forEach(aliases::add);
            for (String role : r.roles()) {
                @SuppressWarnings("unchecked")
                Set<String> ids = (Set<String>) roles.computeIfAbsent(role.toLowerCase(Locale.ROOT), k -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("role", role);
                    json.put("articles", new LinkedHashSet<String>());
                    return json;
                }).get("articles");
                ids.add(r.articleId());
            }
            articles.add(r.articleId());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", first.entityId());
        json.put("type", first.type().label());
        json.put("name", name);
        json.put("aliases", List.copyOf(aliases));
        json.put("roles", List.copyOf(roles.values()));
        json.put("articles", List.copyOf(articles));
        return json;
    }

    static Map<String, Object> quote(QuoteRow q) {
        Map<String, Object> speaker = new LinkedHashMap<>();
        speaker.put("id", q.entityId());
        speaker.put("name", q.speakerName());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("speaker", speaker);
        json.put("kind", q.kind().name().toLowerCase(Locale.ROOT));
        json.put("text", q.text());
        json.put("article", q.articleId());
        json.put("outlet", q.outlet());
        json.put("date", q.published() == null ? null : q.published().iso());
        json.put("story", q.storyId());
        return json;
    }
}
