package org.storyline.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts gathered into {@code _bulk} requests: one request per {@link #MAX_DOCS} articles instead of one each
 * (a round trip and a translog sync per article would bound a worker at a few hundred articles a second).
 *
 * <p>Every write is "index this document under the article's id", so a bulk sent twice, or an article put
 * again after a crash, replaces the document instead of adding one: the index holds one document per article
 * whatever was retried. A put of an id already waiting replaces the waiting one. Documents leave the buffer only
 * when OpenSearch acknowledged them (each bulk is written to the translog before the answer, so acknowledged
 * means durable); when the cluster does not answer, they stay for the next flush. Items OpenSearch turns away for
 * its own state (429 overloaded, 5xx such as a shard not yet started after a restart) are sent again; an item it
 * rejects for its content (another 4xx) is a bug and fails the flush by name, the others staying queued.
 */
final class BulkWriter {

    /** Articles per bulk request; at ~5 KB each, a few MB: the size OpenSearch's docs advise starting from. */
    static final int MAX_DOCS = 500;

    private final OpenSearchHttp http;
    private final String index;
    private final long retryNanos;
    private final Map<String, ObjectNode> waiting = new LinkedHashMap<>();

    BulkWriter(OpenSearchHttp http, String index, java.time.Duration retryFor) {
        this.http = http;
        this.index = index;
        this.retryNanos = retryFor.toNanos();
    }

    /** Queues a document; sends the queue when it is full. */
    synchronized void put(String id, ObjectNode document) {
        waiting.remove(id); // re-queued at the end: the latest version is the one sent
        waiting.put(id, document);
        if (waiting.size() >= MAX_DOCS) {
            flush();
        }
    }

    /** True when documents wait to be sent. */
    synchronized boolean pending() {
        return !waiting.isEmpty();
    }

    /** Drops what waits (the index is being cleared). */
    synchronized void discard() {
        waiting.clear();
    }

    /** Sends everything waiting; returns when OpenSearch acknowledged all of it, or throws with it still waiting. */
    synchronized void flush() {
        long deadline = System.nanoTime() + retryNanos;
        long backoff = 100;
        while (!waiting.isEmpty()) {
            int overloaded = send(new ArrayList<>(waiting.keySet()));
            if (overloaded == 0) {
                if (!waiting.isEmpty()) {
                    throw new IllegalStateException("index: a bulk reply left " + waiting.size() + " writes unanswered");
                }
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new UncheckedIOException(new IOException("index: OpenSearch kept turning away " + overloaded
                        + " writes (overloaded or shards unavailable) for " + retryNanos / 1_000_000_000 + " s"));
            }
            sleep(backoff);
            backoff = Math.min(2_000, backoff * 2);
        }
    }

    /** Sends these ids' documents; returns how many were turned away for the cluster's state (they stay waiting). */
    private int send(List<String> ids) {
        StringBuilder ndjson = new StringBuilder();
        for (String id : ids) {
            ObjectNode action = OpenSearchHttp.JSON.createObjectNode();
            action.putObject("index").put("_index", index).put("_id", id);
            ndjson.append(action).append('\n').append(waiting.get(id)).append('\n');
        }
        JsonNode reply = OpenSearchHttp.expectOk(http.bulk("/_bulk", ndjson.toString()), "bulk write");
        int overloaded = 0;
        List<String> rejected = new ArrayList<>();
        for (JsonNode item : reply.path("items")) {
            JsonNode result = item.path("index");
            String id = result.path("_id").asText();
            int status = result.path("status").asInt();
            if (status == 429 || status >= 500) {
                overloaded++;
                continue;
            }
            waiting.remove(id);
            if (status >= 300) {
                rejected.add(id + " (" + OpenSearchHttp.reason(result) + ")");
            }
        }
        if (!rejected.isEmpty()) {
            throw new IllegalStateException("index: OpenSearch rejected " + rejected.size() + " articles: "
                    + String.join("; ", rejected.subList(0, Math.min(5, rejected.size()))));
        }
        return overloaded;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException("index: interrupted while OpenSearch was overloaded",
                    new java.io.InterruptedIOException());
        }
    }
}
