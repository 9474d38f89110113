package org.storyline.extract.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} values keyed by lower-cased {@code name}, {@code property}, {@code itemprop} or
 * {@code http-equiv}; the first non-blank value of a key wins, as pages repeat keys with emptier copies
 * further down.
 */
final class MetaTags {

    private static final ObjectMapper PARSELY = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA).build();
    private static final String[] KEY_ATTRIBUTES = {"property", "name", "itemprop", "http-equiv"};

    private final Map<String, String> values;

    private MetaTags(Map<String, String> values) {
        this.values = values;
    }

    /** The values of {@code metas}, the page's {@code <meta>} elements in document order. */
    static MetaTags of(List<Element> metas) {
        Map<String, String> values = new HashMap<>();
        for (Element meta : metas) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attribute : KEY_ATTRIBUTES) {
                String keys = meta.attr(attribute);
                // RDFa allows several space-separated properties in one attribute
                for (String key : keys.toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (!key.isEmpty()) {
                        values.putIfAbsent(key, content);
                    }
                }
            }
        }
        String parselyPage = values.get("parsely-page");
        if (parselyPage != null) {
            addParselyPage(parselyPage, values);
        }
        return new MetaTags(values);
    }

    /**
     * Parse.ly's older form puts everything in one JSON value ({@code {"title": ..., "pub_date": ...}}); its
     * fields are added under the keys of the newer one-tag-per-field form, which take precedence.
     */
    private static void addParselyPage(String json, Map<String, String> values) {
        try {
            JsonNode page = PARSELY.readTree(json);
            putText(values, "parsely-title", page.get("title"));
            putText(values, "parsely-pub-date", page.get("pub_date"));
            putText(values, "parsely-section", page.get("section"));
            putText(values, "parsely-link", page.get("link"));
            JsonNode authors = page.get("authors");
            boolean several = authors != null && authors.isArray();
            putText(values, "parsely-author", several ? authors.get(0) : page.get("author"));
        } catch (Exception malformed) {
            // a broken parsely-page value is ignored like any other unreadable metadata
        }
    }

    private static void putText(Map<String, String> values, String key, JsonNode value) {
        if (value != null && value.isTextual() && !value.asText().isBlank()) {
            values.putIfAbsent(key, value.asText().strip());
        }
    }

    /** The value of the first key present, or null. */
    String first(String... keys) {
        return first(value -> true, keys);
    }

    /** The first value of {@code keys} that {@code accept} takes, or null. */
    String first(Predicate<String> accept, String... keys) {
        for (String key : keys) {
            String value = values.get(key);
            if (value != null && accept.test(value)) {
                return value;
            }
        }
        return null;
    }
}
