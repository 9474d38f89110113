package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /openapi.json describes the routes the app answers: every documented operation answers as documented. */
class OpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A value for each path parameter that names something in the fixture. */
    private static final Map<String, String> EXAMPLES = Map.of("{id}", "ID", "{tag}", "Baku", "{name}", "DW");

    @TempDir
    static Path dir;
    private static WebFixture web;

    @BeforeAll
    static void start() throws Exception {
        web = WebFixture.start(dir, w -> { });
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void theDocumentIsOpenApi31WithResolvableReferences() throws Exception {
        JsonNode doc = ApiTest.json(web.get("/openapi.json"), 200);
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(doc.get("servers").get(0).get("url").asText()).isEqualTo(web.base());
        assertThat(doc.get("components").get("securitySchemes").get("token").get("scheme").asText()).isEqualTo("bearer");
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty().allSatisfy(ref -> assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse());
        assertThat(fieldNames(doc.get("paths"))).contains("/api/stories", "/api/stories/{id}", "/api/articles",
                "/api/articles/{id}", "/api/hashtags", "/api/search", "/api/sources", "/api/sources/{id}");
        assertThat(doc.at("/paths/~1api~1sources/post/security")).isNotEmpty();
        assertThat(doc.at("/paths/~1api~1sources/get/security").isMissingNode()).isTrue();
    }

    @Test
    void everyDocumentedOperationAnswersWithADocumentedStatus() throws Exception {
        JsonNode doc = JSON.readTree(web.get("/openapi.json").body());
        int checked = 0;
        // Following a source first (so GET /api/sources/{id} has one), its DELETE last.
        for (String method : List.of("post", "get", "delete")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
                var path = it.next();
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                HttpResponse<String> response = call(method, path.getKey(), operation);
                assertThat(response.statusCode()).as(method + " " + path.getKey() + ": " + response.body()).isBetween(200, 299);
                assertThat(fieldNames(operation.get("responses"))).as(method + " " + path.getKey())
                        .contains(String.valueOf(response.statusCode()));
                if (response.statusCode() != 204) {
                    assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/json");
                    assertRequiredFields(doc, operation.at("/responses/" + response.statusCode()
                            + "/content/application~1json/schema"), JSON.readTree(response.body()), method + " " + path.getKey());
                }
                if (operation.has("security")) {
                    HttpResponse<String> anonymous = web.send(web.request(path.getKey().replace("{id}", "x"))
                            .method(method.toUpperCase(), HttpRequest.BodyPublishers.ofString("{}")).build());
                    assertThat(anonymous.statusCode()).isEqualTo(401);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(14);
    }

    private HttpResponse<String> call(String method, String template, JsonNode operation) throws Exception {
        String path = template;
        for (var e : EXAMPLES.entrySet()) {
            path = path.replace(e.getKey(), e.getValue());
        }
        if (path.contains("ID")) {
            path = path.replace("ID", path.startsWith("/api/stories") ? "s-rift"
                    : path.startsWith("/api/sources") ? web.store.sources().all().get(0).id()
                    : path.startsWith("/api/entities") ? anEntityId() : "dw");
        }
        if (path.equals("/api/search")) {
            path += "?q=Moscow";
        }
        HttpRequest.Builder request = web.request(path);
        if (operation.has("security")) {
            request.header("Authorization", "Bearer " + web.token);
        }
        String body = method.equals("post") ? "{\"url\":\"" + web.feedUrl() + "\"}" : "";
        return web.send(request.method(method.toUpperCase(), body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** An entity the pipeline found in the fixture's articles. */
    private static String anEntityId() {
        List<String> ids = new ArrayList<>();
        web.store.entities().forEachRow(row -> ids.add(row.entityId()));
        assertThat(ids).as("entities found in the fixture").isNotEmpty();
        return ids.get(0);
    }

    /** The body has every property its schema (followed through $ref) requires, and so do list items. */
    private static void assertRequiredFields(JsonNode doc, JsonNode schema, JsonNode body, String where) {
        if (schema.has("$ref")) {
            schema = doc.at(schema.get("$ref").asText().substring(1));
        }
        for (JsonNode required : schema.path("required")) {
            assertThat(body.has(required.asText())).as(where + " has " + required.asText()).isTrue();
        }
        JsonNode items = schema.path("properties").path("items");
        if (items.path("type").asText().equals("array") && body.path("items").isArray() && !body.get("items").isEmpty()) {
            assertRequiredFields(doc, items.get("items"), body.get("items").get(0), where + " items");
        }
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
