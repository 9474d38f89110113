package org.storyline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Article;

/** A second process searches the index another one writes: it sees the writer's commits, and never writes. */
class ReadOnlyIndexTest {

    @TempDir
    Path dir;

    @Test
    void aReadOnlyIndexSeesTheWritersCommitsAndRefusesWrites() throws Exception {
        assertThat(LuceneArticleIndex.openReadOnly(dir.resolve("none"))).as("nothing committed there yet").isEmpty();
        try (LuceneArticleIndex writer = LuceneArticleIndex.open(dir)) {
            writer.put(article("a1", "Sputnik staff detained in Baku"), null, List.of());
            writer.commit(7);
            try (LuceneArticleIndex reader = LuceneArticleIndex.openReadOnly(dir).orElseThrow()) {
                assertThat(reader.readOnly()).isTrue();
                assertThat(ids(reader, "sputnik")).containsExactly("a1");
                assertThat(reader.watermark()).isEqualTo(7);

                writer.put(article("a2", "Sputnik editors released"), null, List.of());
                writer.commit(9);
                long deadline = System.nanoTime() + 20_000_000_000L;
                while (ids(reader, "sputnik").size() < 2 && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertThat(ids(reader, "sputnik")).containsExactlyInAnyOrder("a1", "a2");
                assertThat(reader.watermark()).isEqualTo(9);
                assertThatThrownBy(() -> reader.put(article("a3", "x"), null, List.of()))
                        .hasMessageContaining("read-only");
                assertThatThrownBy(() -> reader.commit(10)).hasMessageContaining("read-only");
            }
        }
    }

    private static List<String> ids(ArticleIndex index, String query) {
        return index.search(query, null, SearchFilters.NONE, 10, 0).hits().stream().map(SearchHit::articleId).toList();
    }

    private static Article article(String id, String title) {
        return new Article(id, title, "AP", null, null, null, null, "en", List.of(), title + ".", "test");
    }
}
