package org.storyline.index.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storyline.index.ArticleIndex;
import org.storyline.index.SearchFilters;
import org.storyline.model.Article;

/** What only the OpenSearch index has to get right: analysis, schema, dimensions, several writers, no server. */
@ExtendWith(SharedOpenSearch.class)
class OpenSearchArticleIndexTest {

    private static URI endpoint;
    private static OpenSearchHttp http;

    @BeforeAll
    static void node(URI node) {
        endpoint = node;
        http = new OpenSearchHttp(node, Duration.ofSeconds(30));
    }

    @Test
    void openSearchsEnglishAnalyserMakesTheEmbeddedIndexsTokens() throws IOException {
        try (EnglishAnalyzer lucene = new EnglishAnalyzer()) {
            for (EcbPlusCorpus.Entry e : EcbPlusCorpus.load().subList(0, 30)) {
                String text = e.article().title() + "\n\n" + e.article().text();
                var request = OpenSearchHttp.JSON.createObjectNode().put("analyzer", "english").put("text", text);
                List<String> remote = new ArrayList<>();
                OpenSearchHttp.expectOk(http.post("/_analyze", request), "analyse").path("tokens")
                        .forEach(t -> remote.add(t.path("token").asText()));
                assertThat(remote).as(e.article().id()).isNotEmpty().isEqualTo(tokens(lucene, text));
            }
        }
    }

    @Test
    void anIndexOfAnotherSchemaOpensEmptyWithoutAWatermark() {
        String name = SharedOpenSearch.indexName("old");
        var old = OpenSearchHttp.JSON.createObjectNode();
        old.putObject("mappings").putObject("_meta").put("schema", "0");
        OpenSearchHttp.expectOk(http.put("/" + name, old), "old index");
        OpenSearchHttp.expectOk(http.put("/" + name + "/_doc/x?refresh=true", "{\"title\":\"old\"}"), "old doc");
        OpenSearchHttp.expectOk(http.put("/" + name + "-state/_doc/watermark", "{\"watermark\":5}"), "old watermark");
        try (ArticleIndex index = OpenSearchArticleIndex.open(OpenSearchConfig.of(endpoint, name))) {
            assertThat(index.size()).isZero();
            assertThat(index.watermark()).isEqualTo(-1);
        }
    }

    @Test
    void anIndexStorylineDidNotWriteIsLeftAlone() {
        String name = SharedOpenSearch.indexName("foreign");
        OpenSearchHttp.expectOk(http.put("/" + name + "/_doc/x?refresh=true", "{\"title\":\"theirs\"}"), "their doc");
        assertThatThrownBy(() -> OpenSearchArticleIndex.open(OpenSearchConfig.of(endpoint, name)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("did not create");
        assertThat(OpenSearchHttp.expectOk(http.get("/" + name + "/_count"), "count").path("count").asInt()).isEqualTo(1);
    }

    @Test
    void theFirstEmbeddingFixesTheDimensionUntilTheIndexIsCleared() {
        try (ArticleIndex index = OpenSearchArticleIndex.open(OpenSearchConfig.of(endpoint, SharedOpenSearch.indexName("dims")))) {
            index.put(article("zero", "Nothing"), new float[8], List.of()); // a zero vector is no embedding
            index.commit(1);
            assertThat(index.hasVectors()).isFalse();
            index.put(article("a1", "Bank fire"), new float[] {1, 0, 0, 0}, List.of());
            assertThatThrownBy(() -> index.put(article("a2", "Riot"), new float[] {1, 0, 0}, List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 dimensions")
                    .hasMessageContaining("holds 4");
            index.commit(2);
            assertThat(index.hasVectors()).isTrue();
            assertThat(index.similar(new float[] {2, 0, 0, 0}, 3, java.util.Set.of())).containsExactly("a1");
            index.clear();
            assertThat(index.hasVectors()).isFalse();
            index.put(article("a2", "Riot"), new float[] {1, 0, 0}, List.of()); // another model after a rebuild
            index.commit(3);
            assertThat(index.similar(new float[] {1, 0, 0}, 3, java.util.Set.of())).containsExactly("a2");
        }
    }

    @Test
    void twoWritersPuttingTheSameArticlesLeaveOneDocumentEach() throws Exception {
        OpenSearchConfig config = OpenSearchConfig.of(endpoint, SharedOpenSearch.indexName("writers"));
        List<EcbPlusCorpus.Entry> corpus = EcbPlusCorpus.load();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                boolean reversed = w == 1;
                done.add(pool.submit(() -> {
                    try (ArticleIndex index = OpenSearchArticleIndex.open(config)) {
                        List<EcbPlusCorpus.Entry> order = new ArrayList<>(corpus);
                        if (reversed) {
                            java.util.Collections.reverse(order);
                        }
                        order.forEach(e -> index.put(e.article(), e.vector(), e.entities()));
                        index.commit(corpus.size());
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        try (ArticleIndex index = OpenSearchArticleIndex.open(config)) {
            assertThat(index.size()).isEqualTo(corpus.size());
            assertThat(index.search(null, null, new SearchFilters(null, null, null, "topic8", null, null), 200, 0)
                    .matched()).isEqualTo(corpus.stream().filter(e -> e.article().hashtags().contains("topic8")).count());
        }
    }

    @Test
    void noServerIsAClearErrorAfterTheRetryTime() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        OpenSearchConfig config = OpenSearchConfig.of(URI.create("http://127.0.0.1:" + closed), "none")
                .withRetryFor(Duration.ofMillis(500));
        assertThatThrownBy(() -> OpenSearchArticleIndex.open(config)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("OpenSearch at http://127.0.0.1:" + closed).hasMessageContaining("did not answer");
        assertThatThrownBy(() -> OpenSearchConfig.of(endpoint, "Bad Name")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anErrorAnswerCarriesOpenSearchsOwnReason() {
        // A 4xx is not retried: it fails at once, with what was asked and what OpenSearch said.
        JsonNode root = OpenSearchHttp.expectOk(http.get("/"), "root");
        assertThat(root.path("version").path("number").asText()).startsWith("3.5");
        assertThatThrownBy(() -> OpenSearchHttp.expectOk(http.get("/no-such-index/_doc/x"), "reading x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("reading x failed with HTTP 404")
                .hasMessageContaining("index_not_found_exception");
    }

    private static List<String> tokens(EnglishAnalyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }

    private static Article article(String id, String title) {
        return new Article(id, title, "AP", null, null, null, null, "en", List.of(), title + ".", "test");
    }
}
