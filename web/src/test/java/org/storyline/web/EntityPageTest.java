package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Article;
import org.storyline.model.Published;
import org.storyline.model.StoredArticle;
import org.storyline.store.SqliteArticleStore;

/**
 * An entity page names an article without an outlet as every other page does, "outlet unknown (via <where it came
 * from>)", so two unnamed articles are told apart (real entity stage, store and server).
 */
class EntityPageTest {

    @TempDir
    Path dir;

    @Test
    void unnamedOutletsSayWhereTheArticleCameFrom() throws Exception {
        var store = SqliteArticleStore.open(dir);
        WithEntities.store(store, List.of(
                new StoredArticle(article("named", "Coast Radio", "https://coastradio.example/okafor"), null, "s1"),
                new StoredArticle(article("bare", null, "https://news.example.org/2025/07/okafor"), null, "s1"),
                new StoredArticle(article("file", null, "/home/reader/saved/okafor-interview.html"), null, "s1")), "s1");
        try (Served web = Served.over(store)) {
            String person = web.page("/story/s1").select("a[href^=/entity/]").stream()
                    .filter(a -> a.text().equals("Margaret Okafor")).findFirst().orElseThrow().attr("href");
            Document page = web.page(person);
            assertThat(page.select("section.outlet li .meta")).extracting(Element::text)
                    .anySatisfy(t -> assertThat(t).startsWith("Coast Radio"))
                    .anySatisfy(t -> assertThat(t).startsWith("outlet unknown (via news.example.org)"))
                    .anySatisfy(t -> assertThat(t).startsWith("outlet unknown (via okafor-interview.html)"))
                    .noneMatch(t -> t.matches("outlet unknown( ·.*)?"));
        }
    }

    private static Article article(String id, String outlet, String origin) {
        return new Article(id, "Okafor speaks " + id, outlet, null, Published.ofDate(LocalDate.of(2025, 7, 3)), null,
                null, "en", List.of(), "Union leader Margaret Okafor said the strike at the port would go on until a"
                        + " deal was signed, she told reporters in " + id + ".", origin);
    }
}
