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
                assertThat(crash).contains("Split off: <a class=\"history-link\" href=\"/story/gas\">Baku and Moscow in gas tariff talks</a>")
                        .contains("Took in: <a class=\"history-link\" href=\"/story/inquiry\">an earlier story</a>");
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

    private static HttpResponse<String> get(Javalin app, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Article article(String id, String title) {
        return new Article(id, title, "AP", null, Published.ofDate(LocalDate.of(2025, 7, 1)), null, null, "en",
                List.of(), "Body of " + title + ".", "test");
    }
}
