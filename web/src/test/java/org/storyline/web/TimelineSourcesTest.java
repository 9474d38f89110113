package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
 * A timeline entry credits each outlet once: two articles of one outlet giving the same event are one source (its
 * name once, linked to its first article, with how many of its articles give it), not the outlet's name twice.
 * A real server on port 0 over a real store; the timeline is the production analysis.
 */
class TimelineSourcesTest {

    @TempDir
    static Path dir;
    private static Served web;

    @BeforeAll
    static void start() {
        ArticleStore store = SqliteArticleStore.open(dir);
        store.transaction(tx -> {
            tx.insert(new StoredArticle(article("gazette-1", "Harbour Gazette", "Warehouse fire destroys depot",
                    LocalDate.of(2025, 3, 9), "A fire destroyed a warehouse in Portville on Saturday, March 8, 2025,"
                            + " the fire department said. No one was hurt."), null, "s-fire"));
            tx.insert(new StoredArticle(article("gazette-2", "Harbour Gazette", "Depot owners promise to rebuild",
                    LocalDate.of(2025, 3, 11), "The owners of the depot said on Tuesday they would rebuild. A fire"
                            + " destroyed the warehouse in Portville on Saturday, March 8, 2025."), null, "s-fire"));
            tx.insert(new StoredArticle(article("radio", "Coast Radio", "Depot fire: what we know",
                    LocalDate.of(2025, 3, 10), "A fire destroyed a warehouse in Portville on Saturday, March 8, 2025,"
                            + " and the loading bay is where it started."), null, "s-fire"));
            tx.refreshStory("s-fire");
            return null;
        });
        web = Served.over(store);
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void eachOutletIsCreditedOncePerEntry() throws Exception {
        Document page = web.page("/story/s-fire");
        Element fire = page.select("ol.timeline li").stream().filter(li -> li.select("time").attr("datetime")
                .equals("2025-03-08")).findFirst().orElseThrow(() -> new AssertionError(page.select("ol.timeline")));
        List<String> credited = fire.select(".meta a").eachText();
        assertThat(credited).as(fire.outerHtml()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder("Harbour Gazette", "Coast Radio");
        assertThat(fire.select(".meta a").stream().filter(a -> a.text().equals("Harbour Gazette")).findFirst()
                .orElseThrow().attr("href")).startsWith("/article/gazette-");
        assertThat(fire.select(".meta .count").text()).isEqualTo("×2");
    }

    private static Article article(String id, String outlet, String title, LocalDate day, String text) {
        return new Article(id, title, outlet, null, Published.ofDate(day), null, null, "en", List.of(), text, "test");
    }
}
