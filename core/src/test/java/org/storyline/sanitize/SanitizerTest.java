package org.storyline.sanitize;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SanitizerTest {

    private static final URI PAGE = URI.create("https://news.example/world/2025/story.html");
    private final ArticleHtmlSanitizer sanitizer = new ArticleHtmlSanitizer(ArticleHtmlSanitizer.Settings.defaults());

    private String clean(String html) {
        return sanitizer.sanitize(html, PAGE);
    }

    @Test
    void keepsArticleStructureAndDropsStylingClassesAndIds() {
        assertThat(clean("<div class=\"body\" id=\"a\"><h1 style=\"x\">Title</h1><p class=\"lead\">Lead <b>bold</b> "
                + "<em>em</em> <sub>2</sub><sup>3</sup> <small>s</small> <u>u</u> <s>s</s></p>"
                + "<blockquote><p>Said <q>this</q> <cite>Him</cite></p></blockquote></div>"))
                .isEqualTo("<h2>Title</h2><p>Lead <b>bold</b> <em>em</em> <sub>2</sub><sup>3</sup> <small>s</small> "
                        + "<u>u</u> <s>s</s></p><blockquote><p>Said <q>this</q> <cite>Him</cite></p></blockquote>");
    }

    @Test
    void makesLinksAbsoluteAndSafe() {
        String link = clean("<a href=\"../other.html\" target=\"_blank\" rel=\"opener\">x</a>");
        assertThat(link).startsWith("<a href=\"https://news.example/world/other.html\" rel=\"").endsWith("\">x</a>")
                .doesNotContain("target");
        // The rel tokens are a set: their order is not part of the contract, the absence of "opener" is.
        String rel = link.replaceAll("(?s).*rel=\"([^\"]*)\".*", "$1");
        assertThat(rel.split(" ")).containsExactlyInAnyOrder("noopener", "noreferrer", "nofollow");
        assertThat(clean("<a href=\"//cdn.example/a b\">x</a>")).contains("href=\"https://cdn.example/a%20b\"");
        assertThat(clean("<a href=\"mailto:desk@news.example\">x</a>")).contains("href=\"mailto:desk&#64;news.example\"");
        assertThat(clean("<a href=\"ftp://files.example/x\">x</a>")).isEqualTo("x");
        assertThat(sanitizer.sanitize("<a href=\"/relative\">x</a>", null)).isEqualTo("x");
    }

    @Test
    void keepsRealImagesAndDropsTrackingPixelsAndDataUrls() {
        assertThat(clean("<figure><img src=\"/i/photo.jpg\" alt=\"A photo\" width=\"640\" height=\"360\" "
                + "class=\"wide\" loading=\"lazy\"><figcaption>Caption</figcaption></figure>"))
                .isEqualTo("<figure><img src=\"https://news.example/i/photo.jpg\" alt=\"A photo\" width=\"640\" "
                        + "height=\"360\" /><figcaption>Caption</figcaption></figure>");
        assertThat(clean("<p>a<img src=\"https://t.example/p.gif\" width=\"1\" height=\"1\">b</p>")).isEqualTo("<p>ab</p>");
        assertThat(clean("<p>a<img src=\"https://t.example/p.gif\" width=\"600\" height=\"2\">b</p>")).isEqualTo("<p>ab</p>");
        assertThat(clean("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"x\">")).isEmpty();
        assertThat(clean("<img data-src=\"/lazy.jpg\" alt=\"x\"><noscript><img src=\"/real.jpg\" alt=\"x\"></noscript>"))
                .isEqualTo("<img src=\"https://news.example/real.jpg\" alt=\"x\" />");
    }

    @Test
    void keepsIframesOnlyFromAllowedHostsOverHttpsAndSandboxesThem() {
        assertThat(clean("<iframe src=\"https://www.youtube-nocookie.com/embed/abc\" width=\"560\" height=\"315\" "
                + "allowfullscreen style=\"border:0\">fallback</iframe>"))
                .isEqualTo("<iframe src=\"https://www.youtube-nocookie.com/embed/abc\" width=\"560\" height=\"315\" "
                        + "allowfullscreen=\"allowfullscreen\" sandbox=\"allow-scripts allow-same-origin allow-presentation\">"
                        + "</iframe>");
        assertThat(clean("<iframe src=\"https://player.vimeo.com/video/1\"></iframe>")).startsWith("<iframe");
        assertThat(clean("<iframe src=\"https://www.youtube.com/embed/abc\"></iframe>")).isEmpty();
        var none = new ArticleHtmlSanitizer(new ArticleHtmlSanitizer.Settings(Set.of()));
        assertThat(none.sanitize("<iframe src=\"https://www.youtube-nocookie.com/embed/abc\"></iframe>", PAGE)).isEmpty();
    }

    @Test
    void keepsTablesListsCodeTimeAndAbbr() {
        assertThat(clean("<table style=\"w\" border=\"1\"><tr><th colspan=\"2\">H</th></tr><tr><td>1</td><td>2</td></tr></table>"))
                .isEqualTo("<table><tbody><tr><th colspan=\"2\">H</th></tr><tr><td>1</td><td>2</td></tr></tbody></table>");
        assertThat(clean("<ol start=\"3\"><li>a</li></ol><ul><li>b</li></ul><dl><dt>t</dt><dd>d</dd></dl>"))
                .isEqualTo("<ol start=\"3\"><li>a</li></ol><ul><li>b</li></ul><dl><dt>t</dt><dd>d</dd></dl>");
        assertThat(clean("<pre><code class=\"language-java hljs\">x</code><code class=\"language-java\">y</code></pre>"))
                .isEqualTo("<pre><code>x</code><code class=\"language-java\">y</code></pre>");
        assertThat(clean("<time datetime=\"2025-03-01T10:00:00Z\" class=\"t\">March 1</time> <abbr title=\"World Health "
                + "Organization\">WHO</abbr>")).isEqualTo("<time datetime=\"2025-03-01T10:00:00Z\">March 1</time> "
                + "<abbr title=\"World Health Organization\">WHO</abbr>");
    }

    @Test
    void repairsBrokenNestingTheWayABrowserWouldWithoutAddingElements() {
        assertThat(clean("<ul>loose text<li>item</li></ul>")).isEqualTo("<ul><li>loose textitem</li></ul>");
        assertThat(clean("<li>orphan item</li>")).isEqualTo("orphan item");
        assertThat(clean("<td>orphan cell</td>")).isEqualTo("orphan cell");
        assertThat(clean("<p>one<p>two")).isEqualTo("<p>one</p><p>two</p>");
        assertThat(clean("<pre>\n\ncode</pre>")).isEqualTo("<pre>\n\ncode</pre>");
    }

    @Test
    void emptyOrBlankInputGivesEmptyOutput() {
        assertThat(clean(null)).isEmpty();
        assertThat(clean("  \n ")).isEmpty();
        assertThat(clean("<script>only</script><style>x</style>")).isEmpty();
    }
}
