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

/** The seed corpus end to end: the rift story's disagreements, coverage, outlet labels and summary. */
class StoryIntelTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static Path data;
    private static String rift;

    @BeforeAll
    static void ingest() throws IOException {
        data = dir.resolve("data");
        var run = Fixtures.cli("ingest", Fixtures.seeds(dir.resolve("seeds")).toString(), "--data", data.toString(),
                "--captured-at", "2025-07-04T12:00Z");
        assertThat(run.exitCode()).as(run.err()).isZero();
        rift = export("articles").stream().filter(a -> a.get("title").asText().contains("losing Azerbaijan"))
                .findFirst().orElseThrow().get("story").asText();
    }

    private static List<JsonNode> export(String what) throws IOException {
        var run = Fixtures.cli("export", "--what", what, "--data", data.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> out = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    @Test
    void everyArticleHasALanguage() throws IOException {
        assertThat(export("articles")).allSatisfy(a -> assertThat(a.get("language").asText()).isEqualTo("en"));
    }

    @Test
    void eventsExportHasIsoDatesDescriptionsAndArticles() throws IOException {
        List<JsonNode> events = export("events");
        assertThat(events).isNotEmpty().allSatisfy(e -> {
            assertThat(e.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(e.get("description").asText()).isNotBlank();
            assertThat(e.get("articles")).isNotEmpty();
            assertThat(e.get("outlets")).isNotEmpty();
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("story").asText()).isEqualTo(rift);
            assertThat(e.get("date").asText()).isEqualTo("2025-06-27");
        });
    }

    @Test
    void claimsExportHasValuesAndAccountsWithTheirOutlets() throws IOException {
        List<JsonNode> claims = export("claims").stream().filter(c -> c.get("story").asText().equals(rift)).toList();
        assertThat(claims).anySatisfy(c -> {
            assertThat(c.get("kind").asText()).isEqualTo("count");
            assertThat(c.get("subject").asText()).isEqualTo("people detained");
            assertThat(c.get("disputed").asBoolean()).isTrue();
            assertThat(c.get("values").get(0).get("value").asText()).isEqualTo("about 50");
            assertThat(c.get("values").get(0).get("outlets").get(0).asText()).isEqualTo("Al Jazeera");
            assertThat(c.get("values").get(1).get("value").asText()).isEqualTo("9");
        });
        assertThat(claims).anySatisfy(c -> {
            assertThat(c.get("kind").asText()).isEqualTo("account");
            assertThat(c.get("subject").asText()).isEqualTo("cause of death");
            assertThat(c.get("disputed").asBoolean()).isTrue();
            assertThat(c.get("values").toString()).contains("heart failure").contains("torture")
                    .contains("Russian investigators").contains("Prosecutor General");
        });
    }

    @Test
    void storyPageShowsDisagreementsCoverageLabelsAndSummary() throws Exception {
        ArticleStore store = SqliteArticleStore.open(data);
        Javalin app = WebServer.create(store).start("127.0.0.1", 0);
        try {
            String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.port() + "/story/" + rift)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(page).containsPattern("<h2 id=\"summary\"[^>]*>Summary</h2>")
                    .contains("<h2 id=\"disagreements\">Where outlets disagree</h2>")
                    .contains("<strong>about 50</strong>").contains("<strong>9</strong>")
                    .contains("Accounts of the cause of death")
                    .contains("natural causes (heart failure, illness)").contains("violence (torture, beatings, injuries)")
                    .contains("according to <strong>Russian investigators</strong>")
                    .contains("<h2 id=\"coverage\">Coverage by outlet</h2>")
                    // AP's story on the Winnipeg Free Press's page is AP's, carried by the paper, as the summary says
                    .contains("<strong>AP via Winnipeg Free Press")
                    // Who said what is compared across outlets too: DW alone quotes Kirill Krivosheev.
                    .containsPattern("<span class=\"badge\">quote</span> Kirill Krivosheev: “")
                    .contains("Germany · public service").contains("Qatar · state-funded")
                    .contains("<a href=\"/hashtag/RussiaAzerbaijan\">#RussiaAzerbaijan</a>")
                    .contains("<a href=\"/hashtag/SputnikAzerbaijan\">#SputnikAzerbaijan</a>");
            String articleId = export("articles").stream().filter(a -> a.get("source").asText().equals("DW"))
                    .findFirst().orElseThrow().get("id").asText();
            String article = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.port() + "/article/" + articleId)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            HttpResponse<String> generated = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.port() + "/hashtag/RussiaAzerbaijan")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(generated.statusCode()).as("a generated hashtag has its page").isEqualTo(200);
            assertThat(generated.body()).contains("Latest news with #RussiaAzerbaijan").contains("/article/" + articleId);
            // DW's summary is its own opening, which the page shows right below: "In short" would only repeat it.
            assertThat(article).contains("Germany · public service").doesNotContain("In short:").contains("English");
            JsonNode api = JSON.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.port() + "/api/stories/" + rift + "/analysis")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertThat(api.get("summary")).hasSize(4);
            assertThat(api.toString()).as("an unnamed outlet is named by where it came from, never its headline alone")
                    .doesNotContain("Unnamed outlet").contains("outlet unknown (via ");
            assertThat(api.get("hashtags").toString()).contains("RussiaAzerbaijan");
            assertThat(api.get("claims").toString()).contains("\"subject\":\"cause of death\"");
            assertThat(api.get("coverage").toString()).contains("\"outlet\":\"DW\",\"country\":\"Germany\","
                    + "\"type\":\"public service\"");
        } finally {
            app.stop();
            store.close();
        }
    }
}
