package org.storyline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Article;
import org.storyline.model.Passage;
import org.storyline.model.Published;

/**
 * Passages as children of their article and duplicate groups, on a real index: an article is found by a passage
 * its headline vector misses, once however many passages are near; a filter reaches the passages; a republished
 * copy and its original are one result, counted once, by keyword, by vector and without words.
 */
class PassageAndCopySearchTest {

    private static final String TEXT = "The talks opened in Baku. A plane was shot down near Aktau, officials said later.";

    @TempDir
    Path dir;

    @Test
    void aPassageFindsItsArticleOnceWhenTheHeadlineVectorDoesNot() {
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            Article talks = article("talks", "DW", TEXT, 1);
            int cut = TEXT.indexOf(" A plane") + 1;
            index.put(new IndexedArticle(talks, null, axis(4, 1), List.of(), List.of(
                    new Passage(0, cut - 1, axis(4, 1)),
                    new Passage(cut, TEXT.length(), axis(0, 1)),
                    new Passage(cut, TEXT.length(), axis(0, 0.95f)))));
            index.put(new IndexedArticle(article("other", "AP", "Markets rose.", 2), null, axis(8, 1), List.of(), List.of()));
            assertThat(index.size()).as("articles, not passages").isEqualTo(2);

            SearchResults found = index.search(null, axis(0, 1), SearchFilters.NONE, 10, 0);
            assertThat(found.hits()).extracting(SearchHit::articleId).containsExactly("talks");
            assertThat(found.matched()).isEqualTo(1);
            assertThat(found.hits().get(0).snippet()).as("the snippet starts at the matching passage")
                    .isEqualTo("A plane was shot down near Aktau, officials said later.");

            SearchFilters elsewhere = new SearchFilters("AP", null, null, null, null, null);
            assertThat(index.search(null, axis(0, 1), elsewhere, 10, 0).hits()).as("filters reach the passages").isEmpty();
            assertThat(index.search("markets", null, SearchFilters.NONE, 10, 0).hits())
                    .extracting(SearchHit::articleId).containsExactly("other");
            assertThat(index.search(null, null, SearchFilters.NONE, 10, 0).hits()).as("no passage listed as an article")
                    .extracting(SearchHit::articleId).containsExactly("other", "talks");

            index.put(IndexedArticle.of(talks, axis(4, 1), List.of())); // a new text: its passages are gone
            assertThat(index.search(null, axis(0, 1), SearchFilters.NONE, 10, 0).hits()).isEmpty();
        }
    }

    @Test
    void aCopyAndItsOriginalAreOneResultCountedOnce() {
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            index.put(new IndexedArticle(article("wire", "Wire", TEXT, 1), null, axis(0, 1), List.of(), List.of()));
            index.put(new IndexedArticle(article("copy", "Courier", TEXT, 2), "wire", axis(0, 0.99f), List.of(), List.of()));
            index.put(new IndexedArticle(article("own", "Radio", "A plane crashed in Kazakhstan.", 3), null, axis(0, 0.9f),
                    List.of(), List.of()));

            SearchResults keyword = index.search("plane", null, SearchFilters.NONE, 10, 0);
            assertThat(keyword.hits()).extracting(SearchHit::articleId).containsExactlyInAnyOrder("wire", "own");
            assertThat(keyword.matched()).isEqualTo(2);
            assertThat(keyword.hits()).filteredOn(h -> h.articleId().equals("wire")).extracting(SearchHit::copies)
                    .containsExactly(1);

            SearchResults hybrid = index.search("plane", axis(0, 1), SearchFilters.NONE, 10, 0);
            assertThat(hybrid.hits()).extracting(SearchHit::articleId).containsExactlyInAnyOrder("wire", "own");
            assertThat(hybrid.matched()).isEqualTo(2);

            SearchResults semantic = index.search(null, axis(0, 1), SearchFilters.NONE, 10, 0);
            assertThat(semantic.hits()).extracting(SearchHit::articleId).containsExactly("wire", "own");
            assertThat(semantic.matched()).isEqualTo(2);

            SearchResults listing = index.search(null, null, SearchFilters.NONE, 10, 0);
            assertThat(listing.hits()).extracting(SearchHit::articleId).as("newest member of each group")
                    .containsExactly("own", "copy");
            assertThat(listing.matched()).isEqualTo(2);
            assertThat(index.search(null, null, SearchFilters.NONE, 1, 1).hits()).extracting(SearchHit::articleId)
                    .containsExactly("copy");

            SearchResults onlyTheCopy = index.search("plane", null, new SearchFilters("Courier", null, null, null, null,
                    null), 10, 0);
            assertThat(onlyTheCopy.hits()).extracting(SearchHit::articleId).as("a copy matching alone is a result")
                    .containsExactly("copy");
            assertThat(onlyTheCopy.matched()).isEqualTo(1);
        }
    }

    @Test
    void aCopyThatTakesTheLeadRegroupsItsGroup() {
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            index.put(new IndexedArticle(article("first", "Wire", TEXT, 1), null, null, List.of(), List.of()));
            index.put(new IndexedArticle(article("fuller", "Courier", TEXT, 2), "first", null, List.of(), List.of()));
            assertThat(index.search("plane", null, SearchFilters.NONE, 10, 0).matched()).isEqualTo(1);
            index.put(new IndexedArticle(article("fuller", "Courier", TEXT, 2), null, null, List.of(), List.of()));
            assertThat(index.search("plane", null, SearchFilters.NONE, 10, 0).matched())
                    .as("two originals until the old one is put as a copy").isEqualTo(2);
            index.put(new IndexedArticle(article("first", "Wire", TEXT, 1), "fuller", null, List.of(), List.of()));
            SearchResults found = index.search("plane", null, SearchFilters.NONE, 10, 0);
            assertThat(found.matched()).isEqualTo(1);
            assertThat(found.hits()).hasSize(1);
        }
    }

    private static float[] axis(int axis, float weight) {
        float[] v = new float[16];
        v[axis] = weight;
        v[axis + 1] = (float) Math.sqrt(Math.max(0, 1 - weight * weight));
        return v;
    }

    private static Article article(String id, String outlet, String text, int day) {
        return new Article(id, "Report " + id, outlet, null, Published.ofDate(LocalDate.of(2025, 7, 1).plusDays(day)),
                null, null, "en", List.of(), text, "test");
    }
}
