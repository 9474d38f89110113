package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.javalin.Javalin;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Article;
import org.storyline.model.Published;
import org.storyline.model.StoredArticle;
import org.storyline.source.fetch.AddressClass;
import org.storyline.source.fetch.FetchPolicy;
import org.storyline.source.fetch.Fetcher;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/**
 * Thumbnails through the server's image proxy, against a real image host on loopback (allowed for this test only)
 * and the real safe fetcher: a PNG comes back re-encoded as a small JPEG under {@code default-src 'none'}; a 50 MB
 * body, an HTML page posing as an image, a decompression bomb, a private address and a forged signature do not.
 */
class ImageProxyTest {

    @TempDir
    static Path dir;
    private static HttpServer host;
    private static ArticleStore store;
    private static Javalin on;
    private static Javalin off;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        host = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        host.createContext("/lead.png", ex -> reply(ex, "image/png", png(800, 600)));
        host.createContext("/page.png", ex -> reply(ex, "image/png", "<html><script>alert(1)</script>".getBytes()));
        host.createContext("/bomb.png", ex -> reply(ex, "image/png", bombHeader()));
        host.createContext("/huge.jpg", ex -> {
            ex.getResponseHeaders().add("Content-Type", "image/jpeg");
            ex.sendResponseHeaders(200, 50L * 1024 * 1024);
            byte[] chunk = new byte[64 * 1024];
            chunk[0] = (byte) 0xff;
            chunk[1] = (byte) 0xd8;
            chunk[2] = (byte) 0xff;
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 800; i++) {
                    out.write(chunk);
                }
            } catch (java.io.IOException closedByTheProxy) {
                // the proxy stops reading at its cap
            }
        });
        host.start();
        store = SqliteArticleStore.open(dir);
        store.transaction(tx -> {
            tx.insert(new StoredArticle(new Article("pic", "Harbour reopens", "Example Post", null,
                    Published.ofDate(LocalDate.of(2025, 7, 3)), null, null, "en", List.of(), "Ships came in.", "t"),
                    null, "s1"));
            tx.putHtml("pic", "<p>Ships came in.</p><img src=\"" + image("/lead.png") + "\" alt=\"\">");
            tx.refreshStory("s1");
            return null;
        });
        Fetcher loopback = new Fetcher(WebServer.imagePolicy(FetchPolicy.defaults().allowing(AddressClass.LOOPBACK)));
        on = WebServer.create(store, null, null, q -> null, loopback).start("127.0.0.1", 0);
        off = WebServer.create(store).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        on.stop();
        off.stop();
        store.close();
        host.stop(0);
    }

    @Test
    void aLeadImageIsShownReEncodedFromThisServerUnderNoneCsp() throws Exception {
        var page = Jsoup.parse(get(on, "/story/s1").body());
        String src = page.select("li.row img.thumb").attr("src");
        assertThat(src).startsWith("/image/").doesNotContain("127.0.0.1");
        assertThat(Jsoup.parse(get(on, "/").body()).select(".story-card img.thumb").attr("src")).isEqualTo(src);
        HttpResponse<byte[]> image = http.send(request(on, src), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(image.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'");
        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(image.body()));
        assertThat(thumb.getWidth()).isEqualTo(ImageProxy.WIDTH);
        assertThat(thumb.getHeight()).isEqualTo(180);
    }

    @Test
    void aForgedOrAlteredAddressIsRefused() throws Exception {
        String src = Jsoup.parse(get(on, "/story/s1").body()).select("li.row img.thumb").attr("src");
        String other = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(image("/page.png").getBytes());
        HttpResponse<String> forged = get(on, src.substring(0, src.lastIndexOf('/') + 1) + other);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'");
    }

    @Test
    void badImagesGiveNoThumbnailAndNothingBreaks() {
        ImageProxy proxy = new ImageProxy(new Fetcher(WebServer.imagePolicy(FetchPolicy.defaults()
                .allowing(AddressClass.LOOPBACK))));
        assertThat(proxy.thumbnail(image("/huge.jpg")).problem()).as("50 MB").contains("TOO_LARGE");
        assertThat(proxy.thumbnail(image("/page.png")).problem()).contains("not a JPEG, PNG or GIF");
        assertThat(proxy.thumbnail(image("/bomb.png")).problem()).as("decompression bomb").contains("too large: 10000000000 pixels");
        assertThat(proxy.thumbnail(image("/missing.png")).problem()).contains("HTTP_STATUS");
        assertThat(proxy.thumbnail(image("/lead.png")).jpeg()).isNotEmpty();
        assertThat(proxy.link(URI.create("javascript:alert(1)"))).isNull();
        assertThat(proxy.link(URI.create("data:image/png;base64,AAAA"))).isNull();
    }

    @Test
    void privateAndLoopbackAddressesAreRefusedByDefault() {
        ImageProxy proxy = new ImageProxy(new Fetcher(WebServer.imagePolicy(FetchPolicy.defaults())));
        for (String address : List.of(image("/lead.png"), "http://10.0.0.7/a.png", "http://169.254.169.254/latest/x.png",
                "http://[::1]/a.png")) {
            assertThat(proxy.thumbnail(address).problem()).as(address).contains("BLOCKED_ADDRESS");
        }
    }

    @Test
    void thumbnailsAreOffUnlessTheSettingTurnsThemOn() throws Exception {
        assertThat(Jsoup.parse(get(off, "/story/s1").body()).select("img.thumb")).isEmpty();
        String src = Jsoup.parse(get(on, "/story/s1").body()).select("li.row img.thumb").attr("src");
        assertThat(get(off, src).statusCode()).isEqualTo(404);
        assertThat(get(off, "/story/s1/feed.rss").body()).doesNotContain("<media:content").doesNotContain("/image/");
        assertThat(get(on, "/story/s1/feed.rss").body()).contains("<media:content").contains(src);
    }

    private static String image(String path) {
        return "http://127.0.0.1:" + host.getAddress().getPort() + path;
    }

    private static HttpResponse<String> get(Javalin app, String path) throws Exception {
        return http.send(request(app, path), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(Javalin app, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build();
    }

    private static void reply(com.sun.net.httpserver.HttpExchange ex, String type, byte[] body) throws java.io.IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] png(int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A PNG header declaring 100,000 × 100,000 pixels (a decompression bomb): never decoded. */
    private static byte[] bombHeader() {
        byte[] real = png(1, 1);
        java.nio.ByteBuffer.wrap(real, 16, 8).putInt(100_000).putInt(100_000);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(real, 12, 17); // the IHDR chunk's type and data, so the header reads as valid
        java.nio.ByteBuffer.wrap(real, 29, 4).putInt((int) crc.getValue());
        return real;
    }
}
