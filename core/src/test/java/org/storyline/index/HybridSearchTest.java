package org.storyline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Article;
import org.storyline.model.Published;

/** Keyword and semantic rankings fused, filters, paging and neighbours on a real index. */
class HybridSearchTest {

    @TempDir
    Path dir;

    @Test
    void semanticNeighboursJoinKeywordMatchesAndBothRankFirst() {
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            index.put(article("kw", "Sputnik offices raided", "Police raided the offices in Baku.", "AP", "en", 1), axis(0, 1));
            index.put(article("both", "Raid on Sputnik bureau", "Officers raided the bureau.", "AP", "en", 2), axis(0, 0.9f));
            index.put(article("sem", "Journalists detained in Azerbaijan", "Two editors were held.", "AP", "en", 3), axis(0, 0.8f));
            index.put(article("far", "Football results", "The match ended in a draw.", "AP", "en", 4), axis(5, 1));
            SearchResults results = index.search("raided", axis(0, 1), SearchFilters.NONE, 10, 0);
            List<String> ids = results.hits().stream().map(SearchHit::articleId).toList();
            assertThat(ids).containsExactlyInAnyOrder("kw", "both", "sem").doesNotContain("far");
            assertThat(ids.get(2)).isEqualTo("sem"); // found by one ranking only
            assertThat(results.hits().get(0).snippet()).contains(SearchHit.MATCH_START + "raided" + SearchHit.MATCH_END);
            assertThat(results.hits().get(2).snippet()).isEqualTo("Two editors were held.");
        }
    }

    @Test
    void filtersNarrowBothRankingsAndPagesFollowEachOther() {
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            for (int i = 0; i < 25; i++) {
                index.put(article("a" + i, "Baku talks " + i, "Talks in Baku went on.", i % 2 == 0 ? "Reuters" : "DW",
                        i % 5 == 0 ? "ru" : "en", i), axis(0, 1));
            }
            SearchFilters reuters = new SearchFilters("reuters", null, null, null, null, null);
            var first = index.search("baku", axis(0, 1), reuters, 5, 0);
            var second = index.search("baku", axis(0, 1), reuters, 5, 5);
            var last = index.search("baku", axis(0, 1), reuters, 5, 10);
            assertThat(first.more()).isTrue();
            assertThat(last.more()).isFalse();
            assertThat(last.hits()).hasSize(3);
            assertThat(first.hits()).extracting(SearchHit::articleId).doesNotContainAnyElementsOf(
                    second.hits().stream().map(SearchHit::articleId).toList());
            assertThat(ids(index.search("baku", null, new SearchFilters(null, null, null, null, "RU", null), 50, 0)))
                    .containsExactlyInAnyOrder("a0", "a5", "a10", "a15", "a20");
            assertThat(ids(index.search("baku", null, new SearchFilters(null, LocalDate.of(2025, 7, 3),
                    LocalDate.of(2025, 7, 4), null, null, null), 50, 0))).containsExactlyInAnyOrder("a2", "a3");
            assertThat(ids(index.search(null, null, new SearchFilters(null, null, null, "#TAG3", null, null), 50, 0)))
                    .containsExactly("a3");
            assertThat(ids(index.search(null, null, new SearchFilters(null, null, null, null, null, "person:x"), 5, 0)))
                    .isEmpty();
            assertThat(ids(index.search(null, null, new SearchFilters("dw", null, null, null, null, null), 3, 0)))
                    .containsExactly("a23", "a21", "a19"); // without words: newest first
        }
    }

    @Test
    void entitiesGivenToTheIndexAreFilterable() {
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            index.put(article("a1", "Aliyev speaks", "Text.", "AP", "en", 1), null, List.of("person:ilham-aliyev"));
            index.put(article("a2", "Putin speaks", "Text.", "AP", "en", 2), null, List.of("person:vladimir-putin"));
            assertThat(ids(index.search("speaks", null, new SearchFilters(null, null, null, null, null,
                    "person:ilham-aliyev"), 5, 0))).containsExactly("a1");
        }
    }

    @Test
    void similarLeavesOutExcludedAndDistantArticles() {
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            index.put(article("self", "A", "a", "AP", "en", 1), axis(1, 1));
            index.put(article("near", "B", "b", "AP", "en", 2), axis(1, 0.9f));
            index.put(article("nearer", "C", "c", "AP", "en", 3), axis(1, 0.95f));
            index.put(article("far", "D", "d", "AP", "en", 4), axis(7, 1));
            index.put(article("novector", "E", "e", "AP", "en", 5));
            assertThat(index.similar(axis(1, 1), 5, Set.of("self"))).containsExactly("nearer", "near");
        }
    }

    @Test
    void anIndexOfAnOlderSchemaOpensEmptySoItIsRebuilt() throws Exception {
        var config = new org.apache.lucene.index.IndexWriterConfig();
        try (var old = new org.apache.lucene.index.IndexWriter(org.apache.lucene.store.FSDirectory.open(dir), config)) {
            old.addDocument(new org.apache.lucene.document.Document());
            old.commit();
        }
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            assertThat(index.size()).isZero();
            index.put(article("a", "A", "a", "AP", "en", 1));
            index.commit();
        }
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            assertThat(index.size()).isEqualTo(1);
        }
    }

    /** A unit-ish vector near axis {@code axis}: weight on it, the rest spread over the next axis. */
    private static float[] axis(int axis, float weight) {
        float[] v = new float[16];
        v[axis] = weight;
        v[axis + 1] = (float) Math.sqrt(Math.max(0, 1 - weight * weight));
        return v;
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::articleId).toList();
    }

    private static Article article(String id, String title, String text, String outlet, String language, int day) {
        return new Article(id, title, outlet, null, Published.ofDate(LocalDate.of(2025, 7, 1).plusDays(day)), null,
                null, language, List.of("tag" + id.substring(1)), text, "test");
    }
}
