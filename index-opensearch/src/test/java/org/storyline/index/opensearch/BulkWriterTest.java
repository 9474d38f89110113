package org.storyline.index.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Item-level answers of {@code _bulk} that a healthy node rarely gives on cue (a full write queue, a shard not
 * yet started, a document it refuses), played by a real HTTP server on port 0 that answers as OpenSearch's bulk
 * API does: what is turned away for the cluster's state is sent again, what is refused for its content is named,
 * and nothing acknowledged is sent twice.
 */
class BulkWriterTest {

    private final Map<String, Integer> sent = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> lastDocument = new ConcurrentHashMap<>();
    private HttpServer server;

    /** A server whose answer for an id depends on how often that id was sent before. */
    private OpenSearchHttp serve(BiFunction<String, Integer, Integer> status, Duration retryFor) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/_bulk", exchange -> answer(exchange, status));
        server.start();
        return new OpenSearchHttp(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), retryFor);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void overloadedAndUnavailableItemsAreSentAgainAndAcknowledgedOnesNot() throws IOException {
        BulkWriter writer = new BulkWriter(serve((id, before) -> before > 0 ? 201
                : switch (id) {
                    case "busy" -> 429;
                    case "down" -> 503;
                    default -> 201;
                }, Duration.ofSeconds(30)), "articles", Duration.ofSeconds(30));
        for (String id : List.of("ok", "busy", "down")) {
            writer.put(id, doc(id, 1));
        }
        writer.flush();
        assertThat(writer.pending()).isFalse();
        assertThat(sent).containsEntry("ok", 1).containsEntry("busy", 2).containsEntry("down", 2);
    }

    @Test
    void aRefusedDocumentIsNamedAndTheOthersStayQueued() throws IOException {
        BulkWriter writer = new BulkWriter(serve((id, before) -> id.equals("bad") ? 400
                : id.equals("busy") && before == 0 ? 429 : 201, Duration.ofSeconds(30)), "articles", Duration.ofSeconds(30));
        for (String id : List.of("ok", "bad", "busy")) {
            writer.put(id, doc(id, 1));
        }
        assertThatThrownBy(writer::flush).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rejected 1 articles").hasMessageContaining("bad (mapper_parsing_exception");
        assertThat(writer.pending()).isTrue(); // "busy" waits
        writer.flush();
        assertThat(writer.pending()).isFalse();
        assertThat(sent).containsEntry("ok", 1).containsEntry("bad", 1).containsEntry("busy", 2);
    }

    @Test
    void aClusterThatStaysOverloadedFailsTheFlushWithTheWritesKept() throws IOException {
        BulkWriter writer = new BulkWriter(serve((id, before) -> 429, Duration.ofSeconds(1)), "articles",
                Duration.ofMillis(500));
        writer.put("a", doc("a", 1));
        assertThatThrownBy(writer::flush).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("kept turning away 1 writes");
        assertThat(writer.pending()).isTrue();
    }

    @Test
    void aPutOfAWaitingArticleReplacesItAndOnlyTheLatestIsSent() throws IOException {
        BulkWriter writer = new BulkWriter(serve((id, before) -> 201, Duration.ofSeconds(30)), "articles",
                Duration.ofSeconds(30));
        writer.put("a", doc("a", 1));
        writer.put("b", doc("b", 1));
        writer.put("a", doc("a", 2));
        writer.flush();
        assertThat(sent).containsEntry("a", 1).containsEntry("b", 1);
        assertThat(lastDocument.get("a").path("version").asInt()).isEqualTo(2);
    }

    private static ObjectNode doc(String id, int version) {
        return OpenSearchHttp.JSON.createObjectNode().put("id", id).put("version", version);
    }

    private void answer(HttpExchange exchange, BiFunction<String, Integer, Integer> status) throws IOException {
        String[] lines = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("\n");
        ObjectNode reply = OpenSearchHttp.JSON.createObjectNode().put("took", 1).put("errors", false);
        ArrayNode items = reply.putArray("items");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i + 1 < lines.length; i += 2) {
            String id = OpenSearchHttp.JSON.readTree(lines[i]).path("index").path("_id").asText();
            lastDocument.put(id, OpenSearchHttp.JSON.readTree(lines[i + 1]));
            ids.add(id);
        }
        for (String id : ids) {
            int code = status.apply(id, sent.getOrDefault(id, 0));
            sent.merge(id, 1, Integer::sum);
            ObjectNode item = items.addObject().putObject("index").put("_index", "articles").put("_id", id)
                    .put("status", code);
            if (code >= 300) {
                reply.put("errors", true);
                item.putObject("error").put("type", code == 400 ? "mapper_parsing_exception"
                        : code == 429 ? "es_rejected_execution_exception" : "unavailable_shards_exception")
                        .put("reason", "played by the test");
            }
        }
        byte[] body = reply.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
