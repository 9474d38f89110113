package org.storyline.index.opensearch;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the articles' index lives in an OpenSearch cluster and how hard to try when the cluster does not answer.
 *
 * <pre>{@code
 * OpenSearchConfig.of(URI.create("http://127.0.0.1:9200"), "storyline")   // 1 shard, 0 replicas, retry 2 min
 *     .withShards(6, 1)
 * }</pre>
 *
 * @param endpoint  a node's HTTP address (any node of the cluster: each one routes requests)
 * @param index     the name of the articles' index; its watermark lives in {@code <index>-state}
 * @param shards    primary shards, fixed when the index is created (BM25 statistics are per shard: one shard
 *                  ranks exactly as the embedded index does, more shards spread a large corpus over machines)
 * @param replicas  copies of each shard on other nodes (0 on one node: a replica never allocates there)
 * @param retryFor  how long a request is retried while the cluster is unreachable or overloaded (connection
 *                  refused, 429, 502-504) before the operation fails with what it could not do
 */
public record OpenSearchConfig(URI endpoint, String index, int shards, int replicas, Duration retryFor) {

    /** Long enough to ride out a node restart or a rolling upgrade of one node. */
    public static final Duration DEFAULT_RETRY = Duration.ofMinutes(2);

    public OpenSearchConfig {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(retryFor, "retryFor");
        if (index == null || !index.matches("[a-z0-9][a-z0-9_-]{0,200}")) {
            throw new IllegalArgumentException("index: not an OpenSearch index name: " + index);
        }
        if (shards < 1 || replicas < 0) {
            throw new IllegalArgumentException("index: shards must be >= 1 and replicas >= 0");
        }
        String path = endpoint.getPath();
        endpoint = URI.create(endpoint.toString().substring(0, endpoint.toString().length()
                - (path != null && path.endsWith("/") ? 1 : 0)));
    }

    /** One shard, no replica, {@link #DEFAULT_RETRY}. */
    public static OpenSearchConfig of(URI endpoint, String index) {
        return new OpenSearchConfig(endpoint, index, 1, 0, DEFAULT_RETRY);
    }

    public OpenSearchConfig withShards(int shards, int replicas) {
        return new OpenSearchConfig(endpoint, index, shards, replicas, retryFor);
    }

    public OpenSearchConfig withRetryFor(Duration retryFor) {
        return new OpenSearchConfig(endpoint, index, shards, replicas, retryFor);
    }

    /** The index holding the change-feed watermark. */
    String stateIndex() {
        return index + "-state";
    }
}
