package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
 * The story page states where and when the story's event happened, as the stored analysis found it, under the
 * title with the outlets behind it and the sentence each rests on; a story whose articles say neither shows no such
 * line (nothing is made up). A real server on port 0 over a real store; the analysis is the production one.
 */
class StoryEventFactsTest {

    @TempDir
    static Path dir;
    private static Served web;

    @BeforeAll
    static void start() {
        ArticleStore store = SqliteArticleStore.open(dir);
        store.transaction(tx -> {
            tx.insert(new StoredArticle(article("fire-1", "Harbour Gazette", "Warehouse fire destroys depot",
                    LocalDate.of(2025, 3, 9), "PORTVILLE, Maine (AP) — A fire destroyed a warehouse in Portville on"
                            + " Saturday, March 8, 2025, the fire department said. No one was hurt, officials said."),
                    null, "s-fire"));
            tx.insert(new StoredArticle(article("fire-2", "Coast Radio", "Depot fire: owners promise to rebuild",
                    LocalDate.of(2025, 3, 10), "A fire destroyed a warehouse in Portville on Saturday, March 8, 2025,"
                            + " and its owners said on Monday they would rebuild. The fire started in the loading bay."),
                    null, "s-fire"));
            tx.insert(new StoredArticle(article("essay", "Review Weekly", "Why we read long essays",
                    LocalDate.of(2025, 3, 11), "Long essays reward patience. Readers who finish them remember more."),
                    null, "s-essay"));
            tx.insert(new StoredArticle(article("crash-1", "Valley Courier", "Bus overturns on mountain road",
                    LocalDate.of(2025, 4, 6), "A bus overturned on the mountain road near Elmsford on Saturday. Two "
                            + "passengers were killed and 14 were injured, the state police said. In 2019, a crash on "
                            + "the same road injured 30 people."), null, "s-crash"));
            tx.insert(new StoredArticle(article("crash-2", "Metro Daily", "Two dead as bus overturns",
                    LocalDate.of(2025, 4, 6), "Two people were killed when a bus overturned near Elmsford on "
                            + "Saturday, police said."), null, "s-crash"));
            List.of("s-fire", "s-essay", "s-crash").forEach(tx::refreshStory);
            return null;
        });
        web = Served.over(store);
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void theStoryPageSaysWhereAndWhenTheEventHappenedAndWhoSaysSo() throws Exception {
        Document page = web.page("/story/s-fire");
        var facts = page.select("header.story-head details.event-facts");
        assertThat(facts).hasSize(1);
        assertThat(facts.select(".fact-place").text()).startsWith("Portville");
        assertThat(facts.select(".fact-day time").attr("datetime")).isEqualTo("2025-03-08");
        assertThat(facts.select(".fact-day time").text()).isEqualTo("8 March 2025");
        assertThat(facts.select("summary").text()).as("the wire its dateline names, with who carried it")
                .contains("AP via Harbour Gazette").contains("Coast Radio");
        assertThat(facts.select("ul.fact-sources li").text()).as("the sentence it rests on, dateline stripped")
                .contains("A fire destroyed a warehouse in Portville").doesNotContain("(AP) —");
        assertThat(facts.select("ul.fact-sources a").attr("href")).startsWith("/article/fire-");
    }

    @Test
    void theEventLineSaysHowManyWereKilledAndInjuredNotTheTollOfAnEarlierCrash() throws Exception {
        var facts = web.page("/story/s-crash").select("details.event-facts");
        assertThat(facts.select(".fact-toll").eachText()).containsExactly("2", "14");
        assertThat(facts.select("summary").text()).contains("Killed 2 (Valley Courier and Metro Daily)")
                .contains("Injured 14 (Valley Courier)").doesNotContain("30");
        assertThat(facts.select("ul.fact-sources li").text()).contains("14 were injured");
        // "No one was hurt": no toll is made up
        assertThat(web.page("/story/s-fire").select(".fact-toll")).isEmpty();
    }

    @Test
    void aStoryWhoseArticlesSayNeitherShowsNoEventLine() throws Exception {
        Document page = web.page("/story/s-essay");
        assertThat(page.select("details.event-facts")).isEmpty();
        assertThat(page.select("h1").text()).isEqualTo("Why we read long essays");
    }

    private static Article article(String id, String outlet, String title, LocalDate day, String text) {
        return new Article(id, title, outlet, null, Published.ofDate(day), null, null, "en", List.of(), text, "test");
    }
}
