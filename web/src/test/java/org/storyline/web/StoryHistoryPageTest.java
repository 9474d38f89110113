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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Article;
import org.storyline.model.Published;
import org.storyline.model.StoredArticle;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/** A story that split or took another in shows where it came from; the merged story's address redirects. */
class StoryHistoryPageTest {

    @TempDir
    Path dir;

    @Test
    void splitAndMergedStoriesLinkToEachOther() throws Exception {
        try (ArticleStore store = SqliteArticleStore.open(dir)) {
            store.transaction(tx -> {
                tx.insert(new StoredArticle(article("a1", "Plane crash near Aktau"), null, "crash"));
                tx.insert(new StoredArticle(article("a2", "Crash inquiry <b>points</b> to air defence"), null, "crash"));
                tx.insert(new StoredArticle(article("b1", "Baku and Moscow in gas tariff talks"), null, "crash"));
                tx.insert(new StoredArticle(article("c1", "Air defence blamed for the crash"), null, "inquiry"));
                tx.refreshStory("crash");
                tx.refreshStory("inquiry");
                tx.splitStory("crash", "gas", List.of("b1"));
                tx.mergeStory("inquiry", "crash");
                return null;
            });
            Javalin app = WebServer.create(store).start("127.0.0.1", 0);
            try {
                String crash = get(app, "/story/crash").body();
                assertThat(crash).contains("Split off: <a class=\"history-link\" href=\"/story/gas\">Baku and Moscow in gas tariff talks</a>");
                // The story taken in is named as it was, with its dates and the article it brought; no link loops
                // back through its address (which redirects here).
                var tookIn = Jsoup.parse(crash).select("ul.history details.took-in");
                assertThat(tookIn).hasSize(1);
                assertThat(tookIn.select("summary").text())
                        .isEqualTo("Took in: Air defence blamed for the crash (1 July 2025 · 1 article)");
                assertThat(tookIn.select("ul.took-in-articles a")).extracting(a -> a.attr("href") + " " + a.text())
                        .containsExactly("/article/c1 Air defence blamed for the crash");
                assertThat(crash).doesNotContain("href=\"/story/inquiry\"").doesNotContain("an earlier story");
                assertThat(get(app, "/story/gas").body())
                        .contains("Split from: <a class=\"history-link\" href=\"/story/crash\">");
                var moved = get(app, "/story/inquiry");
                assertThat(moved.statusCode()).isEqualTo(301);
                assertThat(moved.headers().firstValue("Location")).contains("/story/crash");
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void aSplitLeadsToWhereThePartIsNowNeverBackToThisStory() throws Exception {
        try (ArticleStore store = SqliteArticleStore.open(dir)) {
            store.transaction(tx -> {
                tx.insert(new StoredArticle(article("p1", "Port strike enters second week"), null, "port"));
                tx.insert(new StoredArticle(article("p2", "Dockers vote to strike"), null, "port"));
                tx.insert(new StoredArticle(article("p3", "Ferry fares to rise"), null, "port"));
                tx.insert(new StoredArticle(article("f1", "Ferry company names new chief"), null, "ferries"));
                List.of("port", "ferries").forEach(tx::refreshStory);
                tx.splitStory("port", "back", List.of("p2")); // split off, then taken back in
                tx.mergeStory("back", "port");
                tx.splitStory("port", "fares", List.of("p3")); // split off, then merged into another story
                tx.mergeStory("fares", "ferries");
                return null;
            });
            Javalin app = WebServer.create(store).start("127.0.0.1", 0);
            try {
                var lines = Jsoup.parse(get(app, "/story/port").body()).select("ul.history > li");
                assertThat(lines).extracting(org.jsoup.nodes.Element::text).containsExactly(
                        "Took in: Dockers vote to strike (1 July 2025 · 1 article) Dockers vote to strike AP · 1 July 2025",
                        "Split off: " + store.story("ferries").orElseThrow().title() + " (1 July 2025)");
                assertThat(lines.select("a.history-link").eachAttr("href")).containsExactly("/story/ferries");
                assertThat(lines.select("a").eachAttr("href")).noneMatch(h -> h.endsWith("/back") || h.endsWith("/fares"));
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void aStoryMergedBeforeTheStoreKeptMergesIsNamedWithoutALinkThatLoops() throws Exception {
        String founded = org.storyline.cluster.StoryClusterer.storyIdFor("f1");
        try (ArticleStore store = SqliteArticleStore.open(dir)) {
            store.transaction(tx -> {
                tx.insert(new StoredArticle(article("k1", "Port strike enters second week"), null, "strike"));
                tx.insert(new StoredArticle(article("f1", "Dockers vote to strike"), null, founded));
                tx.insert(new StoredArticle(article("u1", "Union leaders meet ministers"), null, "talks"));
                List.of("strike", founded, "talks").forEach(tx::refreshStory);
                tx.mergeStory(founded, "strike");
                tx.mergeStory("talks", "strike");
                return null;
            });
        }
        // As a store from before V12 has it: the merges are in the history, but what the stories were is not.
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("storyline.db"));
             var st = db.createStatement()) {
            st.executeUpdate("DELETE FROM story_merges");
            st.executeUpdate("DELETE FROM story_merge_articles");
        }
        try (ArticleStore store = SqliteArticleStore.open(dir)) {
            Javalin app = WebServer.create(store).start("127.0.0.1", 0);
            try {
                var lines = Jsoup.parse(get(app, "/story/strike").body()).select("ul.history > li");
                assertThat(lines).extracting(org.jsoup.nodes.Element::text).containsExactly(
                        "Took in: Dockers vote to strike (AP · 1 July 2025, the story it began)",
                        "Took in: an earlier story");
                assertThat(lines.select("a").eachAttr("href")).as("the founding article, which lives here now")
                        .containsExactly("/article/f1");
            } finally {
                app.stop();
            }
        }
    }

    private static HttpResponse<String> get(Javalin app, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Article article(String id, String title) {
        return new Article(id, title, "AP", null, Published.ofDate(LocalDate.of(2025, 7, 1)), null, null, "en",
                List.of(), "Body of " + title + ".", "test");
    }
}
