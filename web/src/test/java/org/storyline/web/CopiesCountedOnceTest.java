package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.index.IndexedArticle;
import org.storyline.index.LuceneArticleIndex;
import org.storyline.model.Article;
import org.storyline.model.Published;
import org.storyline.model.StoredArticle;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/**
 * A republished copy counts once, with its original, in every place issue 15 lists: the story header, the home
 * card, the chart, coverage by outlet, the hashtag, entity and outlet pages, search (page and API), the feeds and
 * the API's {@code article_count}. One story of a wire original, its copy word for word under another outlet, and
 * a second outlet's own report; real store, entity stage, search index and server.
 */
class CopiesCountedOnceTest {

    private static final String WIRE_TEXT = "Dock workers in Harwick walked out on Monday, union leader Jane Roe said,"
            + " after talks on pay broke down. Roe said 400 workers joined the strike at the container port.";

    @TempDir
    static Path dir;
    private static Served web;

    @BeforeAll
    static void start() {
        ArticleStore store = SqliteArticleStore.open(dir.resolve("data"));
        LuceneArticleIndex index = LuceneArticleIndex.open(dir.resolve("index"));
        List<StoredArticle> articles = List.of(
                new StoredArticle(article("wire", "Wire Service", "Dock workers strike at Harwick port", 3, WIRE_TEXT),
                        null, "s-strike"),
                new StoredArticle(article("copy", "Daily Courier", "Dock workers strike at Harwick port", 4, WIRE_TEXT),
                        "wire", "s-strike"),
                new StoredArticle(article("own", "Coast Radio", "Harwick strike: ships wait offshore", 5,
                        "Ships queued off Harwick on Wednesday as the dock strike went on, union leader Jane Roe said."
                                + " Roe said 600 workers had now joined the strike."), null, "s-strike"));
        WithEntities.store(store, articles, "s-strike");
        // As the pipeline puts them: each with its duplicate group, so the index counts the group once.
        articles.forEach(a -> index.put(new IndexedArticle(a.article(), a.duplicateOf(), null, List.of(), List.of())));
        index.commit();
        web = Served.over(store, index);
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void storyHeaderCoverageAndChartCountTheCopyOnce() throws Exception {
        Document story = page("/story/s-strike");
        assertThat(story.select(".story-size").text()).startsWith("2 articles from").contains("1 republished copy");
        assertThat(story.select("section.coverage-list h2 .meta").text()).isEqualTo("2 articles");
        assertThat(story.select("li.row")).as("coverage rows: the originals").hasSize(2);
        assertThat(story.select("li.row ul.copies li")).as("the copy nested under its original").hasSize(1);
        assertThat(story.select("ul.legend li")).extracting(Element::text)
                .as("the chart: each original once, the copy's outlet not a series of its own")
                .containsExactlyInAnyOrder("Wire Service (1)", "Coast Radio (1)");
        assertThat(story.select("details.coverage summary")).extracting(Element::text).as("coverage by outlet")
                .isNotEmpty().noneMatch(t -> t.contains("Daily Courier"));
    }

    @Test
    void homeCardAndApiCountTheCopyApart() throws Exception {
        assertThat(page("/").select(".story-card").text()).contains("2 articles (+1 copy)");
        JsonNode s = api("/api/stories/s-strike");
        assertThat(s.get("article_count").asInt()).isEqualTo(2);
        assertThat(s.get("copy_count").asInt()).isEqualTo(1);
    }

    @Test
    void hashtagEntityAndOutletPagesListTheCopyOnce() throws Exception {
        assertThat(page("/hashtag/HarwickStrike").select("ol.listing > li")).extracting(Element::text)
                .as("hashtag page: the two originals").hasSize(2).noneMatch(t -> t.contains("Daily Courier"));
        Document entity = page(page("/story/s-strike").select("a[href^=/entity/]").stream()
                .filter(a -> a.text().equals("Jane Roe")).findFirst().orElseThrow().attr("href"));
        assertThat(entity.select("section.outlet li")).extracting(Element::text).as("entity page")
                .hasSize(2).noneMatch(t -> t.contains("Daily Courier"));
        assertThat(page("/outlet/Daily%20Courier").select("p.meta").first().text()).as("the republisher's page")
                .isEqualTo("0 articles and 1 republished copy in 1 story");
        assertThat(page("/outlet/Wire%20Service").select("p.meta").first().text()).isEqualTo("1 article in 1 story");
    }

    @Test
    void searchPageAndApiFoldTheCopyIntoItsOriginal() throws Exception {
        Document search = page("/search?q=strike&mode=keyword");
        assertThat(search.select("ol.listing > li")).hasSize(2);
        assertThat(search.select("ol.listing > li").text()).contains("republished by 1 outlet");
        assertThat(search.select("p.meta").first().text()).startsWith("2 articles for");
        JsonNode found = api("/api/search?q=strike&mode=keyword");
        assertThat(found.get("items")).extracting(i -> i.get("id").asText()).containsExactlyInAnyOrder("wire", "own");
        assertThat(found.get("matched").asInt()).as("the copy is not a second match").isEqualTo(2);
        assertThat(found.get("items")).filteredOn(i -> i.get("id").asText().equals("wire"))
                .extracting(i -> i.get("copies_matched").asInt()).containsExactly(1);
        JsonNode onePerPage = api("/api/search?q=strike&mode=keyword&limit=1");
        JsonNode next = api("/api/search?q=strike&mode=keyword&limit=1&offset=1");
        assertThat(List.of(onePerPage.get("items").get(0).get("id").asText(), next.get("items").get(0).get("id").asText()))
                .as("pages of one: each group once across pages").containsExactlyInAnyOrder("wire", "own");
        assertThat(api("/api/search?q=strike&mode=keyword&limit=1&offset=2").get("items")).isEmpty();
        JsonNode copyOnly = api("/api/search?q=strike&mode=keyword&outlet=Daily%20Courier");
        assertThat(copyOnly.get("matched").asInt()).isEqualTo(1);
    }

    @Test
    void feedsCarryTheOriginalOnly() throws Exception {
        for (String feed : List.of("/story/s-strike/feed.json", "/hashtag/HarwickStrike/feed.json",
                "/search/feed.json?q=strike&mode=keyword")) {
            assertThat(api(feed).get("items")).extracting(i -> i.get("id").asText()).as(feed)
                    .doesNotContain("copy").isNotEmpty();
        }
    }

    private static Document page(String path) throws Exception {
        return web.page(path);
    }

    private static JsonNode api(String path) throws Exception {
        return web.json(path);
    }

    private static Article article(String id, String outlet, String title, int day, String text) {
        return new Article(id, title, outlet, null, Published.ofDate(LocalDate.of(2025, 7, day)), null, null, "en",
                List.of("HarwickStrike"), text, "test");
    }
}
