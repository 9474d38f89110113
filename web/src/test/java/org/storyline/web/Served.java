package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.storyline.index.LuceneArticleIndex;
import org.storyline.store.ArticleStore;

/**
 * The web app on a real server (port 0) over a test's store and, for search, its index, with the requests page
 * tests make: a page parsed, an API answer read, a plain response. Closing it stops the server and closes the index
 * and the store.
 */
final class Served implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    final ArticleStore store;
    private final LuceneArticleIndex index;
    private final Javalin app;

    private Served(ArticleStore store, LuceneArticleIndex index, Javalin app) {
        this.store = store;
        this.index = index;
        this.app = app;
    }

    /** Pages and API over {@code store}, without search. */
    static Served over(ArticleStore store) {
        return new Served(store, null, WebServer.create(store).start("127.0.0.1", 0));
    }

    /** Pages, API and keyword search over {@code store} and {@code index} (no query embedder). */
    static Served over(ArticleStore store, LuceneArticleIndex index) {
        return new Served(store, index, WebServer.create(store, null, index, q -> null).start("127.0.0.1", 0));
    }

    /** An app the test configured itself (thumbnails, settings), started on port 0. */
    static Served started(ArticleStore store, Javalin app) {
        return new Served(store, null, app.start("127.0.0.1", 0));
    }

    String base() {
        return "http://127.0.0.1:" + app.port();
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A page that must answer 200, parsed. */
    Document page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    /** A JSON answer that must be 200, read. */
    JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Override
    public void close() {
        app.stop();
        if (index != null) {
            index.close();
        }
        store.close();
    }
}
