package org.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.storyline.text.PageCharset;

/**
 * The bad input the extractor must turn into a sensible article (or an empty text, which callers report as
 * "no recognisable article"): charsets declared wrongly or not at all, UTF-16, a byte-order mark against a
 * meta charset, mixed scripts, deep nesting inside furniture, one giant table, an empty title, a body in an
 * iframe's {@code srcdoc}, a page of pictures and captions, an unclosed {@code <title>}.
 */
@Timeout(120)
class HtmlBadInputTest {

    private static final String PARAGRAPHS = "<p>Die Regierung hat am Dienstag ein neues Gesetz beschlossen, das "
            + "den Ausbau der Windkraft in Süddeutschland beschleunigen soll.</p><p>Kritiker bemängeln, dass die "
            + "Länder bei der Planung kaum mitreden dürfen, und kündigen Widerstand im Bundesrat an.</p>";

    private final HtmlExtractor extractor = new HtmlExtractor();

    private Extraction extract(byte[] bytes) {
        return extractor.extract(PageCharset.decode(bytes, null), URI.create("https://news.example/a/1"));
    }

    private static String page(String head, String body) {
        return "<html><head>" + head + "</head><body><nav><a href=/>Start</a> <a href=/p>Politik</a></nav>"
                + body + "<footer>Impressum · Datenschutz</footer></body></html>";
    }

    @Test
    void pageInAnUndeclaredOrWronglyDeclaredCharset() {
        String html = page("<title>Windkraft: Gesetz beschlossen</title>", PARAGRAPHS);
        Extraction undeclared = extract(html.getBytes(Charset.forName("windows-1252")));
        assertThat(undeclared.text()).contains("Süddeutschland", "bemängeln");
        String lying = html.replace("<head>", "<head><meta charset=\"utf-8\">");
        assertThat(extract(lying.getBytes(Charset.forName("windows-1252"))).text()).contains("Süddeutschland");
        String stale = html.replace("<head>", "<head><meta charset=\"iso-8859-1\">");
        assertThat(extract(stale.getBytes(StandardCharsets.UTF_8)).text()).contains("Süddeutschland");
    }

    @Test
    void utf16PageAndAByteOrderMarkAgainstTheMetaCharset() {
        String html = page("<meta charset=\"windows-1252\"><title>Windkraft</title>", PARAGRAPHS);
        assertThat(extract(html.getBytes(StandardCharsets.UTF_16)).text()).contains("Süddeutschland");
        assertThat(extract(html.getBytes(StandardCharsets.UTF_16LE)).text()).contains("Süddeutschland");
        byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[utf8.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, marked, 3, utf8.length);
        Extraction e = extract(marked);
        assertThat(e.text()).contains("Süddeutschland");
        assertThat(e.title()).isEqualTo("Windkraft"); // the head stayed a head
    }

    @Test
    void mixedScriptsStayWhole() {
        String body = "<article><h1>Баку и Москва</h1><p>Azerbaijan's foreign ministry (Министерство иностранных "
                + "дел) summoned the ambassador, قالت الوزارة في بيان, and Tokyo's 外務省 called for calm.</p>"
                + "<p>Ελλάδα and Türkiye both urged talks; שני הצדדים agreed to meet in Geneva next week.</p></article>";
        Extraction e = extract(page("<title>Баку и Москва</title>", body).getBytes(StandardCharsets.UTF_8));
        assertThat(e.text()).contains("Министерство иностранных дел", "قالت الوزارة في بيان", "外務省",
                "Ελλάδα and Türkiye", "שני הצדדים");
    }

    @Test
    void hundredThousandNestedElementsInsideAFurnitureWrapper() {
        // the wrapper's name sends the article to the second, gentler try, which must cope with the depth too
        String html = "<html><body><div class=\"share-wrapper\">" + "<div>".repeat(100_000) + PARAGRAPHS
                + "</div>".repeat(100_000) + "</div></body></html>";
        Extraction e = extractor.extract(html, null);
        assertThat(e.text()).contains("Süddeutschland", "Bundesrat");
    }

    @Test
    void onePageThatIsOneGiantTable() {
        StringBuilder table = new StringBuilder("<table>");
        table.append("<tr><td><a href=/>Start</a> | <a href=/p>Politik</a></td></tr>");
        table.append("<tr><td>").append(PARAGRAPHS).append("</td></tr>");
        for (int i = 0; i < 20_000; i++) {
            table.append("<tr><td>").append(i).append("</td><td><a href=/x").append(i).append(">Link ").append(i)
                    .append("</a></td><td>").append(i * 7).append("</td></tr>");
        }
        table.append("</table>");
        Extraction e = extractor.extract("<html><body>" + table + "</body></html>", null);
        assertThat(e.text()).contains("Süddeutschland", "Bundesrat").doesNotContain("Link 19999");
    }

    @Test
    void anEmptyTitleLeavesTheArticle() {
        Extraction e = extract(page("<title></title><meta property=\"og:title\" content=\" \">",
                "<h1></h1>" + PARAGRAPHS).getBytes(StandardCharsets.UTF_8));
        assertThat(e.title()).isNull();
        assertThat(e.hasText()).isTrue();
        assertThat(e.text()).contains("Süddeutschland");
    }

    @Test
    void aBodyInAnIframeSrcdoc() {
        String srcdoc = ("<html><body><h1>Windkraft</h1>" + PARAGRAPHS + "</body></html>").replace("\"", "&quot;");
        Extraction e = extract(page("<title>Windkraft</title>", "<iframe srcdoc=\"" + srcdoc + "\"></iframe>"
                + "<iframe src=\"https://ads.example/\"></iframe>").getBytes(StandardCharsets.UTF_8));
        assertThat(e.text()).contains("Süddeutschland", "Bundesrat");
    }

    @Test
    void aPageOfOnlyImagesWithCaptions() {
        String body = "<div class=\"gallery\">"
                + "<figure><img src=1.jpg alt=\"\"><figcaption>Demonstranten vor dem Landtag in Stuttgart am "
                + "Dienstagmorgen</figcaption></figure>"
                + "<figure><img src=2.jpg alt=\"Windräder auf der Schwäbischen Alb bei Sonnenuntergang\"></figure>"
                + "<figure><img src=3.jpg><figcaption>Die Ministerin stellt das Gesetz vor</figcaption></figure>"
                + "</div><a href=/><img src=logo.png alt=\"Logo of the Example Daily newspaper\"></a>";
        Extraction e = extract(page("<title>Bilder des Tages</title>", body).getBytes(StandardCharsets.UTF_8));
        assertThat(e.text()).contains("Demonstranten vor dem Landtag", "Windräder auf der Schwäbischen Alb",
                "Die Ministerin stellt das Gesetz vor").doesNotContain("Logo");
    }

    @Test
    void aPageWithNothingToSayGivesNoText() {
        Extraction e = extract(page("<title>Fehler 404</title>", "<div class=\"icons\"><img src=a.png alt=\"Start"
                + "seite des Example-Verlags\"></div>").getBytes(StandardCharsets.UTF_8));
        assertThat(e.hasText()).isFalse(); // the caller reports "no recognisable article"
    }

    @Test
    void anUnclosedTitleDoesNotSwallowThePage() {
        String html = "<html><head><title>Windkraft: Gesetz beschlossen\n<meta name=x content=y></head><body>"
                + PARAGRAPHS + "<p>" + "Mehr Text, damit der Titel lang wird. ".repeat(40) + "</p></body></html>";
        Extraction e = extractor.extract(html, null);
        assertThat(e.title()).isEqualTo("Windkraft: Gesetz beschlossen");
        assertThat(e.text()).contains("Süddeutschland");
    }

    @Test
    void entitiesEscapedTwiceInStructuredDataAreDecoded() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
                + "\"Ministerin: &#8222;Wir bauen&#8220; &amp;quot;jetzt&amp;quot; &#8217;s\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example &amp; Daily\"}}</script>";
        Extraction e = extract(page("<title>x</title>" + ld, PARAGRAPHS).getBytes(StandardCharsets.UTF_8));
        assertThat(e.title()).isEqualTo("Ministerin: „Wir bauen“ \"jetzt\" ’s");
        assertThat(e.outlet()).isEqualTo("Example & Daily");
    }
}
