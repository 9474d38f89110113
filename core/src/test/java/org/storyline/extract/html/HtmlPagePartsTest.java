package org.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The one walk that gathers a page's parts finds what the selectors it replaced found, in the same order. */
class HtmlPagePartsTest {

    @Test
    void aWrittenPageGivesWhatTheSelectorsGive() {
        String html = "<html><head><meta property=\"og:title\" content=\"A\"><meta name=\"x\" content=\"\">"
                + "<link rel=\"stylesheet\" href=\"/s.css\"><link rel=\"Canonical\" href=\"/a\">"
                + "<script type=\"Application/LD+JSON\">{\"@type\":\"NewsArticle\"}</script>"
                + "<script>var a;</script><template><article>in the head</article></template></head>"
                + "<body><a href=\"/\"><img alt=\"The Daily\"></a><a rel=\"home\" href=\"/home\">Home</a>"
                + "<h1>First</h1><article><h1>Second</h1><time datetime=\"2024-05-01\">1 May</time>"
                + "<span itemprop=\" datePublished \" content=\"2024-05-01\"></span></article>"
                + "<article><p>Another</p></article><meta itemprop=\"x\" content=\"y\"></body></html>";
        assertSameAsSelectors(Jsoup.parse(html));
    }

    @Test
    void realPagesGiveWhatTheSelectorsGive() throws IOException {
        for (String page : List.of("042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856",
                "16c30add7e96315e9cc957d85aa876ccb6b70055f0ddab51547a586117cc1f56",
                "33fe2471fd553c6570f93997f208b4f39bf30be5947c3cfa620ee8eff3355ab9")) {
            try (InputStream in = getClass().getResourceAsStream("/extract/scrapinghub/html/" + page + ".html.gz")) {
                assertThat(in).as("fixture %s", page).isNotNull();
                assertSameAsSelectors(Jsoup.parse(new String(new GZIPInputStream(in).readAllBytes(),
                        StandardCharsets.UTF_8)));
            }
        }
        for (String page : List.of("de-zeitung", "ja-shinbun", "ar-akhbar", "ko-sinmun")) {
            try (InputStream in = getClass().getResourceAsStream("/extract/multilingual/" + page + ".html")) {
                assertThat(in).as("fixture %s", page).isNotNull();
                assertSameAsSelectors(Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
    }

    private static void assertSameAsSelectors(Document document) {
        PageParts parts = PageParts.of(document);
        assertThat(parts.elements()).containsExactlyElementsOf(document.getAllElements());
        assertThat(parts.bodyElements()).containsExactlyElementsOf(document.body().getAllElements());
        assertThat(parts.metas()).containsExactlyElementsOf(document.getElementsByTag("meta"));
        assertThat(parts.linkedData())
                .containsExactlyElementsOf(document.select("script[type~=(?i)application/ld\\+json]"));
        assertThat(parts.articles()).containsExactlyElementsOf(document.body().getElementsByTag("article"));
        assertThat(parts.h1()).isSameAs(document.selectFirst("h1"));
        assertThat(parts.canonical()).isSameAs(document.selectFirst("link[rel~=(?i)^canonical$][href]"));
        assertThat(parts.timed()).isSameAs(document.selectFirst("time[pubdate][datetime], "
                + "[itemprop=datePublished][datetime], [itemprop=datePublished][content], time[datetime]"));
        List<Element> home = new ArrayList<>();
        for (Element a : document.getElementsByTag("a")) {
            if (a.attr("href").equals("/") || a.attr("rel").equalsIgnoreCase("home")) {
                home.add(a);
            }
        }
        assertThat(parts.homeLinks()).containsExactlyElementsOf(home);
    }
}
