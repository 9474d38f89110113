package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;
import org.storyline.web.WebServer;

/**
 * The seeds ingested by the CLI, then: entities and quotes exported as JSON lines, and the rift story's page,
 * an entity page and an article page on a real server (port 0).
 */
class EntityPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    private static Path data;
    private static Javalin app;
    private static ArticleStore store;

    @BeforeAll
    static void ingest() throws IOException {
        data = dir.resolve("data");
        var run = Fixtures.cli("ingest", Fixtures.seeds(dir.resolve("seeds")).toString(), "--data", data.toString(),
                "--captured-at", "2025-07-04T12:00Z");
        assertThat(run.exitCode()).as(run.err()).isZero();
        store = SqliteArticleStore.open(data);
        app = WebServer.create(store).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void entitiesAreExportedWithTypeAliasesRolesAndArticles() throws IOException {
        List<JsonNode> entities = export("entities");
        JsonNode belousov = entities.stream().filter(e -> e.get("name").asText().endsWith("Belousov")).findFirst()
                .orElseThrow();
        assertThat(entities.stream().filter(e -> e.get("name").asText().endsWith("Belousov"))).hasSize(1);
        assertThat(belousov.get("type").asText()).isEqualTo("person");
        List<String> spellings = new ArrayList<>(List.of(belousov.get("name").asText()));
        belousov.get("aliases").forEach(a -> spellings.add(a.asText()));
        assertThat(spellings).contains("Evgeny Belousov", "Yevgeny Belousov");
        assertThat(belousov.get("articles").size()).isGreaterThanOrEqualTo(2);
        JsonNode peskov = entities.stream().filter(e -> e.get("name").asText().equals("Dmitry Peskov")).findFirst()
                .orElseThrow();
        assertThat(peskov.get("roles").toString()).contains("Kremlin spokesman");
        assertThat(peskov.get("roles").get(0).get("articles").size()).isPositive();
    }

    @Test
    void quotesAreExportedWithSpeakerArticleAndDate() throws IOException {
        List<JsonNode> quotes = export("quotes");
        JsonNode logic = quotes.stream().filter(q -> q.get("text").asText().contains("logic dictates")).findFirst()
                .orElseThrow();
        assertThat(logic.get("speaker").get("name").asText()).isEqualTo("Dmitry Peskov");
        assertThat(logic.get("speaker").get("id").asText()).hasSize(12);
        assertThat(logic.get("article").asText()).isNotBlank();
        assertThat(logic.get("kind").asText()).isEqualTo("direct");
        assertThat(quotes).allSatisfy(q -> assertThat(q.fieldNames()).toIterable()
                .contains("speaker", "kind", "text", "article", "outlet", "date"));
    }

    @Test
    void theRiftStoryPageListsMergedEntitiesAndQuotesBySpeaker() throws Exception {
        String rift = store.articlesOfOutlet("DW", 1).get(0).storyId();
        String page = get("/story/" + rift);
        assertThat(page).contains("People, organisations and places").contains("Who said what");
        assertThat(page).contains("Dmitry Peskov").contains("Maria Zakharova").contains("Kremlin spokesman");
        assertThat(page).containsPattern("(?s)Belousov</a>[^\n]*\\n[^\n]*also [^<]*(Yevgeny|Evgeny) Belousov");
        assertThat(page).contains("We continue to believe");
        assertThat(page).doesNotContain("<q>absurd");
    }

    @Test
    void anEntityPageListsItsStoriesArticlesRolesAndQuotes() throws Exception {
        String rift = store.articlesOfOutlet("DW", 1).get(0).storyId();
        String story = get("/story/" + rift);
        int at = story.indexOf("\">Maria Zakharova</a>");
        String href = story.substring(story.lastIndexOf("/entity/", at), at);
        String page = get(href);
        assertThat(page).contains("<h1>Maria Zakharova</h1>").contains("spokeswoman").contains("/story/" + rift)
                .contains("These steps cause serious damage");
        assertThat(get("/entity/nosuchentity")).contains("Not found", "this person, organisation or place");
    }

    @Test
    void anArticlePageLinksTheEntitiesItNames() throws Exception {
        String dw = store.articlesOfOutlet("DW", 1).get(0).id();
        assertThat(get("/article/" + dw)).contains("Named in this article").contains("/entity/").contains("Kirill Krivosheev");
    }

    @Test
    void theSearchIndexFiltersByTheEntitiesAnArticleNames() throws Exception {
        String peskov = export("entities").stream().filter(e -> e.get("name").asText().equals("Dmitry Peskov"))
                .findFirst().orElseThrow().get("id").asText();
        java.util.Set<String> naming = new java.util.HashSet<>();
        store.entities().mentionsOf(peskov).forEach(row -> naming.add(row.articleId()));
        try (var index = org.storyline.index.LuceneArticleIndex.open(data.resolve("index"))) {
            var all = index.search("Azerbaijan", null, org.storyline.index.SearchFilters.NONE, 100, 0);
            var filtered = index.search("Azerbaijan", null,
                    new org.storyline.index.SearchFilters(null, null, null, null, null, peskov), 100, 0);
            assertThat(filtered.hits()).isNotEmpty().hasSizeLessThan(all.hits().size())
                    .allSatisfy(hit -> assertThat(naming).contains(hit.articleId()));
        }
    }

    private static String get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + app.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    private static List<JsonNode> export(String what) throws IOException {
        var run = Fixtures.cli("export", "--what", what, "--format", "jsonl", "--data", data.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }
}
