package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Article;
import org.storyline.model.ParsedArticle;
import org.storyline.model.Published;
import org.storyline.model.StoredArticle;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/** The pages and API on a real server (port 0) over a real store. */
class WebServerTest {

    private static final String XSS = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    @TempDir
    static Path dir;
    private static Javalin app;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        ArticleStore store = SqliteArticleStore.open(dir);
        store.transaction(tx -> {
            tx.insert(new StoredArticle(article("wire", "AP", "Azerbaijan detains 7 linked to a Russian media outlet",
                    LocalDate.of(2025, 7, 1)), null, "s-wire"));
            tx.insert(new StoredArticle(article("copy", "Winnipeg Free Press",
                    "Azerbaijan detains 7 linked to a Russian media outlet", LocalDate.of(2025, 7, 2)), "wire", "s-wire"));
            tx.insert(new StoredArticle(article("dw", "DW", "Is Moscow losing Azerbaijan as an ally?",
                    LocalDate.of(2025, 7, 3)), null, "s-wire"));
            tx.insert(new StoredArticle(article("evil", XSS, "Title " + XSS, LocalDate.of(2025, 7, 5)), null, "s-evil"));
            for (String id : List.of("wire", "copy", "dw", "evil")) {
                tx.linkDocument("doc", id, ParsedArticle.Role.LISTED, 0);
            }
            tx.refreshStory("s-wire");
            tx.refreshStory("s-evil");
            tx.addDocument("doc", "listing.txt", Instant.EPOCH, false, 4);
            return null;
        });
        app = WebServer.create(store).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void homeListsStoriesNewestActivityFirst() throws Exception {
        String home = get("/").body();
        assertThat(home).contains("Storyline").contains("2 stories from 3 articles")
                .contains("2 articles (+1 copy)");
        assertThat(home.indexOf("/story/s-evil")).isLessThan(home.indexOf("/story/s-wire"));
        assertThat(home).contains("DW, Winnipeg Free Press, AP").doesNotContain("<script>alert");
    }

    @Test
    void storyPageListsArticlesByOutletAndDate() throws Exception {
        String story = get("/story/s-wire").body();
        assertThat(story).contains("2 articles from 3 outlets · 1 republished copy").contains("1–3 July 2025")
                .contains("<h2 id=\"timeline\">Timeline</h2>").contains("27 June 2025")
                .doesNotContain("By outlet</h2>");
        Document page = Jsoup.parse(story);
        assertThat(page.select("li.row .headline")).extracting(Element::text)
                .containsExactly("Is Moscow losing Azerbaijan as an ally?", "Azerbaijan detains 7 linked to a Russian media outlet");
        assertThat(page.select("#a-wire ul.copies a")).extracting(Element::text).containsExactly("Winnipeg Free Press");
        assertThat(page.select("meta[name=description]").attr("content")).isNotBlank();
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(page.select("h1").text());
    }

    @Test
    void articlePageShowsTextHashtagsCopiesAndRelated() throws Exception {
        String page = get("/article/copy").body();
        assertThat(page).contains("<p>Seven people were detained.</p>").contains("href=\"/hashtag/SputnikAzerbaijan\"")
                .contains("A republished copy of").contains("Also published as").contains("Related articles")
                .contains("Is Moscow losing Azerbaijan as an ally?").contains("Politics");
    }

    @Test
    void hashtagPageListsArticlesNewestFirstAsTheAggregatorsDo() throws Exception {
        String page = get("/hashtag/sputnikazerbaijan").body();
        assertThat(page).contains("Latest news with #SputnikAzerbaijan").contains("3 July 2025").doesNotContain("03-07-2025");
        assertThat(page.indexOf("Is Moscow losing")).isLessThan(page.indexOf("Azerbaijan detains 7"));
    }

    @Test
    void markupInTitlesOutletsAndBodiesIsEscapedEverywhere() throws Exception {
        for (String path : List.of("/", "/story/s-evil", "/article/evil", "/hashtag/SputnikAzerbaijan")) {
            String body = get(path).body();
            assertThat(body).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x")
                    .contains("&lt;script&gt;");
        }
        assertThat(get("/").headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'self'"));
    }

    @Test
    void outletPagesListTheOutletsArticles() throws Exception {
        assertThat(get("/outlet/dw").body()).contains("<h1>DW</h1>").contains("Is Moscow losing Azerbaijan as an ally?")
                .doesNotContain("Winnipeg");
        assertThat(get("/outlet/nobody").statusCode()).isEqualTo(404);
    }

    @Test
    void unknownAddressesGiveA404Page() throws Exception {
        var response = get("/story/nope");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Not found");
        assertThat(get("/api/articles/nope").statusCode()).isEqualTo(404);
        assertThat(get("/no/such/page").statusCode()).isEqualTo(404);
    }

    @Test
    void theApiGivesStoriesAndArticlesAsJson() throws Exception {
        var stories = get("/api/stories?limit=1");
        assertThat(stories.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(stories.body()).startsWith("{\"items\":[{\"id\":\"s-evil\"").contains("\"articles\":[\"evil\"]")
                .contains("\"next\":\"http://127.0.0.1:" + app.port() + "/api/stories?limit=1&offset=1\"");
        assertThat(get("/api/articles/copy").body()).contains("\"duplicate_of\":\"wire\"").contains("\"story\":\"s-wire\"");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Article article(String id, String outlet, String title, LocalDate date) {
        return new Article(id, title, outlet, null, Published.ofDate(date), "Politics", null, "en",
                List.of("SputnikAzerbaijan"), "Seven people were detained.\n\nOn June 27, 2025, police raided homes in "
                + "Yekaterinburg. The raid followed " + title, "listing.txt");
    }
}
