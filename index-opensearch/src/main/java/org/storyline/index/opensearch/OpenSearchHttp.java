package org.storyline.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/**
 * JSON over HTTP to one OpenSearch endpoint, retried while the cluster cannot answer: a refused or dropped
 * connection, a timeout, or 429 (a full write queue) and 502-504 (a node starting or a proxy without one) are
 * retried with exponential backoff until {@link OpenSearchConfig#retryFor()} has passed; every other answer goes
 * back to the caller, which knows whether a 404 means "absent" or a bug. Only idempotent requests pass through
 * here (writes are by article id), so sending one twice is harmless.
 */
final class OpenSearchHttp implements AutoCloseable {

    /** An answer: its status and its JSON body (missing when it had none). */
    record Reply(int status, JsonNode json) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Integer> RETRIED = Set.of(429, 502, 503, 504);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final long MAX_BACKOFF_MILLIS = 2_000;

    private final URI endpoint;
    private final Duration retryFor;
    private final HttpClient client;

    OpenSearchHttp(URI endpoint, Duration retryFor) {
        this.endpoint = endpoint;
        this.retryFor = retryFor;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    Reply get(String path) {
        return send("GET", path, null, "application/json");
    }

    Reply put(String path, Object body) {
        return send("PUT", path, text(body), "application/json");
    }

    Reply post(String path, Object body) {
        return send("POST", path, text(body), "application/json");
    }

    Reply delete(String path) {
        return send("DELETE", path, null, "application/json");
    }

    /** A {@code _bulk} request: newline-delimited JSON. */
    Reply bulk(String path, String ndjson) {
        return send("POST", path, ndjson, "application/x-ndjson");
    }

    /** The reply, or a failure naming what was asked when it is not a success. */
    static JsonNode expectOk(Reply reply, String what) {
        if (!reply.ok()) {
            throw new IllegalStateException("index: " + what + " failed with HTTP " + reply.status() + ": "
                    + reason(reply.json()));
        }
        return reply.json();
    }

    /** OpenSearch's own words for a failure (its error's type and reason), else the body. */
    static String reason(JsonNode json) {
        JsonNode error = json.path("error");
        if (error.isObject()) {
            JsonNode cause = error.path("root_cause").path(0);
            JsonNode shown = cause.isObject() ? cause : error;
            return shown.path("type").asText() + ": " + shown.path("reason").asText();
        }
        return error.isMissingNode() ? json.toString() : error.asText();
    }

    private Reply send(String method, String path, String body, String contentType) {
        long deadline = System.nanoTime() + retryFor.toNanos();
        long backoff = 100;
        while (true) {
            String problem;
            try {
                HttpResponse<String> response = client.send(request(method, path, body, contentType),
                        HttpResponse.BodyHandlers.ofString());
                Reply reply = new Reply(response.statusCode(), parse(response.body()));
                if (!RETRIED.contains(reply.status())) {
                    return reply;
                }
                problem = "HTTP " + reply.status() + " " + reason(reply.json());
            } catch (IOException e) {
                problem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException("index: interrupted during " + method + " " + path,
                        new java.io.InterruptedIOException());
            }
            if (System.nanoTime() + backoff * 1_000_000 > deadline) {
                throw new UncheckedIOException(new IOException("index: OpenSearch at " + endpoint + " did not answer "
                        + method + " " + path + " within " + retryFor.toSeconds() + " s (last: " + problem + ")"));
            }
            sleep(backoff);
            backoff = Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
        }
    }

    private HttpRequest request(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint + path)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", contentType);
        return request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(body); // a proxy's HTML error page: keep it for the message
        }
    }

    private static String text(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException("index: cannot write JSON", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException("index: interrupted while waiting for OpenSearch",
                    new java.io.InterruptedIOException());
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
