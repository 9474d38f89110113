package org.storyline.index.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.storyline.index.ArticleIndex;
import org.storyline.index.SearchFilters;
import org.storyline.index.SearchHit;
import org.storyline.index.LuceneArticleIndex;
import org.storyline.index.SearchResults;

/**
 * The OpenSearch index answers as the embedded Lucene index does: the same 104 real articles in both, then the
 * same searches (words, phrases with stop words, operators, hostile syntax, filters, pages, hybrid, neighbours)
 * must give the same ids in the same order, the same counts and the same snippets.
 */
@ExtendWith(SharedOpenSearch.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSearchParityTest {

    private static final List<EcbPlusCorpus.Entry> CORPUS = EcbPlusCorpus.load();
    private Path luceneDir;
    private LuceneArticleIndex lucene;
    private ArticleIndex opensearch;

    @BeforeAll
    void bothIndexes(URI endpoint) throws Exception {
        luceneDir = Files.createTempDirectory("parity-lucene");
        lucene = LuceneArticleIndex.open(luceneDir);
        opensearch = OpenSearchArticleIndex.open(OpenSearchConfig.of(endpoint, SharedOpenSearch.indexName("parity")));
        for (EcbPlusCorpus.Entry e : CORPUS) {
            lucene.put(e.article(), e.vector(), e.entities());
            opensearch.put(e.article(), e.vector(), e.entities());
        }
        lucene.commit(CORPUS.size());
        opensearch.commit(CORPUS.size());
    }

    @AfterAll
    void close() throws Exception {
        lucene.close();
        opensearch.close();
        try (Stream<Path> files = Files.walk(luceneDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static Stream<String> queries() {
        return Stream.of("bank", "Molotov cocktail", "\"molotov cocktail\"", "\"killed in the shooting\"",
                "shooting -school", "riot OR riots", "police AND (shot OR killed)", "contract offer",
                "e-mail", "U.S.", "the", "stray bullet girl", "Athens bank fire employees", "+baseball -yankees",
                "/a{1,99999}/ bank*", "title:bank", "\"unclosed phrase", "(((", "NOT bank", "Baku");
    }

    @ParameterizedTest
    @MethodSource("queries")
    void keywordSearchRanksAlike(String query) {
        Optional<List<SearchHit>> expected = lucene.search(query, 20);
        Optional<List<SearchHit>> actual = opensearch.search(query, 20);
        assertThat(actual.isPresent()).isEqualTo(expected.isPresent());
        if (expected.isPresent()) {
            assertThat(ids(actual.get())).as(query).isEqualTo(ids(expected.get()));
            assertThat(actual.get()).extracting(SearchHit::snippet).as(query)
                    .isEqualTo(expected.get().stream().map(SearchHit::snippet).toList());
        }
    }

    static Stream<Arguments> hybrid() {
        SearchFilters none = SearchFilters.NONE;
        return Stream.of(
                Arguments.of("bank fire", "bank fire Athens", none, 0),
                Arguments.of("shooting", "workplace shooting gunman", new SearchFilters("reuters", null, null, null, null, null), 0),
                Arguments.of("police", "riot police", new SearchFilters(null, LocalDate.of(2025, 1, 5),
                        LocalDate.of(2025, 1, 20), null, null, null), 0),
                Arguments.of("killed", null, new SearchFilters(null, null, null, "#Topic33", null, null), 0),
                Arguments.of(null, "contract offer pitcher", new SearchFilters(null, null, null, null, "DE", null), 0),
                Arguments.of("police", "riot police", none, 10),
                Arguments.of(null, null, new SearchFilters("dw", null, null, null, null, null), 5),
                Arguments.of(null, null, new SearchFilters(null, null, null, null, null, "topic:8"), 0),
                Arguments.of("", null, none, 95));
    }

    @ParameterizedTest
    @MethodSource("hybrid")
    void hybridSearchFusesAlike(String query, String vectorText, SearchFilters filters, int offset) {
        float[] vector = vectorText == null ? null : EcbPlusCorpus.embed(vectorText);
        SearchResults expected = lucene.search(query, vector, filters, 10, offset);
        SearchResults actual = opensearch.search(query, vector, filters, 10, offset);
        assertThat(ids(actual.hits())).isEqualTo(ids(expected.hits()));
        assertThat(actual.hits()).extracting(SearchHit::snippet).isEqualTo(
                expected.hits().stream().map(SearchHit::snippet).toList());
        assertThat(actual.more()).isEqualTo(expected.more());
        assertThat(actual.matched()).isEqualTo(expected.matched());
    }

    @Test
    void neighboursAreTheSame() {
        for (EcbPlusCorpus.Entry e : CORPUS.subList(0, 20)) {
            Set<String> self = Set.of(e.article().id());
            assertThat(opensearch.similar(e.vector(), 5, self)).as(e.article().id())
                    .isEqualTo(lucene.similar(e.vector(), 5, self));
        }
        assertThat(opensearch.similar(new float[3], 5, Set.of())).isEmpty(); // another model's length
        assertThat(opensearch.hasVectors()).isTrue();
        assertThat(opensearch.size()).isEqualTo(lucene.size()).isEqualTo(CORPUS.size());
    }

    private static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::articleId).toList();
    }
}
