package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.RawDocument;
import org.storyline.model.StoredArticle;
import org.storyline.pipeline.Pipeline;
import org.storyline.source.fetch.AddressClass;
import org.storyline.source.fetch.FetchPolicy;
import org.storyline.source.fetch.Fetcher;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/**
 * The lead image a saved page names (og:image) is kept with its article when the page is ingested (the production
 * pipeline, a real store) and shown as the article's thumbnail on the story's coverage and the home card, through
 * the image proxy (a real image host on loopback, allowed for this test only). A page whose og:image is a script
 * address or a private host gets no thumbnail, and its pages still render.
 */
class LeadImageTest {

    @TempDir
    static Path dir;
    private static HttpServer host;
    private static ArticleStore store;
    private static Served web;

    @BeforeAll
    static void start() throws Exception {
        host = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        host.createContext("/harbour.png", ex -> {
            byte[] body = png();
            ex.getResponseHeaders().add("Content-Type", "image/png");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        host.start();
        store = SqliteArticleStore.open(dir.resolve("data"));
        Pipeline pipeline = Pipeline.open(store);
        String image = "http://127.0.0.1:" + host.getAddress().getPort() + "/harbour.png";
        ingest(pipeline, "https://news.example.org/harbour.html", page("Harbour reopens after the storm", image));
        ingest(pipeline, "https://news.example.org/script.html", page("Ferry timetable changes for winter",
                "javascript:alert(1)"));
        ingest(pipeline, "https://news.example.org/private.html", page("Council votes on the new bridge",
                "http://10.0.0.7/bridge.png"));
        Fetcher loopback = new Fetcher(WebServer.imagePolicy(FetchPolicy.defaults().allowing(AddressClass.LOOPBACK)));
        web = Served.started(store, WebServer.create(store, null, null, q -> null, loopback));
    }

    @AfterAll
    static void stop() {
        web.close();
        host.stop(0);
    }

    @Test
    void theStoredLeadImageIsTheThumbnailOnCoverageAndHome() throws Exception {
        StoredArticle harbour = article("Harbour reopens after the storm");
        assertThat(store.leadImages(List.of(harbour.id())).get(harbour.id()))
                .hasToString("http://127.0.0.1:" + host.getAddress().getPort() + "/harbour.png");
        Document story = page("/story/" + harbour.storyId());
        String src = story.select("#a-" + harbour.id() + " img.thumb").attr("src");
        assertThat(src).startsWith("/image/");
        HttpResponse<byte[]> thumb = web.bytes(src);
        assertThat(thumb.statusCode()).isEqualTo(200);
        assertThat(thumb.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(page("/").select(".story-card img.thumb").eachAttr("src")).contains(src);
    }

    @Test
    void feedsOutCarryTheThumbnailAsTheEntrysImage() throws Exception {
        StoredArticle harbour = article("Harbour reopens after the storm");
        String src = page("/story/" + harbour.storyId()).select("#a-" + harbour.id() + " img.thumb").attr("src");
        String feed = "/story/" + harbour.storyId() + "/feed.";
        Document rss = Jsoup.parse(web.get(feed + "rss").body(), "", Parser.xmlParser());
        assertThat(rss.select("item media|content").eachAttr("url")).containsExactly(web.base() + src);
        Document atom = Jsoup.parse(web.get(feed + "atom").body(), "", Parser.xmlParser());
        assertThat(atom.select("entry link[rel=enclosure]").eachAttr("href")).containsExactly(web.base() + src);
        var json = new ObjectMapper().readTree(web.get(feed + "json").body());
        assertThat(json.get("items").get(0).get("image").asText()).isEqualTo(web.base() + src);
        assertThat(web.bytes(json.get("items").get(0).get("image").asText().substring(web.base().length())).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aScriptAddressIsNotKeptAndAPrivateHostIsNotFetched() throws Exception {
        StoredArticle script = article("Ferry timetable changes for winter");
        assertThat(store.leadImages(List.of(script.id()))).isEmpty();
        assertThat(page("/story/" + script.storyId()).select("#a-" + script.id() + " img.thumb")).isEmpty();
        StoredArticle bridge = article("Council votes on the new bridge");
        // The address is kept as the page gave it; whether a host is private is known only when it is looked up,
        // so the proxy decides when it is asked, and refuses.
        String src = page("/story/" + bridge.storyId()).select("#a-" + bridge.id() + " img.thumb").attr("src");
        assertThat(src).startsWith("/image/");
        HttpResponse<String> refused = web.get(src);
        assertThat(refused.statusCode()).isBetween(400, 599);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).doesNotStartWith("image/");
        assertThat(web.get("/article/" + bridge.id()).statusCode()).isEqualTo(200);
    }

    private static StoredArticle article(String title) {
        List<StoredArticle> found = new java.util.ArrayList<>();
        store.forEachArticle(a -> {
            if (a.article().title().equals(title)) {
                found.add(a);
            }
        });
        assertThat(found).as(title).hasSize(1);
        return found.get(0);
    }

    private static void ingest(Pipeline pipeline, String url, String html) {
        var outcome = pipeline.ingest(new RawDocument(url, RawDocument.Format.HTML, html, Instant.parse("2025-07-04T12:00:00Z"),
                false), Integer.toHexString(html.hashCode()) + url.length());
        assertThat(outcome.added()).as(url).isEqualTo(1);
    }

    /** Three unrelated reports, so that none is taken for a copy of another. */
    private static final java.util.Map<String, String> BODIES = java.util.Map.of(
            "Harbour reopens after the storm", "<p>The harbour reopened on Thursday after the storm, the harbour master"
                    + " said. Ships will come in again on the morning tide.</p><p>Crews worked through the night to"
                    + " clear the channel of debris and two sunken dinghies.</p><p>Traders on the quay said they were"
                    + " relieved to see the fishing fleet back.</p>",
            "Ferry timetable changes for winter", "<p>The ferry company published its winter timetable, with two"
                    + " fewer sailings on weekdays.</p><p>Commuters said the first boat now leaves too late for the"
                    + " mainland trains.</p><p>The company said it would review the timetable in March.</p>",
            "Council votes on the new bridge", "<p>Councillors voted by nine to four to build a footbridge over the"
                    + " river.</p><p>The bridge will cost about two million pounds and open in 2027.</p><p>Opponents"
                    + " said the money should go to road repairs instead.</p>");

    private static String page(String title, String image) {
        String body = BODIES.get(title);
        return "<!doctype html><html lang=\"en\"><head><title>" + title + " | Coast News</title>"
                + "<meta property=\"og:title\" content=\"" + title + "\">"
                + "<meta property=\"og:site_name\" content=\"Coast News\">"
                + "<meta property=\"og:image\" content=\"" + image + "\">"
                + "<meta property=\"article:published_time\" content=\"2025-07-03T09:00:00Z\">"
                + "</head><body><header>Coast News</header><article><h1>" + title + "</h1>" + body
                + "</article><footer>Contact us</footer></body></html>";
    }

    private static Document page(String path) throws Exception {
        return web.page(path);
    }

    private static byte[] png() throws java.io.IOException {
        var image = new java.awt.image.BufferedImage(400, 300, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
