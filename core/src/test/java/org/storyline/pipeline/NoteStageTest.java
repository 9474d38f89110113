package org.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.enrich.analysis.ArticleNotes;
import org.storyline.model.Article;
import org.storyline.model.ArticleNote;
import org.storyline.model.Published;
import org.storyline.model.StoredArticle;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/** A store from before notes (or before their format) is noted a few articles at a time, nothing noted twice. */
class NoteStageTest {

    @TempDir
    Path dir;

    @Test
    void anOlderStoresArticlesGetTheirNotesAndCurrentNotesStay() {
        try (ArticleStore store = SqliteArticleStore.open(dir)) {
            List<Article> articles = new ArrayList<>();
            ArticleNote kept = new ArticleNote("OPINION", "section “Opinion”", "Written by the pipeline.");
            store.transaction(tx -> {
                for (int i = 0; i < 5; i++) {
                    Article a = article("a" + i, i == 3 ? "Opinion: Why the talks failed" : "Police detain seven in raid " + i);
                    articles.add(a);
                    tx.insert(new StoredArticle(a, null, "s1")); // as a store from before notes holds them
                }
                tx.putNote("a1", ArticleNotes.FORMAT, kept);
                tx.putNote("a2", ArticleNotes.FORMAT - 1, new ArticleNote("NEWS", "", "An older format's note."));
                return null;
            });
            NoteStage stage = new NoteStage(store);
            int stored = 0;
            for (int n = stage.run(2); n > 0; n = stage.run(2)) {
                stored += n;
            }
            assertThat(stored).as("a0, a2 (older format), a3, a4").isEqualTo(4);
            var notes = store.notes(articles.stream().map(Article::id).toList(), ArticleNotes.FORMAT);
            assertThat(notes).hasSize(5).containsEntry("a1", kept);
            ArticleNotes noting = new ArticleNotes();
            articles.stream().filter(a -> !a.id().equals("a1"))
                    .forEach(a -> assertThat(notes.get(a.id())).as(a.id()).isEqualTo(noting.of(a)));
            assertThat(notes.get("a3").genre()).isEqualTo("OPINION");
            assertThat(stage.run(2)).isZero();
            assertThat(new NoteStage(store).run(2)).as("a new process finds nothing left").isZero();
        }
    }

    private static Article article(String id, String title) {
        return new Article(id, title, "AP", null, Published.ofDate(LocalDate.of(2025, 7, 2)), null, null, "en",
                List.of(), "Police detained seven people on Monday in a raid on the offices of a news agency."
                + "\n\nThe interior ministry said the agency had worked without accreditation since February.", "x");
    }
}
