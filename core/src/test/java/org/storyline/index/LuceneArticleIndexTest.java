package org.storyline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Article;

class LuceneArticleIndexTest {

    @TempDir
    Path dir;

    @Test
    void findsByStemsAndPhrasesAndMarksTheMatches() {
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            index.put(article("a1", "Sputnik staff detained in Baku", "Masked police raided the offices of Sputnik."));
            index.put(article("a2", "Trump says no progress", "The president spoke with Putin by phone on Thursday."));
            assertThat(ids(index, "raids sputnik")).containsExactly("a1");
            assertThat(ids(index, "\"spoke with Putin\"")).containsExactly("a2");
            assertThat(ids(index, "\"with spoke Putin\"")).isEmpty();
            assertThat(index.search("raided", 10).orElseThrow().get(0).snippet())
                    .contains(SearchHit.MATCH_START + "raided" + SearchHit.MATCH_END);
        }
    }

    @Test
    void replacingAnArticleKeepsOneDocumentAndBrokenSyntaxStillSearches() {
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            index.put(article("a1", "Old headline", "First version about Baku."));
            index.put(article("a1", "New headline", "Second version about Baku."));
            assertThat(index.size()).isEqualTo(1);
            assertThat(ids(index, "second")).containsExactly("a1");
            assertThat(ids(index, "\"baku")).containsExactly("a1");
            assertThat(index.search("(((", 10)).hasValueSatisfying(h -> assertThat(h).isEmpty());
        }
    }

    @Test
    void writesSurviveACommitAndReopen() {
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            index.put(article("a1", "Sputnik staff detained", "Police raided Sputnik."));
            index.commit();
        }
        try (LuceneArticleIndex again = LuceneArticleIndex.open(dir)) {
            assertThat(again.size()).isEqualTo(1);
            assertThat(LuceneArticleIndex.tryOpen(dir)).isEmpty(); // held by this process: another opener goes without
        }
    }

    private static List<String> ids(LuceneArticleIndex index, String query) {
        return index.search(query, 10).orElseThrow().stream().map(SearchHit::articleId).toList();
    }

    private static Article article(String id, String title, String text) {
        return new Article(id, title, "AP", null, null, null, null, "en", List.of(), text, "test");
    }
}
