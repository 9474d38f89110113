package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API on a real server: listings and their next links, search, errors, token-guarded writes. */
class ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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
    void followingNextLinksWalksEveryArticleOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        String next = "/api/articles?limit=7";
        int pages = 0;
        while (next != null) {
            JsonNode page = json(web.get(next), 200);
            page.get("items").forEach(a -> ids.add(a.get("id").asText()));
            assertThat(page.get("limit").asInt()).isEqualTo(7);
            next = page.get("next").isNull() ? null : page.get("next").asText();
            assertThat(next == null || next.startsWith(web.base() + "/api/articles?")).isTrue();
            pages++;
        }
        int total = 4 + WebFixture.FILLERS;
        assertThat(ids).hasSize(total).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo((total + 6) / 7);
        assertThat(ids.get(0)).startsWith("filler"); // newest first
    }

    @Test
    void listingsOfStoriesHashtagsAndOutletsArePaged() throws Exception {
        JsonNode stories = json(web.get("/api/stories?limit=2"), 200);
        assertThat(stories.get("items")).hasSize(2);
        assertThat(stories.get("next").asText()).endsWith("/api/stories?limit=2&offset=2");
        JsonNode last = json(web.get("/api/stories?limit=2&offset=2"), 200);
        assertThat(last.get("items")).hasSize(1);
        assertThat(last.get("next").isNull()).isTrue();

        JsonNode story = json(web.get("/api/stories/s-rift"), 200);
        assertThat(story.get("articles")).extracting(JsonNode::asText).containsExactlyInAnyOrder("wire", "copy", "dw");
        JsonNode storyArticles = json(web.get("/api/stories/s-rift/articles?limit=2"), 200);
        assertThat(storyArticles.get("items")).hasSize(2);
        assertThat(storyArticles.get("next").asText()).contains("offset=2");

        JsonNode tags = json(web.get("/api/hashtags"), 200);
        assertThat(tags.get("items").get(0).get("tag").asText()).isEqualTo("Farming");
        assertThat(tags.get("items").get(0).get("articles").asInt()).isEqualTo(WebFixture.FILLERS);
        JsonNode tagged = json(web.get("/api/hashtags/sputnikazerbaijan/articles"), 200);
        assertThat(tagged.get("items")).extracting(a -> a.get("id").asText()).containsExactlyInAnyOrder("wire", "copy");
        JsonNode outlet = json(web.get("/api/outlets/" + enc("Filler Times") + "/articles?limit=20&offset=20"), 200);
        assertThat(outlet.get("items")).hasSize(WebFixture.FILLERS - 20);

        JsonNode article = json(web.get("/api/articles/copy"), 200);
        assertThat(article.get("duplicate_of").asText()).isEqualTo("wire");
        assertThat(article.get("page").asText()).isEqualTo(web.base() + "/article/copy");
    }

    @Test
    void relatedArticlesAddSemanticNeighboursFromOtherStories() throws Exception {
        JsonNode related = json(web.get("/api/articles/dw/related"), 200);
        List<String> ids = new ArrayList<>();
        related.get("items").forEach(a -> ids.add(a.get("id").asText()));
        assertThat(ids).contains("wire", "caucasus").doesNotContain("dw", "copy").noneMatch(id -> id.startsWith("filler"));
        assertThat(ids.indexOf("wire")).isLessThan(ids.indexOf("caucasus")); // its own story first
    }

    @Test
    void searchRanksFiltersAndPages() throws Exception {
        JsonNode found = json(web.get("/api/search?q=" + enc("detains media") + "&mode=keyword"), 200);
        assertThat(found.get("items")).extracting(h -> h.get("id").asText()).containsExactly("wire");
        assertThat(found.get("items").get(0).get("copies_matched").asInt()).as("the copy counted once, with its original")
                .isEqualTo(1);
        assertThat(found.get("items").get(0).get("snippet_html").asText()).contains("<mark>");
        JsonNode filtered = json(web.get("/api/search?q=detains&outlet=ap"), 200);
        assertThat(filtered.get("items")).extracting(h -> h.get("id").asText()).containsExactly("wire");
        JsonNode dated = json(web.get("/api/search?q=harvest&from=2025-07-10&to=2025-07-10&limit=100"), 200);
        assertThat(dated.get("items")).extracting(h -> h.get("id").asText())
                .containsExactlyInAnyOrder("filler0", "filler20");
        JsonNode paged = json(web.get("/api/search?q=harvest&limit=10&mode=keyword"), 200);
        assertThat(paged.get("items")).hasSize(10);
        assertThat(paged.get("matched").asInt()).isEqualTo(WebFixture.FILLERS);
        JsonNode second = json(web.get(paged.get("next").asText()), 200);
        assertThat(second.get("offset").asInt()).isEqualTo(10);
        JsonNode byHashtag = json(web.get("/api/search?hashtag=Baku"), 200);
        assertThat(byHashtag.get("items")).extracting(h -> h.get("id").asText()).containsExactly("caucasus", "dw");

        JsonNode semantic = json(web.get("/api/search?q=grain&limit=5"), 200);
        assertThat(semantic.get("items")).hasSize(5).allSatisfy(h -> assertThat(h.get("id").asText()).startsWith("filler"));
        assertThat(json(web.get("/api/search?q=grain&mode=keyword"), 200).get("items")).isEmpty();
        JsonNode fused = json(web.get("/api/search?q=" + enc("journalists Moscow")), 200);
        assertThat(fused.get("items")).extracting(h -> h.get("id").asText()).contains("wire", "dw", "caucasus");
        assertThat(json(web.get("/api/search?q=" + enc("journalists Moscow") + "&mode=semantic&outlet=dw"), 200)
                .get("items")).extracting(h -> h.get("id").asText()).containsExactly("dw");

        assertThat(error(web.get("/api/search"), 400)).contains("q (or a filter) is required");
        assertThat(error(web.get("/api/search?q=x&from=yesterday"), 400)).contains("from must be a date");
        assertThat(error(web.get("/api/search?q=x&mode=fuzzy"), 400)).contains("mode must be");
        assertThat(error(web.get("/api/search?q=x&limit=0"), 400)).contains("limit must be between 1 and 100");
    }

    @Test
    void failuresAreJsonWithTheirStatus() throws Exception {
        assertThat(error(web.get("/api/articles/nope"), 404)).isEqualTo("article not found");
        assertThat(error(web.get("/api/stories/nope"), 404)).isEqualTo("story not found");
        assertThat(error(web.get("/api/nothing/here"), 404)).isNotBlank();
        assertThat(error(web.get("/api/articles?limit=abc"), 400)).contains("limit must be a whole number");
        assertThat(error(web.get("/api/articles?offset=-1"), 400)).contains("offset must be between");
        var huge = web.send(web.request("/api/sources").header("Authorization", "Bearer " + web.token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + "x".repeat(200_000) + "\"}")).build());
        assertThat(error(huge, 413)).contains("too large");
    }

    @Test
    void writesNeedAValidTokenAndFollowAndUnfollowFeeds() throws Exception {
        try (WebFixture own = WebFixture.start(dir.resolve("writes"), w -> { })) {
            writes(own);
        }
    }

    private static void writes(WebFixture web) throws Exception {
        String body = "{\"url\":\"" + web.feedUrl() + "\"}";
        var missing = web.send(web.request("/api/sources").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(error(missing, 401)).contains("storyline token create");
        assertThat(missing.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
        assertThat(error(post(web, body, "Bearer sl_wrong"), 401)).isEqualTo("the API token is not valid");
        assertThat(error(post(web, body, "Basic " + web.token), 401)).isEqualTo("the API token is not valid");
        assertThat(web.store.sources().all()).isEmpty();

        JsonNode created = json(post(web, body, "Bearer " + web.token), 201);
        assertThat(created.get("url").asText()).isEqualTo(web.feedUrl());
        assertThat(created.get("title").asText()).isEqualTo("Local wire");
        String id = created.get("id").asText();
        assertThat(json(post(web, body, "Bearer " + web.token), 200).get("id").asText()).isEqualTo(id);
        assertThat(json(web.get("/api/sources"), 200).get("items")).hasSize(1);
        assertThat(json(web.get("/api/sources/" + id), 200).get("items").asInt()).isEqualTo(1);
        assertThat(json(web.get("/api/search?q=ceasefire&mode=keyword"), 200).get("items")).hasSize(1);

        assertThat(error(post(web, "not json", "Bearer " + web.token), 400)).contains("must be JSON");
        assertThat(error(post(web, "{\"link\":1}", "Bearer " + web.token), 400)).contains("with a url");
        assertThat(error(post(web, "{\"url\":\"ftp://x\"}", "Bearer " + web.token), 422)).contains("only http and https");

        assertThat(error(web.send(web.request("/api/sources/" + id).DELETE().build()), 401)).isNotBlank();
        var deleted = web.send(web.request("/api/sources/" + id).header("Authorization", "Bearer " + web.token)
                .DELETE().build());
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(web.store.sources().all()).isEmpty();
        assertThat(error(web.send(web.request("/api/sources/" + id).header("Authorization", "Bearer " + web.token)
                .DELETE().build()), 404)).isEqualTo("source not found");
    }

    private static HttpResponse<String> post(WebFixture web, String body, String authorization) throws Exception {
        return web.send(web.request("/api/sources").header("Authorization", authorization)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        return JSON.readTree(response.body());
    }

    static String error(HttpResponse<String> response, int status) throws Exception {
        JsonNode body = json(response, status);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        return body.get("error").asText();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
