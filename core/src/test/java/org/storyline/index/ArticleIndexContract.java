package org.storyline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;

/**
 * What every {@link ArticleIndex} must do; an implementation's test extends this and says how to open one (in
 * core's test jar, so an index module beside core runs the same checks against its real server).
 */
public abstract class ArticleIndexContract {

    /** A new, empty index. */
    protected abstract ArticleIndex newIndex();

    /** The same index opened again after {@code index} was closed (the durable state). */
    protected abstract ArticleIndex reopen(ArticleIndex index);

    @Test
    void findsByWordsAndPhrasesAndAPutReplacesTheArticle() {
        try (ArticleIndex index = newIndex()) {
            index.put(article("a1", "Sputnik staff detained in Baku", "Masked police raided the offices."), null, List.of());
            index.put(article("a2", "Trump says no progress", "The president spoke with Putin by phone."), null, List.of());
            index.put(article("a2", "Trump says no progress", "The president spoke with Putin on Thursday."), null,
                    List.of());
            index.commit(2);
            assertThat(index.size()).isEqualTo(2);
            assertThat(ids(index, "raided")).containsExactly("a1");
            assertThat(ids(index, "\"spoke with Putin\"")).containsExactly("a2");
            assertThat(ids(index, "thursday")).containsExactly("a2");
            assertThat(index.search("", null, SearchFilters.NONE, 10, 0)).isNotNull();
        }
    }

    @Test
    void nearestByEmbeddingAndTheEntityFilter() {
        try (ArticleIndex index = newIndex()) {
            index.put(article("a1", "Quake in the east", "The ground shook."), axis(0), List.of("place:aceh"));
            index.put(article("a2", "Floods in the south", "Rivers rose."), axis(1), List.of("place:java"));
            index.put(article("a3", "Aftershocks follow", "More shaking."), near(0), List.of("place:aceh"));
            index.commit(3);
            assertThat(index.hasVectors()).isTrue();
            assertThat(index.similar(axis(0), 2, Set.of("a1"))).first().isEqualTo("a3");
            SearchFilters aceh = new SearchFilters(null, null, null, null, null, "place:aceh");
            assertThat(index.search("", null, aceh, 10, 0).hits()).extracting(SearchHit::articleId)
                    .containsExactlyInAnyOrder("a1", "a3");
        }
    }

    @Test
    void theWatermarkSurvivesAReopenAndClearEmptiesTheIndex() {
        ArticleIndex index = newIndex();
        assertThat(index.watermark()).isEqualTo(-1);
        index.put(article("a1", "Sputnik staff detained", "Police raided Sputnik."), null, List.of());
        index.commit(41);
        ArticleIndex again = reopen(index);
        assertThat(again.watermark()).isEqualTo(41);
        assertThat(again.size()).isEqualTo(1);
        again.clear();
        again.commit(0);
        assertThat(again.size()).isZero();
        again.close();
    }

    private static List<String> ids(ArticleIndex index, String query) {
        return index.search(query, 10).orElseThrow().stream().map(SearchHit::articleId).toList();
    }

    private static float[] axis(int i) {
        float[] v = new float[384];
        v[i] = 1;
        return v;
    }

    private static float[] near(int i) {
        float[] v = axis(i);
        v[i + 2] = 0.2f;
        return v;
    }

    private static Article article(String id, String title, String text) {
        return new Article(id, title, "AP", null, null, null, null, "en", List.of(), text, "test");
    }
}
