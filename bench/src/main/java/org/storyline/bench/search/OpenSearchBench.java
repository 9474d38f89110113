package org.storyline.bench.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.storyline.index.SearchFilters;
import org.storyline.index.opensearch.OpenSearchArticleIndex;
import org.storyline.index.opensearch.OpenSearchConfig;

/**
 * The OpenSearch index on a synthetic archive (SearchBench's corpus: 384-dimensional embeddings, five articles a
 * story): put throughput from one client (bulk of 500, a commit every 1,000 articles as a pipeline batch), the
 * index's size on disk per article (primary shards, after a flush) and so per million articles, and
 * query latency of keyword, hybrid, filtered hybrid, related-articles and newest-first searches. Needs a running
 * node (for one on loopback: {@code index-opensearch/opensearch-node DIR 9200}); the bench's index is dropped at
 * the end.
 *
 * <pre>
 * bin/bench OpenSearchBench http://127.0.0.1:9200 [ARTICLES=20000] [QUERIES=300]
 * </pre>
 */
public final class OpenSearchBench {

    private static final int WARMUP = 50;
    private static final int PAGE = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenSearchBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: OpenSearchBench ENDPOINT [ARTICLES=20000] [QUERIES=300]");
            System.exit(2);
        }
        URI endpoint = URI.create(args[0]);
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        String name = "bench-" + System.currentTimeMillis();
        SyntheticCorpus corpus = new SyntheticCorpus();
        try (OpenSearchArticleIndex index = OpenSearchArticleIndex.open(OpenSearchConfig.of(endpoint, name))) {
            long nodeCpu = nodeCpuMillis(endpoint);
            long clientCpu = clientCpuNanos();
            long start = System.nanoTime();
            for (int n = 0; n < articles; n++) {
                index.put(corpus.article(n), corpus.vector(n), java.util.List.of());
                if ((n + 1) % 1000 == 0) {
                    index.commit(n + 1);
                }
            }
            index.commit(articles);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("Indexed %,d articles (BM25 fields + 384-d HNSW vectors) in %.1f s: %,.0f articles/s from one client%n",
                    articles, seconds, articles / seconds);
            // CPU per article is the figure that carries to other machines (wall time here shares 2 cores).
            System.out.printf("CPU per article: node %.2f ms, client %.2f ms%n",
                    (nodeCpuMillis(endpoint) - nodeCpu) / (double) articles, (clientCpuNanos() - clientCpu) / 1e6 / articles);
            // Committed segments as OpenSearch's own merging left them (a forced merge to one segment measured
            // larger for a while: the replaced segments' files outlive the merge until no reader holds them).
            post(endpoint, "/" + name + "/_flush", "");
            size(endpoint, name, articles, "after flush");
            long stories = articles / SyntheticCorpus.ARTICLES_PER_STORY;
            measure(queries, "keyword (2 words, AND)", r -> index.search(corpus.query(r.nextLong(stories), r), null,
                    SearchFilters.NONE, PAGE, 0));
            measure(queries, "hybrid (BM25 + k-NN, RRF, snippets)", r -> {
                long story = r.nextLong(stories);
                index.search(corpus.query(story, r), corpus.queryVector(story, r), SearchFilters.NONE, PAGE, 0);
            });
            measure(queries, "hybrid + filters (language, 90 days)", r -> {
                long story = r.nextLong(stories);
                LocalDate from = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(275));
                index.search(corpus.query(story, r), corpus.queryVector(story, r),
                        new SearchFilters(null, from, from.plusDays(90), null, "en", null), PAGE, 0);
            });
            measure(queries, "related articles (k-NN, 5)", r -> {
                int n = r.nextInt(articles);
                index.similar(corpus.vector(n), 5, Set.of(SyntheticCorpus.id(n)));
            });
            measure(queries, "filters only, newest first (hashtag)", r -> index.search(null, null,
                    new SearchFilters(null, null, null, "tag" + r.nextInt(400), null, null), PAGE, 0));
        } finally {
            send(HttpRequest.newBuilder(endpoint.resolve("/" + name + "," + name + "-state")).DELETE().build());
        }
    }

    private static long nodeCpuMillis(URI endpoint) throws Exception {
        JsonNode nodes = send(HttpRequest.newBuilder(endpoint.resolve("/_nodes/stats/process")).build()).path("nodes");
        long total = 0;
        for (JsonNode node : nodes) {
            total += node.path("process").path("cpu").path("total_in_millis").asLong();
        }
        return total;
    }

    private static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void size(URI endpoint, String name, int articles, String when) throws Exception {
        JsonNode stats = send(HttpRequest.newBuilder(endpoint.resolve("/" + name + "/_stats/store,segments")).build());
        JsonNode primaries = stats.path("indices").path(name).path("primaries");
        long bytes = primaries.path("store").path("size_in_bytes").asLong();
        System.out.printf("Index on disk, %-22s %,d MB: %,.0f bytes/article, %,.1f GB per million articles (%d segments)%n",
                when + ":", bytes >> 20, bytes / (double) articles, bytes / (double) articles * 1e6 / 1e9,
                primaries.path("segments").path("count").asInt());
    }

    private static void measure(int queries, String label, Consumer<Random> query) {
        Random random = new Random(label.hashCode());
        for (int i = 0; i < WARMUP; i++) {
            query.accept(random);
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < queries; i++) {
            long start = System.nanoTime();
            query.accept(random);
            latencies.add(System.nanoTime() - start);
        }
        System.out.printf("%-40s %s%n", label, latencies.summary());
    }

    private static void post(URI endpoint, String path, String body) throws Exception {
        send(HttpRequest.newBuilder(endpoint.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(java.time.Duration.ofMinutes(10)).build());
    }

    private static JsonNode send(HttpRequest request) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            String body = client.send(request, HttpResponse.BodyHandlers.ofString()).body();
            return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        }
    }
}
