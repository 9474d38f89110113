package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.index.LuceneArticleIndex;
import org.storyline.model.Article;
import org.storyline.model.Published;
import org.storyline.model.StoredArticle;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/**
 * Every page a reader sees writes dates one way, "3 July 2025" (a span "3–4 July 2025"): home, story, hashtag,
 * outlet, search, an article's lists and What's new; only the article's own header adds the time it was published.
 * Nothing reads "03-07-2025", "2025-07-03", "July 3" or "21:00 UTC" in a list. Real store, index and server.
 */
class OneDateFormatTest {

    /** Any date written otherwise: numeric forms, month first, or a time of day. */
    private static final Pattern OTHER_DATE = Pattern.compile(
            "\\b\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{2,4}\\b|\\b(?:January|February|March|April|May|June|July|August|September"
                    + "|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\.? \\d{1,2}\\b|\\d{1,2}:\\d{2}");

    @TempDir
    static Path dir;
    private static ArticleStore store;
    private static Served web;

    @BeforeAll
    static void start() {
        store = SqliteArticleStore.open(dir.resolve("data"));
        LuceneArticleIndex index = LuceneArticleIndex.open(dir.resolve("index"));
        // Published at a known time of day, as a feed gives it, and one by its day alone.
        Article evening = article("evening", "Evening Post", "Port talks resume late into the night",
                new Published(Instant.parse("2025-07-03T21:00:00Z"), ChronoUnit.MINUTES, false));
        Article morning = article("morning", "Morning Star", "Port talks: a deal by Friday, says union",
                Published.ofDate(LocalDate.of(2025, 7, 4)));
        store.transaction(tx -> {
            tx.insert(new StoredArticle(evening, null, "s-talks"));
            tx.insert(new StoredArticle(morning, null, "s-talks"));
            tx.refreshStory("s-talks");
            return null;
        });
        index.put(evening);
        index.put(morning);
        index.commit();
        web = Served.over(store, index);
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void listingsWriteEachDateAsDayMonthYear() throws Exception {
        Visitor reader = new Visitor(web.base(), 40);
        for (String path : List.of("/", "/story/s-talks", "/hashtag/PortTalks", "/outlet/Evening%20Post",
                "/search?q=port&mode=keyword")) {
            String text = text(reader, path);
            assertThat(text).as(path).contains(path.equals("/") ? "4 July 2025" : "3 July 2025");
            assertThat(otherDates(text)).as(path).isEmpty();
        }
        assertThat(text(reader, "/story/s-talks")).contains("3–4 July 2025");
    }

    @Test
    void theArticleHeaderAddsTheTimeAndItsListsDoNot() throws Exception {
        Visitor reader = new Visitor(web.base(), 41);
        var page = Jsoup.parse(reader.get("/article/morning").body());
        assertThat(page.select("main p.meta").first().text()).contains("4 July 2025");
        assertThat(page.select("main li").text()).as("the related article, by its day")
                .contains("Evening Post · 3 July 2025").doesNotContain("21:00");
        assertThat(Jsoup.parse(reader.get("/article/evening").body()).select("main p.meta").first().text())
                .contains("3 July 2025, 21:00 UTC");
    }

    @Test
    void whatsNewWritesDatesTheSameWay() throws Exception {
        Visitor reader = new Visitor(web.base(), 42);
        reader.post("/signup", Map.of("name", "Dates Reader", "password", "a long dates password",
                "password2", "a long dates password"));
        assertThat(reader.post("/follow", Map.of("kind", "hashtag", "key", "PortTalks")).statusCode()).isEqualTo(303);
        Article late = article("late", "Evening Post", "Port talks: deal signed at dawn",
                new Published(Instant.parse("2025-07-05T05:30:00Z"), ChronoUnit.MINUTES, false));
        store.transaction(tx -> {
            tx.insert(new StoredArticle(late, null, "s-talks"));
            tx.refreshStory("s-talks");
            return null;
        });
        String text = text(reader, "/following");
        assertThat(text).contains("Port talks: deal signed at dawn").contains("5 July 2025");
        // The time of the reader's last visit is a visit's, not an article's: it is the one time shown.
        assertThat(otherDates(text.replaceFirst("since your last visit, [^.]*UTC\\.", ""))).isEmpty();
    }

    private static String text(Visitor reader, String path) throws Exception {
        var response = reader.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        var page = Jsoup.parse(response.body());
        page.select("svg").remove(); // the chart's axis labels days compactly ("3 Jul"); its table says them in full
        return page.select("main").text();
    }

    private static List<String> otherDates(String text) {
        Matcher m = OTHER_DATE.matcher(text);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Article article(String id, String outlet, String title, Published published) {
        return new Article(id, title, outlet, null, published, null, null, "en", List.of("PortTalks"),
                "Talks on dock workers' pay went on at the port. The union said a deal was close.", "test");
    }
}
