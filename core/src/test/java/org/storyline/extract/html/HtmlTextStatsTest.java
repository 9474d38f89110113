package org.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * The counts the pruner and the locator share: measured without building collapsed strings, and corrected
 * for the pruner's removals instead of counted again; both must give what counting afresh gives.
 */
class HtmlTextStatsTest {

    @Property(tries = 3_000)
    void measuringTheRawTextEqualsMeasuringJsoupsCollapsedText(@ForAll("texts") String raw) {
        assertThat(TextStats.collapsedLength(raw)).isEqualTo(TextStats.visibleLength(new TextNode(raw).text()));
    }

    @Provide
    Arbitrary<String> texts() {
        // blanks jsoup collapses, ones it keeps (em space, ideographic space), invisible marks it drops,
        // weighted scripts (kana, Han, Hangul), a surrogate pair, and commas of several scripts
        return Arbitraries.of(' ', '\t', '\n', '\r', '\f', '\u00a0', '\u2003', '\u3000', '\u000b', '\u200b',
                '\u00ad', 'a', 'Z', '.', ',', '，', '、', '،', 'ä', 'я', 'か', 'ア', '日', '한', '\ud83d', '\ude00')
                .list().ofMaxSize(40).map(chars -> {
                    StringBuilder text = new StringBuilder();
                    chars.forEach(text::append);
                    return text.toString();
                });
    }

    @Test
    void countsAfterPruningEqualCountingThePrunedTreeAgain() throws IOException {
        String html = "<html><body><div class=\"page\"><nav><a href=\"/\">Home</a> <a href=\"/w\">World</a></nav>"
                + "<article><p>The council approved the new cycle lanes on Tuesday, after a long debate.</p>"
                + "<p>Read <a href=\"/x\">the plan <span class=\"share\">Share this</span> in full</a>, it says.</p>"
                + "<div class=\"related\"><ul><li><a href=\"/a\">Another story about the council's budget</a></li>"
                + "<li><a href=\"/b\">Yet another story</a></li></ul><aside>Nested furniture, removed twice over"
                + "</aside></div><p>Work starts in spring, the office said, and takes four months.</p></article>"
                + "<script>var x = 1;</script><form><input type=\"text\"> Sign up for our newsletter</form>"
                + "<footer>© The Daily</footer></div></body></html>";
        assertFreshCounts(html);
    }

    @Test
    void countsAfterPruningRealPagesEqualCountingAgain() throws IOException {
        for (String page : List.of("042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856",
                "16c30add7e96315e9cc957d85aa876ccb6b70055f0ddab51547a586117cc1f56",
                "33fe2471fd553c6570f93997f208b4f39bf30be5947c3cfa620ee8eff3355ab9")) {
            try (InputStream in = getClass().getResourceAsStream("/extract/scrapinghub/html/" + page + ".html.gz")) {
                assertThat(in).as("fixture %s", page).isNotNull();
                assertFreshCounts(new String(new GZIPInputStream(in).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        for (String page : List.of("de-zeitung", "ja-shinbun", "ar-akhbar")) {
            try (InputStream in = getClass().getResourceAsStream("/extract/multilingual/" + page + ".html")) {
                assertThat(in).as("fixture %s", page).isNotNull();
                assertFreshCounts(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    private static void assertFreshCounts(String html) {
        for (boolean gentle : new boolean[] {false, true}) {
            Element body = Jsoup.parse(html).body();
            BoilerplatePruner.Pruned pruned = new BoilerplatePruner().prune(body, gentle);
            TextStats fresh = TextStats.count(body);
            for (Element element : body.getAllElements()) {
                TextStats.Count got = pruned.stats().of(element);
                TextStats.Count want = fresh.of(element);
                String where = element.normalName() + "." + element.className();
                assertThat(got.text).as("text of %s", where).isEqualTo(want.text);
                assertThat(got.links).as("links of %s", where).isEqualTo(want.links);
                assertThat(got.prose).as("prose of %s", where).isEqualTo(want.prose);
                assertThat(got.commas).as("commas of %s", where).isEqualTo(want.commas);
            }
        }
    }
}
