package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI on web inputs: saved pages, web archives, addresses, and followed feeds on a loopback server. */
class WebInputsTest {

    private static final String PAGE = """
            <html lang="en"><head><title>Sputnik office raided | Caucasus Wire</title>
            <meta property="og:site_name" content="Caucasus Wire">
            <meta property="article:published_time" content="2025-07-01T09:30:00Z"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Sputnik office raided</h1>
            <p>On Monday, masked police stormed the offices of Sputnik Azerbaijan in Baku, the Interior Ministry said.</p>
            <p>Detained in the raid were editor-in-chief Yevgeny Belousov and director Igor Kartavykh, who were later
            charged with fraud, illegal entrepreneurship and money laundering.</p>
            <p>The Kremlin called for their release, and spokesman Dmitry Peskov said the arrests did not match the
            spirit of Russian-Azerbaijani relations.</p></article>
            <footer>Subscribe to our newsletter</footer></body></html>""";

    @TempDir
    Path dir;

    @Test
    void savedPagesAreExtractedAndIngested() throws IOException {
        Path page = Files.writeString(dir.resolve("raid.html"), PAGE);
        var extracted = Fixtures.cli("extract", page.toString());
        assertThat(extracted.exitCode()).as(extracted.err()).isZero();
        assertThat(extracted.out()).contains("\"title\":\"Sputnik office raided\"").contains("\"file\":")
                .contains("masked police stormed").doesNotContain("Subscribe to our newsletter");
        var ingest = Fixtures.cli("ingest", page.toString(), "--data", dir.resolve("data").toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        String articles = Fixtures.cli("export", "--what", "articles", "--data", dir.resolve("data").toString()).out();
        assertThat(articles).contains("\"source\":\"Caucasus Wire\"").contains("\"published\":\"2025-07-01T09:30:00Z\"")
                .contains("\"language\":\"en\"");
    }

    @Test
    void webArchivesAreStreamedPageByPage() throws IOException {
        Path warc = dir.resolve("tiny.warc.gz");
        try (InputStream in = getClass().getResourceAsStream("/warc/tiny.warc.gz")) {
            Files.copy(in, warc);
        }
        var run = Fixtures.cli("ingest", warc.toString(), "--data", dir.resolve("data").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 file").contains("1 new article");
        assertThat(Fixtures.cli("export", "--what", "articles", "--data", dir.resolve("data").toString()).out())
                .contains("news.example.org/2025/01/15/harbour-reopens");
    }

    @Test
    void feedsOnALoopbackServerAreFollowedFetchedAndExported() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = path.equals("/feed.xml") ? rss(server) : path.equals("/raid") ? PAGE : "missing";
            exchange.getResponseHeaders().add("Content-Type", path.equals("/feed.xml") ? "application/rss+xml" : "text/html");
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body.equals("missing") ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Path config = Files.writeString(dir.resolve("loopback.properties"), "fetch.allow-private-addresses=true\n");
            String data = dir.resolve("data").toString();
            var refused = Fixtures.cli("source", "add", base + "/feed.xml", "--data", data);
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).contains("loopback address, which is not fetched");
            var added = Fixtures.cli("source", "add", base + "/feed.xml", "--data", data, "--config", config.toString());
            assertThat(added.exitCode()).as(added.err()).isZero();
            assertThat(added.out()).contains("following Caucasus Wire feed").contains("1 new");
            assertThat(Fixtures.cli("source", "list", "--data", data, "--config", config.toString()).out())
                    .contains("Caucasus Wire feed").contains("1 items");
            assertThat(Fixtures.cli("fetch", "--all", "--data", data, "--config", config.toString()).out())
                    .contains("1 sources polled: 0 new articles, 0 errors");
            assertThat(Fixtures.cli("source", "export", "--data", data).out()).contains("<opml").contains("/feed.xml");
            var page = Fixtures.cli("ingest", base + "/raid", "--data", data, "--config", config.toString());
            assertThat(page.exitCode()).as(page.err()).isZero();
        } finally {
            server.stop(0);
        }
    }

    private static String rss(HttpServer server) {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Caucasus Wire feed</title><link>" + base
                + "/</link><item><guid>raid-1</guid><title>Sputnik office raided</title><link>" + base + "/raid</link>"
                + "<pubDate>Tue, 01 Jul 2025 09:30:00 GMT</pubDate><description>Masked police stormed the offices"
                + " of Sputnik Azerbaijan…</description></item></channel></rss>";
    }
}
