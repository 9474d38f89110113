package org.storyline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The OpenAPI 3.1 document of the JSON API, written from the route table ({@link ApiRoute}) so that it lists
 * exactly the routes the app serves; the schemas of the bodies are written out here by hand.
 *
 * <pre>{@code
 * curl -s localhost:8080/openapi.json
 * }</pre>
 */
final class OpenApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApi() {
    }

    static String document(Context ctx, List<ApiRoute> routes) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", Map.of("title", "Storyline API", "version", "0.1.0", "license",
                Map.of("name", "Apache-2.0", "identifier", "Apache-2.0"),
                "description", "Stories, articles, hashtags, outlets, search and sources. Listings are paged with"
                        + " limit/offset and carry the address of the next page in `next`. Writes need an API token"
                        + " (`storyline token create NAME`) sent as `Authorization: Bearer TOKEN`. Errors are"
                        + " `{\"error\": message, \"status\": code}`."));
        doc.put("servers", List.of(Map.of("url", Links.origin(ctx))));
        Map<String, Object> paths = new LinkedHashMap<>();
        for (ApiRoute route : routes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(route.path(), p -> new LinkedHashMap<>());
            item.put(route.method().name().toLowerCase(Locale.ROOT), operation(route));
        }
        doc.put("paths", paths);
        doc.put("components", Map.of("schemas", Schemas.ALL, "securitySchemes",
                Map.of("token", Map.of("type", "http", "scheme", "bearer",
                        "description", "A token from `storyline token create NAME`"))));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("openapi: cannot write", e);
        }
    }

    private static Map<String, Object> operation(ApiRoute route) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("summary", route.summary());
        op.put("operationId", operationId(route));
        List<Object> parameters = new ArrayList<>();
        for (ApiRoute.Param p : route.params()) {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", p.type());
            if (p.format() != null) {
                schema.put("format", p.format());
            }
            parameters.add(Map.of("name", p.name(), "in", p.in(), "required", p.required(),
                    "description", p.description(), "schema", schema));
        }
        if (!parameters.isEmpty()) {
            op.put("parameters", parameters);
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        if (route.response() == null) {
            responses.put("204", Map.of("description", "Done"));
        } else {
            responses.put(route.method().name().equals("POST") ? "201" : "200", Map.of("description", "OK",
                    "content", Map.of("application/json", Map.of("schema", ref(route.response())))));
        }
        if (route.method().name().equals("POST")) {
            op.put("requestBody", Map.of("required", true, "content", Map.of("application/json",
                    Map.of("schema", Map.of("type", "object", "required", List.of("url"),
                            "properties", Map.of("url", Map.of("type", "string", "format", "uri")))))));
            responses.put("200", Map.of("description", "Already followed", "content",
                    Map.of("application/json", Map.of("schema", ref(route.response())))));
            responses.put("422", error("The address is not a feed, or has none"));
        }
        if (route.writes()) {
            op.put("security", List.of(Map.of("token", List.of())));
            responses.put("401", error("No API token, or not a valid one"));
        }
        if (route.path().contains("{")) {
            responses.put("404", error("Not found"));
        }
        responses.put("400", error("A parameter cannot be read"));
        op.put("responses", responses);
        return op;
    }

    private static String operationId(ApiRoute route) {
        StringBuilder id = new StringBuilder(route.method().name().toLowerCase(Locale.ROOT));
        for (String part : route.path().replace("/api/", "").split("/")) {
            String word = part.startsWith("{") ? "By" + part.substring(1, 2).toUpperCase(Locale.ROOT)
                    + part.substring(2, part.length() - 1) : part;
            id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return id.toString();
    }

    private static Map<String, Object> error(String description) {
        return Map.of("description", description, "content", Map.of("application/json", Map.of("schema", ref("Error"))));
    }

    static Map<String, Object> ref(String schema) {
        return Map.of("$ref", "#/components/schemas/" + schema);
    }
}
