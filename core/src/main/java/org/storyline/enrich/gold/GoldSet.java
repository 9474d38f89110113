package org.storyline.enrich.gold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.storyline.model.EntityType;

/**
 * A gold list: per article, the entities it names and the quotes it reports (see the format in
 * {@code core/src/test/resources/enrich-entity/README.md}).
 */
public record GoldSet(Map<String, Article> articles) {

    /** An entity the article names: type, canonical name and other spellings. */
    public record Entity(EntityType type, String name, List<String> aliases) {

        public List<String> names() {
            List<String> all = new ArrayList<>(aliases);
            all.add(0, name);
            return all;
        }
    }

    /** A quote: its speaker's canonical name and a snippet of its words. */
    public record Quote(String speaker, String snippet) {
    }

    /** What one article holds. */
    public record Article(List<Entity> entities, List<Quote> quotes) {
    }

    /** Reads a gold list in JSON. */
    public static GoldSet read(InputStream in) {
        try {
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Article> articles = new LinkedHashMap<>();
            root.get("articles").fields().forEachRemaining(e -> {
                List<Entity> entities = new ArrayList<>();
                e.getValue().get("entities").forEach(n -> {
                    List<String> aliases = new ArrayList<>();
                    n.get("aliases").forEach(a -> aliases.add(a.asText()));
                    entities.add(new Entity(EntityType.valueOf(n.get("type").asText().toUpperCase(java.util.Locale.ROOT)),
                            n.get("name").asText(), aliases));
                });
                List<Quote> quotes = new ArrayList<>();
                e.getValue().get("quotes").forEach(n -> quotes.add(new Quote(n.get("speaker").asText(),
                        n.get("snippet").asText())));
                articles.put(e.getKey(), new Article(entities, quotes));
            });
            return new GoldSet(articles);
        } catch (IOException e) {
            throw new UncheckedIOException("gold: cannot read the gold list", e);
        }
    }
}
