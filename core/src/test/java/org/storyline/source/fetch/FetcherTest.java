package org.storyline.source.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.source.fetch.FetchTestSupport.NOW;
import static org.storyline.source.fetch.FetchTestSupport.fetcher;
import static org.storyline.source.fetch.FetchTestSupport.loopbackPolicy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a well-behaved real HTTP server on loopback. */
class FetcherTest {

    private HttpServer server;
    private final List<HttpExchange> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.xml", ex -> {
            seen.add(ex);
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                send(ex, 304, null, new byte[0]);
                return;
            }
            ex.getResponseHeaders().add("ETag", "\"v1\"");
            ex.getResponseHeaders().add("Last-Modified", "Thu, 10 Jul 2025 10:00:00 GMT");
            send(ex, 200, "application/rss+xml; charset=utf-8", "<rss>é</rss>".getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/latin", ex -> send(ex, 200, "text/html",
                "<html><head><meta charset=\"windows-1252\"></head><body>caf\u00e9</body></html>"
                        .getBytes(Charset.forName("windows-1252"))));
        server.createContext("/gzip", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            send(ex, 200, "text/plain", gzip("hello gzip".getBytes(StandardCharsets.UTF_8)));
        });
        server.createContext("/deflate", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "deflate");
            send(ex, 200, "text/plain", deflate("hello deflate".getBytes(StandardCharsets.UTF_8), false));
        });
        server.createContext("/rawdeflate", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "deflate");
            send(ex, 200, "text/plain", deflate("hello raw".getBytes(StandardCharsets.UTF_8), true));
        });
        server.createContext("/moved", ex -> redirect(ex, 301, "/feed.xml"));
        server.createContext("/found", ex -> redirect(ex, 302, "/moved"));
        server.createContext("/busy", ex -> {
            ex.getResponseHeaders().add("Retry-After", "120");
            send(ex, 429, "text/plain", new byte[0]);
        });
        server.createContext("/down", ex -> {
            ex.getResponseHeaders().add("Retry-After", "Thu, 10 Jul 2025 13:00:00 GMT");
            send(ex, 503, "text/plain", new byte[0]);
        });
        server.createContext("/missing", ex -> send(ex, 404, "text/plain", "no".getBytes(StandardCharsets.UTF_8)));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void fetchesBodyWithContentTypeCharsetValidatorsAndUserAgent() {
        FetchResult result = fetcher(loopbackPolicy()).fetch(url("/feed.xml"), Validators.NONE);

        assertThat(result).isInstanceOf(Fetched.class);
        Fetched f = (Fetched) result;
        assertThat(f.status()).isEqualTo(200);
        assertThat(f.mediaType()).isEqualTo("application/rss+xml");
        assertThat(f.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(f.text()).isEqualTo("<rss>é</rss>");
        assertThat(f.validators()).isEqualTo(new Validators("\"v1\"", "Thu, 10 Jul 2025 10:00:00 GMT"));
        assertThat(f.fetchedAt()).isEqualTo(NOW);
        assertThat(seen.get(0).getRequestHeaders().getFirst("User-Agent")).startsWith("Storyline/");
    }

    @Test
    void conditionalGetGivesNotModified() {
        Fetcher fetcher = fetcher(loopbackPolicy());
        Fetched first = (Fetched) fetcher.fetch(url("/feed.xml"), Validators.NONE);

        FetchResult second = fetcher.fetch(url("/feed.xml"), first.validators());

        assertThat(second).isInstanceOf(NotModified.class);
        assertThat(((NotModified) second).validators().etag()).isEqualTo("\"v1\"");
        assertThat(seen.get(1).getRequestHeaders().getFirst("If-Modified-Since")).isEqualTo("Thu, 10 Jul 2025 10:00:00 GMT");
    }

    @Test
    void followsRedirectsAndSaysWhetherAllWerePermanent() {
        Fetched viaPermanent = (Fetched) fetcher(loopbackPolicy()).fetch(url("/moved"), Validators.NONE);
        Fetched viaTemporary = (Fetched) fetcher(loopbackPolicy()).fetch(url("/found"), Validators.NONE);

        assertThat(viaPermanent.finalUrl()).isEqualTo(url("/feed.xml"));
        assertThat(viaPermanent.permanent()).isTrue();
        assertThat(viaTemporary.finalUrl()).isEqualTo(url("/feed.xml"));
        assertThat(viaTemporary.permanent()).isFalse();
        assertThat(viaTemporary.requested()).isEqualTo(url("/found"));
    }

    @Test
    void decodesGzipAndBothKindsOfDeflate() {
        Fetcher fetcher = fetcher(loopbackPolicy());
        assertThat(((Fetched) fetcher.fetch(url("/gzip"), Validators.NONE)).text()).isEqualTo("hello gzip");
        assertThat(((Fetched) fetcher.fetch(url("/deflate"), Validators.NONE)).text()).isEqualTo("hello deflate");
        assertThat(((Fetched) fetcher.fetch(url("/rawdeflate"), Validators.NONE)).text()).isEqualTo("hello raw");
    }

    @Test
    void htmlMetaCharsetIsUsedWhenTheHeaderHasNone() {
        Fetched f = (Fetched) fetcher(loopbackPolicy()).fetch(url("/latin"), Validators.NONE);

        assertThat(f.charset().name()).isEqualTo("windows-1252");
        assertThat(f.text()).contains("café");
    }

    @Test
    void retryAfterInSecondsAndAsDateIsParsed() {
        FetchFailed busy = (FetchFailed) fetcher(loopbackPolicy()).fetch(url("/busy"), Validators.NONE);
        FetchFailed down = (FetchFailed) fetcher(loopbackPolicy()).fetch(url("/down"), Validators.NONE);

        assertThat(busy.kind()).isEqualTo(FailureKind.HTTP_STATUS);
        assertThat(busy.httpStatus()).isEqualTo(429);
        assertThat(busy.retryAt()).isEqualTo(NOW.plusSeconds(120));
        assertThat(down.httpStatus()).isEqualTo(503);
        assertThat(down.retryAt()).isEqualTo(NOW.plusSeconds(3600));
    }

    @Test
    void errorStatusIsAFailureWithCodeAndMessage() {
        FetchFailed f = (FetchFailed) fetcher(loopbackPolicy()).fetch(url("/missing"), Validators.NONE);

        assertThat(f.kind()).isEqualTo(FailureKind.HTTP_STATUS);
        assertThat(f.httpStatus()).isEqualTo(404);
        assertThat(f.message()).contains("HTTP 404").contains("/missing");
        assertThat(f.retryAt()).isNull();
    }

    @Test
    void namedHostIsSentAsHostHeaderWhileTheCheckedAddressIsConnected() {
        int port = server.getAddress().getPort();
        Fetched f = (Fetched) fetcher(loopbackPolicy()).fetch(URI.create("http://feeds.test:" + port + "/feed.xml"),
                Validators.NONE);

        assertThat(f.status()).isEqualTo(200);
        assertThat(seen.get(0).getRequestHeaders().getFirst("Host")).isEqualTo("feeds.test:" + port);
    }

    private static void redirect(HttpExchange ex, int status, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        send(ex, status, null, new byte[0]);
    }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        if (type != null) {
            ex.getResponseHeaders().add("Content-Type", type);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            ex.getResponseBody().write(body);
        }
        ex.close();
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    static byte[] deflate(byte[] bytes, boolean raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            d.write(bytes);
        }
        return out.toByteArray();
    }
}
