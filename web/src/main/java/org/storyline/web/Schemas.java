package org.storyline.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON schemas (2020-12, as OpenAPI 3.1 uses) of the API's bodies: the shapes {@link ApiRoutes} writes. */
final class Schemas {

    static final Map<String, Object> ALL = all();

    private Schemas() {
    }

    private static Map<String, Object> all() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("Error", object(List.of("error", "status"), Map.of("error", str(), "status", integer())));
        s.put("Story", object(List.of("id", "title", "articles"), props(
                "id", str(), "title", str(), "articles", array(str()), "first_published", nullable("string"),
                "last_published", nullable("string"), "article_count", integer(), "copy_count", integer(), "outlet_count", integer(),
                "url", uri(), "page", uri())));
        s.put("Article", object(List.of("id", "title", "text", "story"), props(
                "id", str(), "title", str(), "source", nullable("string"), "url", nullable("string"),
                "published", nullable("string"), "published_approx", Map.of("type", "boolean"),
                "section", nullable("string"), "author", nullable("string"), "language", nullable("string"),
                "hashtags", array(str()), "text", str(), "duplicate_of", nullable("string"), "story", str(),
                "origin", str(), "page", uri())));
        s.put("Hashtag", object(List.of("tag", "articles"), Map.of("tag", str(), "articles", integer(), "url", uri())));
        s.put("SearchHit", object(List.of("id", "title", "snippet"), props(
                "id", str(), "title", str(), "source", nullable("string"), "published", nullable("string"),
                "story", str(), "score", Map.of("type", "number"), "snippet", str(),
                "snippet_html", Map.of("type", "string", "description", "Escaped HTML, matches in <mark>"),
                "copies_matched", integer(), "url", uri())));
        s.put("Source", object(List.of("id", "url", "kind"), props(
                "id", str(), "url", uri(), "kind", Map.of("enum", List.of("feed", "page")), "title", nullable("string"),
                "site_url", nullable("string"), "added_at", str(), "last_fetch", nullable("string"),
                "last_success", nullable("string"), "next_fetch", str(), "interval_seconds", integer(),
                "items", integer(), "last_error", nullable("string"), "error_streak", integer(),
                "first_poll", str())));
        s.put("StoryAnalysis", object(List.of("story", "summary", "hashtags", "events", "claims"), props(
                "story", str(), "summary", array(Map.of("type", "object")), "hashtags", array(str()),
                "events", array(Map.of("type", "object")), "claims", array(Map.of("type", "object")),
                "coverage", array(Map.of("type", "object")))));
        s.put("Entity", object(List.of("id", "type", "name", "aliases", "roles", "articles"), props(
                "id", str(), "type", str(), "name", str(), "aliases", array(str()),
                "roles", array(Map.of("type", "object")), "articles", array(str()))));
        s.put("StoryPage", page("Story"));
        s.put("ArticlePage", page("Article"));
        s.put("HashtagPage", page("Hashtag"));
        Map<String, Object> search = new LinkedHashMap<>(page("SearchHit"));
        @SuppressWarnings("unchecked")
        Map<String, Object> searchProps = new LinkedHashMap<>((Map<String, Object>) search.get("properties"));
        searchProps.put("matched", integer());
        searchProps.put("mode", Map.of("enum", List.of("hybrid", "keyword", "semantic")));
        search.put("properties", searchProps);
        s.put("SearchPage", search);
        s.put("ArticleList", object(List.of("items"), Map.of("items", array(OpenApi.ref("Article")))));
        s.put("SourceList", object(List.of("items"), Map.of("items", array(OpenApi.ref("Source")))));
        return Map.copyOf(s);
    }

    private static Map<String, Object> page(String item) {
        return object(List.of("items", "limit", "offset", "next"), props("items", array(OpenApi.ref(item)),
                "limit", integer(), "offset", integer(),
                "next", Map.of("type", List.of("string", "null"), "format", "uri",
                        "description", "The next page, or null on the last")));
    }

    private static Map<String, Object> object(List<String> required, Map<String, Object> properties) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "object");
        o.put("required", required);
        o.put("properties", properties);
        return o;
    }

    private static Map<String, Object> props(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> str() {
        return Map.of("type", "string");
    }

    private static Map<String, Object> uri() {
        return Map.of("type", "string", "format", "uri");
    }

    private static Map<String, Object> integer() {
        return Map.of("type", "integer");
    }

    private static Map<String, Object> nullable(String type) {
        return Map.of("type", List.of(type, "null"));
    }

    private static Map<String, Object> array(Map<String, Object> items) {
        return Map.of("type", "array", "items", items);
    }
}
