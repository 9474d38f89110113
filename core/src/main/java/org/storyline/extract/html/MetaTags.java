package org.storyline.extract.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} values keyed by lower-cased {@code name}, {@code property}, {@code itemprop} or
 * {@code http-equiv}; the first non-blank value of a key wins, as pages repeat keys with emptier copies
 * further down.
 */
final class MetaTags {

    private static final String[] KEY_ATTRIBUTES = {"property", "name", "itemprop", "http-equiv"};

    private final Map<String, String> values;

    private MetaTags(Map<String, String> values) {
        this.values = values;
    }

    static MetaTags of(Document document) {
        Map<String, String> values = new HashMap<>();
        for (Element meta : document.getElementsByTag("meta")) {
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
        return new MetaTags(values);
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
