package org.storyline.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Text values out of schema.org JSON, which writes the same field as a string, an object with a
 * {@code name} or {@code url}, or an array of either.
 */
final class JsonText {

    private static final int MAX_AUTHORS = 8;

    private JsonText() {
    }

    /** The first of {@code fields} that holds non-blank text. */
    static String first(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = firstOf(node.get(field));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** A scalar's text, or the first non-blank scalar of an array. */
    static String firstOf(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                String text = firstOf(item);
                if (text != null) {
                    return text;
                }
            }
            return null;
        }
        if (value.isValueNode()) {
            String text = value.asText().strip();
            return text.isEmpty() ? null : text;
        }
        return null;
    }

    /** An object's {@code name} (or the text itself for a plain string). */
    static String name(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isArray()) {
            return value.isEmpty() ? null : name(value.get(0));
        }
        if (value.isObject()) {
            return firstOf(value.get("name"));
        }
        return firstOf(value);
    }

    /** Names of one or several people or organisations, joined with ", ". */
    static String names(JsonNode value) {
        if (value == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode item : value) {
                String name = name(item);
                if (name != null && !names.contains(name) && names.size() < MAX_AUTHORS) {
                    names.add(name);
                }
            }
        } else {
            String name = name(value);
            if (name != null) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** An address: the text itself, an object's {@code url} or {@code @id}, or the first of an array. */
    static String url(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                String url = url(item);
                if (url != null) {
                    return url;
                }
            }
            return null;
        }
        if (value.isObject()) {
            String url = firstOf(value.get("url"));
            return url != null ? url : firstOf(value.get("@id"));
        }
        return firstOf(value);
    }
}
