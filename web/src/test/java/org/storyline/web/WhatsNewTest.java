package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * What's new for a reader who follows a person (real entity stage, store and server): the person's new article in
 * another story arrives on the page, counted once though a copy of it arrived too; an article that does not name
 * them does not.
 */
class WhatsNewTest {

    @TempDir
    static Path dir;
    private static ArticleStore store;
    private static Served web;

    @BeforeAll
    static void start() {
        store = SqliteArticleStore.open(dir);
        WithEntities.store(store, List.of(new StoredArticle(article("first", "Harbour Gazette", "Union calls dock strike",
                "Union leader Margaret Okafor called a strike at the port on Monday, the union said. Okafor said"
                        + " talks had failed."), null, "s-strike")), "s-strike");
        web = Served.over(store);
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void aFollowedPersonsNewArticleArrivesOnceWithoutItsCopy() throws Exception {
        Visitor reader = new Visitor(web.base(), 60);
        reader.post("/signup", Map.of("name", "Port Reader", "password", "a long port password",
                "password2", "a long port password"));
        String person = Jsoup.parse(reader.get("/story/s-strike").body()).select("a[href^=/entity/]").stream()
                .filter(a -> a.text().equals("Margaret Okafor")).findFirst().orElseThrow().attr("href");
        Document entity = Jsoup.parse(reader.get(person).body());
        assertThat(reader.post("/follow", Map.of("kind", "entity", "key", person.substring("/entity/".length()),
                "label", entity.select("h1").text())).statusCode()).isEqualTo(303);

        String text = "Margaret Okafor met the port's owners on Thursday to discuss pay, the union said. Okafor said"
                + " the strike would go on until a deal was signed.";
        WithEntities.store(store, List.of(new StoredArticle(article("talks", "Coast Radio", "Okafor meets port owners", text), null, "s-talks"),
                new StoredArticle(article("talks-copy", "Daily Courier", "Okafor meets port owners", text), "talks",
                        "s-talks"),
                new StoredArticle(article("weather", "Coast Radio", "Storm warning for the coast",
                        "Forecasters warned of gales along the coast on Friday."), null, "s-weather")), "s-talks", "s-weather");

        Document news = Jsoup.parse(reader.get("/following").body());
        assertThat(news.select("ol.whats-new > li").text()).contains("Margaret Okafor").contains("1 new article");
        assertThat(news.select("ol.whats-new a[href^=/article/]").eachAttr("href")).containsExactly("/article/talks");
    }

    private static Article article(String id, String outlet, String title, String text) {
        return new Article(id, title, outlet, null, Published.ofDate(LocalDate.of(2025, 7, 3)), null, null, "en",
                List.of(), text, "test");
    }
}
