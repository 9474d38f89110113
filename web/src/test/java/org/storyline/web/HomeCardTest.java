package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * A story's card on the home page opens with the report its title comes from (the founding news report), its
 * dateline stripped, not with whatever was published last (often a later analysis under another headline).
 */
class HomeCardTest {

    @TempDir
    Path dir;

    @Test
    void theCardOpensWithTheReportItsTitleNames() throws Exception {
        ArticleStore store = SqliteArticleStore.open(dir);
        try (Served web = Served.over(store)) {
            store.transaction(tx -> {
                tx.insert(new StoredArticle(article("news", "Dock workers strike at Harwick port", 1,
                        "HARWICK, England (AP) — Dock workers walked out on Monday after pay talks broke down."), null,
                        "s-strike"));
                tx.insert(new StoredArticle(article("essay", "Why the Harwick strike matters for every port", 5,
                        "The strike is the latest sign that ports have run out of patience with automation."), null,
                        "s-strike"));
                tx.refreshStory("s-strike");
                return null;
            });
            var card = web.page("/").select(".story-card").first();
            assertThat(card.select("h2").text()).isEqualTo("Dock workers strike at Harwick port");
            assertThat(card.text()).contains("Dock workers walked out on Monday").doesNotContain("(AP) —")
                    .doesNotContain("run out of patience");
        }
    }

    private static Article article(String id, String title, int day, String text) {
        return new Article(id, title, "Coast News", null, Published.ofDate(LocalDate.of(2025, 7, day)), null, null,
                "en", List.of(), text, "test");
    }
}
