package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Article;
import org.storyline.model.Published;
import org.storyline.sanitize.ArticleHtmlSanitizer;
import org.storyline.web.syndication.StrictXml;
import org.w3c.dom.NodeList;

/**
 * Articles whose titles, bodies, outlets, authors, sections, hashtags and links are XSS payloads, stored and
 * then shown by every page, feed and API route: nothing executable comes out (no script elements, no on*
 * attributes, no javascript:/vbscript:/data: links), and the payloads are shown as the text they are.
 */
class XssCorpusTest {

    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "\"><script>alert(2)</script>",
            "'><img src=x onerror=alert(3)>",
            "<svg onload=alert(4)>",
            "<a href=\"javascript:alert(5)\">click</a>",
            "<iframe src=javascript:alert(6)></iframe>",
            "</title><script>alert(7)</script>",
            "</textarea><script>alert(8)</script>",
            "<body onload=alert(9)>",
            "<math><mi xlink:href=\"javascript:alert(10)\">x</mi></math>",
            "]]><script>alert(11)</script><![CDATA[",
            "\u0000<script>alert(12)</script>\u0007",
            "<scr<script>ipt>alert(13)</scr</script>ipt>",
            "&lt;script&gt;alert(14)&lt;/script&gt;",
            "<style>@import 'javascript:alert(15)';</style>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(16)\">",
            "<base href=\"javascript:alert(17)//\">",
            "\" onmouseover=\"alert(18)",
            "' onfocus='alert(19)' autofocus='",
            "<details open ontoggle=alert(20)>",
            "<object data=\"javascript:alert(21)\"></object>",
            "<a href=\"jav&#x09;ascript:alert(22)\">x</a>",
            "<!--<img src=\"--><img src=x onerror=alert(23)//\">",
            "{{constructor.constructor('alert(24)')()}} ${alert(25)}");
    static final List<String> URLS = List.of("javascript:alert(101)", "JaVaScRiPt:alert(102)",
            "data:text/html,%3Cscript%3Ealert(103)%3C/script%3E", "vbscript:msgbox(104)", "//evil.example/x",
            "https://example.org/a?b=%22%3E%3Cscript%3E");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "data", "poster", "background", "srcset");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static WebFixture web;
    private static final List<Article> hostile = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        ArticleHtmlSanitizer sanitizer = new ArticleHtmlSanitizer(ArticleHtmlSanitizer.Settings.defaults());
        web = WebFixture.start(dir, writer -> {
            int n = PAYLOADS.size();
            for (int i = 0; i < n; i++) {
                Article a = new Article("x" + i, "Baku " + PAYLOADS.get(i), PAYLOADS.get((i + 1) % n),
                        URI.create(URLS.get(i % URLS.size())), Published.ofDate(LocalDate.of(2025, 7, 1 + i % 28)),
                        PAYLOADS.get((i + 3) % n), PAYLOADS.get((i + 2) % n), "en", List.of("tag" + i + PAYLOADS.get((i + 4) % n)),
                        "Baku " + PAYLOADS.get(i) + "\n\n" + PAYLOADS.get((i + 5) % n), "fixture");
                String html = i % 2 == 0 ? sanitizer.sanitize(String.join("<p>", PAYLOADS), URI.create("https://example.org/"))
                        : null;
                writer.add(a, null, "xs" + (i % 4) + PAYLOADS.get(i).substring(0, 3), WebFixture.axis(i % 8), html);
                hostile.add(a);
            }
        });
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void everyPageShowsThePayloadsAsText() throws Exception {
        Set<String> pages = new LinkedHashSet<>(List.of("/", "/sources", "/search", "/search?q=Baku",
                "/search?q=Baku&outlet=" + Show.path(PAYLOADS.get(1)) + "&mode=keyword"));
        for (Article a : hostile) {
            pages.add("/article/" + a.id());
            pages.add("/hashtag/" + Show.path(a.hashtags().get(0)));
            pages.add("/outlet/" + Show.path(a.outlet()));
            pages.add("/search?q=" + Show.path(a.title()));
        }
        web.store.stories(100, 0).forEach(s -> pages.add("/story/" + Show.path(s.id())));
        PAYLOADS.forEach(p -> pages.add("/story/" + Show.path(p)));
        for (String page : pages) {
            HttpResponse<String> response = web.get(page);
            if (page.split("\\?")[0].contains("%00")) { // Jetty refuses a NUL in a path before the app sees it
                assertThat(response.statusCode()).as(page).isEqualTo(400);
                assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
                continue;
            }
            assertThat(response.statusCode()).as(page + " " + response.body()).isIn(200, 404);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(page).startsWith("text/html");
            assertNothingExecutable(Jsoup.parse(response.body()), page);
        }
        for (Article a : hostile) {
            Document page = Jsoup.parse(web.get("/article/" + a.id()).body());
            assertThat(page.selectFirst("article h1").text()).isEqualTo(Jsoup.parse("").text(a.title()).text());
            boolean linkable = a.url().getScheme() != null && a.url().getScheme().startsWith("http");
            assertThat(page.select("a:contains(original)")).as(a.url().toString()).hasSize(linkable ? 1 : 0);
        }
        assertThat(pages).hasSizeGreaterThan(100);
    }

    @Test
    void everyFeedIsWellFormedAndItsHtmlIsInert() throws Exception {
        Set<String> feeds = new LinkedHashSet<>();
        for (Article a : hostile) {
            feeds.add("/hashtag/" + Show.path(a.hashtags().get(0)) + "/feed.");
            feeds.add("/outlet/" + Show.path(a.outlet()) + "/feed.");
            feeds.add("/story/" + Show.path(web.store.article(a.id()).orElseThrow().storyId()) + "/feed.");
        }
        feeds.add("/search/feed.?q=Baku&limit=50");
        for (String feed : feeds) {
            for (String format : List.of("rss", "atom", "json")) {
                String address = feed.replace("/feed.", "/feed." + format);
                HttpResponse<String> response = web.get(address);
                if (address.split("\\?")[0].contains("%00")) { // refused by Jetty, see the pages test
                    assertThat(response.statusCode()).isEqualTo(400);
                    continue;
                }
                assertThat(response.statusCode()).as(address).isEqualTo(200);
                if (format.equals("json")) {
                    JsonNode doc = JSON.readTree(response.body());
                    assertThat(doc.get("items")).as(address).isNotEmpty();
                    doc.get("items").forEach(item -> assertNothingExecutable(
                            Jsoup.parseBodyFragment(item.get("content_html").asText()), address));
                } else {
                    org.w3c.dom.Document xml = StrictXml.parse(response.body());
                    assertThat(xml.getElementsByTagNameNS("*", "script").getLength()).isZero();
                    for (String htmlField : List.of("description", "content")) {
                        NodeList nodes = xml.getElementsByTagNameNS("*", htmlField);
                        for (int i = 0; i < nodes.getLength(); i++) {
                            assertNothingExecutable(Jsoup.parseBodyFragment(nodes.item(i).getTextContent()), address);
                        }
                    }
                    assertLinksAreWeb(xml, address);
                }
            }
        }
    }

    @Test
    void theApiServesJsonOnlyAndItsHtmlFieldsAreInert() throws Exception {
        List<String> addresses = new ArrayList<>(List.of("/api/stories?limit=100", "/api/articles?limit=100",
                "/api/hashtags?limit=100", "/api/search?q=Baku&limit=100", "/openapi.json",
                "/api/search?q=" + Show.path(PAYLOADS.get(0))));
        hostile.forEach(a -> addresses.add("/api/articles/" + a.id()));
        PAYLOADS.forEach(p -> addresses.add("/api/articles/" + Show.path(p)));
        for (String address : addresses) {
            HttpResponse<String> response = web.get(address);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(address + " " + response.statusCode() + response.body()).startsWith("application/json");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            JsonNode body = JSON.readTree(response.body());
            for (JsonNode html : body.findValues("snippet_html")) {
                assertNothingExecutable(Jsoup.parseBodyFragment(html.asText()), address);
            }
        }
    }

    /** No script, no plugin or SVG/MathML elements, no event handlers, no script-bearing URLs. */
    static void assertNothingExecutable(Document doc, String where) {
        assertThat(doc.select("script, object, embed, applet, math, base, frame, frameset, style"))
                .as(where).isEmpty();
        // The one SVG the pages draw is the story chart: shapes and text only, nothing that loads or runs.
        assertThat(doc.select("svg")).as(where).allSatisfy(svg -> {
            assertThat(svg.hasClass("story-chart")).as(where + " svg").isTrue();
            assertThat(svg.select("*").stream().map(Element::normalName).distinct())
                    .as(where + " svg elements").isSubsetOf("svg", "title", "desc", "g", "rect", "line", "text");
        });
        assertThat(doc.select("meta[http-equiv]")).as(where).isEmpty();
        for (Element e : doc.getAllElements()) {
            if (e.normalName().equals("iframe")) {
                assertThat(e.hasAttr("sandbox")).as(where + " iframe sandboxed").isTrue();
            }
            for (Attribute attribute : e.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(key).as(where + " <" + e.normalName() + "> attribute").doesNotStartWith("on");
                if (URL_ATTRIBUTES.contains(key)) {
                    assertThat(scheme(attribute.getValue())).as(where + " " + e.normalName() + " " + key + "="
                            + attribute.getValue()).isNotIn("javascript", "vbscript", "data");
                }
                if (key.equals("style")) {
                    assertThat(attribute.getValue().toLowerCase(Locale.ROOT)).doesNotContain("javascript:")
                            .doesNotContain("expression(");
                }
            }
        }
    }

    private static void assertLinksAreWeb(org.w3c.dom.Document xml, String where) {
        for (String name : List.of("link", "guid", "source")) {
            NodeList nodes = xml.getElementsByTagNameNS("*", name);
            for (int i = 0; i < nodes.getLength(); i++) {
                var element = (org.w3c.dom.Element) nodes.item(i);
                String url = element.hasAttribute("href") ? element.getAttribute("href")
                        : element.hasAttribute("url") ? element.getAttribute("url") : element.getTextContent();
                assertThat(url).as(where + " <" + name + ">").matches("https?://.+");
            }
        }
    }

    /** The scheme a browser would see: whitespace and control characters removed, lower case. */
    private static String scheme(String url) {
        String squeezed = url.replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
        int colon = squeezed.indexOf(':');
        return colon < 0 ? "" : squeezed.substring(0, colon);
    }
}
