package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.index.LuceneArticleIndex;
import org.storyline.model.Article;
import org.storyline.model.ParsedArticle;
import org.storyline.model.StoredArticle;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/** /search on a real server: ranked results with marked, escaped snippets. */
class SearchPageTest {

    @TempDir
    static Path dir;
    private static Javalin app;
    private static LuceneArticleIndex index;

    @BeforeAll
    static void start() {
        ArticleStore store = SqliteArticleStore.open(dir.resolve("data"));
        index = LuceneArticleIndex.open(dir.resolve("index"));
        Article raid = new Article("a1", "Sputnik staff detained", "AP", null, null, null, null, "en", List.of(),
                "Masked police raided the offices of Sputnik <script>alert(1)</script> in Baku.", "t");
        Article copy = new Article("a2", "Sputnik staff detained", "Winnipeg Free Press", null, null, null, null,
                "en", List.of(), "Masked police searched the offices of the agency, officials said.", "t");
        store.transaction(tx -> {
            tx.insert(new StoredArticle(raid, null, "s1"));
            tx.insert(new StoredArticle(copy, "a1", "s1"));
            tx.linkDocument("d", "a1", ParsedArticle.Role.MAIN, 0);
            tx.refreshStory("s1");
            tx.addDocument("d", "t", Instant.EPOCH, false, 1);
            return null;
        });
        index.put(raid);
        index.put(copy);
        app = WebServer.create(store, null, index).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        index.close();
    }

    @Test
    void resultsShowMarkedEscapedSnippets() throws Exception {
        String page = get("/search?q=" + URLEncoder.encode("raids baku", StandardCharsets.UTF_8));
        assertThat(page).contains("1 article for").contains("/article/a1").contains("<mark>raided</mark>")
                .contains("&lt;script&gt;").doesNotContain("<script>alert");
        assertThat(get("/search?q=" + URLEncoder.encode("<img src=x onerror=alert(1)>", StandardCharsets.UTF_8)))
                .doesNotContain("<img src=x").contains("&lt;img");
        assertThat(get("/search")).contains("<h1>Search</h1>").doesNotContain("articles for");
    }

    @Test
    void aCopyFoldsIntoItsOriginalsResult() throws Exception {
        String page = get("/search?q=" + URLEncoder.encode("masked police offices", StandardCharsets.UTF_8)
                + "&mode=keyword");
        assertThat(page).contains("1 article for").contains("/article/a1").doesNotContain("/article/a2")
                .contains("republished by 1 outlet");
    }

    private static String get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
