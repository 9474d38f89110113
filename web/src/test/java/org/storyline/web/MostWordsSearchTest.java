package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.index.LuceneArticleIndex;
import org.storyline.model.Article;
import org.storyline.model.StoredArticle;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/**
 * A reader who words a search differently from the articles ("plane missile shot" over articles that say the plane
 * crashed after a missile hit it) still finds them: when no article has every word of a plain query of three or
 * more words, those with all but one answer, and the page says so. Real index, store and server.
 */
class MostWordsSearchTest {

    @TempDir
    static Path dir;
    private static Served web;

    @BeforeAll
    static void start() {
        ArticleStore store = SqliteArticleStore.open(dir.resolve("data"));
        LuceneArticleIndex index = LuceneArticleIndex.open(dir.resolve("index"));
        List<Article> articles = List.of(
                article("crash", "Inquiry into the Aktau crash", "The plane crashed near Aktau after a missile hit it,"
                        + " investigators said."),
                article("talks", "Ministers meet in Baku", "The ministers discussed trade and the crash inquiry."),
                article("harvest", "Harvest report", "Farmers expect a good harvest this year."));
        store.transaction(tx -> {
            articles.forEach(a -> tx.insert(new StoredArticle(a, null, "s-" + a.id())));
            articles.forEach(a -> tx.refreshStory("s-" + a.id()));
            return null;
        });
        articles.forEach(index::put);
        index.commit();
        web = Served.over(store, index);
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void noArticleHasEveryWordSoThoseWithAllButOneAnswerAndThePageSaysSo() throws Exception {
        Document page = page("plane missile shot");
        assertThat(page.select("ol.listing h2 a")).extracting(a -> a.attr("href")).containsExactly("/article/crash");
        assertThat(page.select("main p.meta").first().text()).contains("none has every word; these have all but one");
        assertThat(ids("plane missile shot")).as("the API and the feeds answer alike").containsExactly("crash");
    }

    @Test
    void articlesWithEveryWordNeedNoFallback() throws Exception {
        Document page = page("plane missile crashed");
        assertThat(page.select("ol.listing h2 a")).extracting(a -> a.attr("href")).containsExactly("/article/crash");
        assertThat(page.select("main p.meta").first().text()).doesNotContain("all but one");
    }

    @Test
    void shortQuotedAndOperatorQueriesAreNotRelaxed() throws Exception {
        assertThat(ids("plane shot")).as("two words: one left out is not most of them").isEmpty();
        assertThat(ids("\"plane missile shot\"")).as("a phrase means exactly that").isEmpty();
        assertThat(ids("plane AND missile AND shot")).isEmpty();
        assertThat(MostWords.of("plane missile shot")).isEqualTo("(missile shot) OR (plane shot) OR (plane missile)");
        assertThat(MostWords.of("one two three four five six seven eight nine")).as("past eight words").isNull();
        assertThat(MostWords.of("plane -missile shot")).isNull();
    }

    private static Document page(String query) throws Exception {
        return web.page("/search?mode=keyword&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private static List<String> ids(String query) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        web.json("/api/search?mode=keyword&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).get("items")
                .forEach(i -> out.add(i.get("id").asText()));
        return out;
    }

    private static Article article(String id, String title, String text) {
        return new Article(id, title, "Coast News", null, null, null, null, "en", List.of(), text, "test");
    }
}
