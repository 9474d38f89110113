package org.storyline.index.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.index.ArticleIndex;

/**
 * OpenSearch unavailable for a while: its node is killed with SIGKILL (no flush, as a crashed machine) and
 * started again on the same data. Afterwards every article is indexed exactly once, counted against the input,
 * and the watermark is the last one committed. This class starts a node of its own, since it kills it.
 */
class OpenSearchOutageTest {

    private static final List<EcbPlusCorpus.Entry> CORPUS = EcbPlusCorpus.load();
    private static OpenSearchProcess node;

    @BeforeAll
    static void start() {
        node = OpenSearchProcess.start("outage");
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    /**
     * Two clients through one outage: one that gives up after 2 s (its failure must be clear, its writes kept
     * and sent once the node is back), one that waits (the default 2 minutes) and keeps writing batches through
     * the kill and the restart.
     */
    @Test
    void afterTheNodeDiedAndCameBackEveryArticleIsIndexedOnce() throws Exception {
        OpenSearchConfig waiting = OpenSearchConfig.of(node.endpoint(), "gives-up").withRetryFor(Duration.ofSeconds(2));
        OpenSearchConfig through = OpenSearchConfig.of(node.endpoint(), "waits");
        try (ArticleIndex index = OpenSearchArticleIndex.open(waiting)) {
            putAll(index, 0, 60);
            index.commit(60);
            putAll(index, 40, CORPUS.size()); // 20 again (as a follower replays), 44 new: all still in the client
            Writer writer = new Writer(OpenSearchArticleIndex.open(through));
            writer.start();
            assertThat(writer.committed.await(2, TimeUnit.MINUTES)).isTrue();

            node.kill(); // the writer is mid-stream: a bulk or a watermark may be in flight
            assertThat(writer.isAlive()).as("the writer had not finished before the kill").isTrue();
            assertThatThrownBy(() -> index.commit(CORPUS.size())).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("did not answer").hasMessageContaining("within 2 s");
            assertThatThrownBy(index::watermark).isInstanceOf(UncheckedIOException.class);
            node.startAgain();

            assertThat(index.watermark()).isEqualTo(60); // acknowledged before the kill: durable
            index.commit(CORPUS.size()); // the writes kept waiting in the client go out now
            assertThat(index.watermark()).isEqualTo(CORPUS.size());
            assertIndexedOnce(waiting.index());
            assertThat(index.search("\"molotov cocktail\"", 10).orElseThrow()).isNotEmpty();
            writer.join(TimeUnit.MINUTES.toMillis(3));
            assertThat(writer.isAlive()).isFalse();
            assertThat(writer.failure.get()).isNull();
        }
        try (ArticleIndex index = OpenSearchArticleIndex.open(through)) {
            assertThat(index.watermark()).isEqualTo(CORPUS.size());
            assertIndexedOnce(through.index());
        }
    }

    /** Writes the corpus in batches of 4, each batch repeating the one before (a follower after a crash does). */
    private static final class Writer extends Thread {
        final CountDownLatch committed = new CountDownLatch(3);
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final ArticleIndex index;

        Writer(ArticleIndex index) {
            super("outage-writer");
            this.index = index;
        }

        @Override
        public void run() {
            int batch = 4;
            try (index) {
                for (int from = 0; from < CORPUS.size(); from += batch) {
                    putAll(index, Math.max(0, from - batch), Math.min(CORPUS.size(), from + batch));
                    index.commit(Math.min(CORPUS.size(), from + batch));
                    committed.countDown();
                }
            } catch (Throwable e) {
                failure.set(e);
            }
        }
    }

    private static void putAll(ArticleIndex index, int from, int to) {
        for (EcbPlusCorpus.Entry e : CORPUS.subList(from, to)) {
            index.put(e.article(), e.vector(), e.entities());
        }
    }

    /** One document per input article: as many documents as articles, and no article id on two of them. */
    private static void assertIndexedOnce(String indexName) throws Exception {
        JsonNode count = get(indexName + "/_count");
        assertThat(count.path("count").asInt()).isEqualTo(CORPUS.size());
        String twice = "{\"size\":0,\"aggs\":{\"twice\":{\"terms\":{\"field\":\"id\",\"min_doc_count\":2,\"size\":10}},"
                + "\"ids\":{\"cardinality\":{\"field\":\"id\",\"precision_threshold\":1000}}}}";
        JsonNode aggs = post(indexName + "/_search", twice).path("aggregations");
        assertThat(aggs.path("twice").path("buckets")).isEmpty();
        assertThat(aggs.path("ids").path("value").asInt()).isEqualTo(CORPUS.size());
        for (EcbPlusCorpus.Entry e : CORPUS) {
            assertThat(get(indexName + "/_doc/" + e.article().id()).path("found").asBoolean()).isTrue();
        }
    }

    private static JsonNode get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private static JsonNode post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static URI uri(String path) {
        return URI.create(node.endpoint() + "/" + path);
    }

    private static JsonNode send(HttpRequest request) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return new ObjectMapper().readTree(client.send(request, HttpResponse.BodyHandlers.ofString()).body());
        }
    }
}
