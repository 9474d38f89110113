package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Article;
import org.storyline.model.Published;
import org.storyline.model.StoredArticle;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/**
 * The story, outlet, hashtag and home pages over hostile and extreme input (a real server on port 0 over a real
 * store): a story of one article and one of 2,000; an article with no outlet, date or address; an outlet named
 * with markup; a hashtag in Cyrillic. Each page renders, escapes, and counts copies once.
 */
class StoryPageInputsTest {

    static final int BIG = 2_000;
    static final String MARKUP = "<b onmouseover=alert(1)>Evil</b> & \"Co\"";

    @TempDir
    static Path dir;
    private static ArticleStore store;
    private static Javalin app;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = SqliteArticleStore.open(dir);
        store.transaction(tx -> {
            tx.insert(new StoredArticle(new Article("bare", "A headline and nothing else", null, null, null, null, null,
                    null, List.of(), "Just a body.", "https://news.example.org/listing?page=2"), null, "s-one"));
            tx.insert(new StoredArticle(article("evil", MARKUP, "Harbour reopens", 3, List.of("Азербайджан")), null,
                    "s-evil"));
            for (int i = 0; i < BIG; i++) {
                // Every fourth article is a copy of the one before it: 1,500 originals, 500 copies.
                String original = i % 4 == 3 ? "big" + (i - 1) : null;
                tx.insert(new StoredArticle(article("big" + i, "Outlet " + (i % 40), "Port strike day " + (i / 4),
                        1 + i % 28, List.of()), original, "s-big"));
            }
            List.of("s-one", "s-evil", "s-big").forEach(tx::refreshStory);
            return null;
        });
        app = WebServer.create(store).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        store.close();
    }

    @Test
    void aStoryOfOneBareArticleSaysWhereItCameFromAndInventsNoDate() throws Exception {
        HttpResponse<String> response = get("/story/s-one");
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("li.row")).hasSize(1);
        assertThat(page.select("li.row .outlet").text()).isEqualTo("outlet unknown (via news.example.org)");
        assertThat(page.select("li.row time")).as("no made-up date").isEmpty();
        assertThat(page.select("li.row a.publisher")).as("no address, no publisher link").isEmpty();
        assertThat(page.select(".story-size").text()).isEqualTo("1 article from 1 outlet");
        assertThat(response.body()).doesNotContain("Unnamed outlet").doesNotContain("date unknown");
    }

    @Test
    void aStoryOfTwoThousandArticlesListsEachOriginalOnceWithItsCopy() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = get("/story/s-big");
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("StoryPageInputsTest: the 2,000-article story page took " + millis + " ms (first view)");
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("li.row")).hasSize(BIG * 3 / 4);
        assertThat(page.select("ul.copies li")).hasSize(BIG / 4);
        assertThat(page.select(".story-size").text()).startsWith("1500 articles from 40 outlets · 500 republished copies");
        assertThat(Jsoup.parse(get("/").body()).select(".story-card").text()).contains("1500 articles (+500 copies)");
        assertThat(get("/api/stories/s-big").body()).contains("\"article_count\":1500").contains("\"copy_count\":500");
    }

    @Test
    void anOutletNamedWithMarkupStaysText() throws Exception {
        for (String path : List.of("/", "/story/s-evil", "/article/evil", "/outlet/" + Show.path(MARKUP))) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain("<b onmouseover").contains("&lt;b onmouseover");
        }
        assertThat(Jsoup.parse(get("/story/s-evil").body()).select("li.row .outlet").text()).isEqualTo(MARKUP);
    }

    @Test
    void aUnicodeHashtagHasItsPageAndFeed() throws Exception {
        HttpResponse<String> response = get("/hashtag/" + Show.path("Азербайджан"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Latest news with #Азербайджан");
        assertThat(get("/hashtag/" + Show.path("азербайджан") + "/feed.json").body()).contains("Harbour reopens");
        assertThat(get("/hashtag/" + Show.path("нет<script>")).statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Article article(String id, String outlet, String title, int julyDay, List<String> tags) {
        return new Article(id, title, outlet, null, Published.ofDate(LocalDate.of(2025, 7, julyDay)), null, null, "en",
                tags, "Dock workers stopped work at the harbour on day " + julyDay + ", the union said. " + title + ".",
                "listing.txt");
    }
}
