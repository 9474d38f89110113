package org.storyline.sanitize;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Laws of the sanitiser over random nested HTML: it never adds elements, never lets out an element outside the
 * allow-list, never lets out anything the XSS checks catch, and sanitising twice changes nothing.
 */
class SanitizerPropertiesTest {

    private static final ArticleHtmlSanitizer SANITIZER = new ArticleHtmlSanitizer(ArticleHtmlSanitizer.Settings.defaults());
    private static final URI PAGE = URI.create("https://news.example/a/b.html");

    /** Allowed and forbidden elements, void and not, block and inline, with the table and list parts. */
    private static final List<String> TAGS = List.of("p", "br", "h1", "h2", "h4", "blockquote", "q", "cite", "ul",
            "ol", "li", "dl", "dt", "dd", "strong", "b", "em", "i", "u", "s", "sub", "sup", "small", "code", "pre",
            "figure", "figcaption", "img", "a", "table", "thead", "tbody", "tr", "th", "td", "time", "abbr", "iframe",
            "div", "span", "script", "style", "form", "input", "button", "svg", "math", "object", "embed", "noscript",
            "template", "textarea", "title", "xmp", "select", "option", "font", "center", "article", "section",
            "header", "nav", "aside", "footer", "video", "source", "picture", "meta", "link", "base");

    private static final List<String> ATTRIBUTES = List.of("href=\"/x\"", "href=\"https://ok.example/p?q=1&amp;r=2\"",
            "href=\"javascript:alert(1)\"", "href=\"  jAvA&#x09;script:alert(1)\"", "href=\"mailto:a@b.example\"",
            "src=\"pic.jpg\"", "src=\"https://www.youtube-nocookie.com/embed/v\"", "src=\"data:image/png;base64,AAAA\"",
            "src=\"//cdn.example/i.png\"", "width=\"1\"", "width=\"640\"", "height=\"2\"", "height=\"360\"",
            "onclick=\"alert(1)\"", "onerror=alert(1)", "style=\"color:red\"", "class=\"language-java\"",
            "class=\"big\"", "id=\"main\"", "title=\"a &quot;title&quot;\"", "alt=\"\"", "datetime=\"2025-03-01\"",
            "target=\"_blank\"", "srcdoc=\"<script>alert(1)</script>\"", "colspan=\"2\"", "rel=\"opener\"");

    @Property(tries = 500, seed = "20250301")
    void neverAddsElementsAndKeepsToTheAllowList(@ForAll("html") String html) {
        String out = SANITIZER.sanitize(html, PAGE);
        List<Element> in = elements(html);
        List<Element> kept = elements(out);
        Set<String> names = kept.stream().map(Element::tagName).collect(Collectors.toSet());
        assertThat(ArticleHtmlSanitizer.ELEMENTS).as(out).containsAll(names);
        assertThat(kept.size()).as("%s%n=> %s", html, out).isLessThanOrEqualTo(in.size());
        SanitizerXssCorpusTest.assertHarmless(out);
    }

    @Property(tries = 500, seed = "20250302")
    void isIdempotent(@ForAll("html") String html) {
        String once = SANITIZER.sanitize(html, PAGE);
        assertThat(SANITIZER.sanitize(once, PAGE)).as(html).isEqualTo(once);
    }

    private static List<Element> elements(String html) {
        List<Element> all = Jsoup.parseBodyFragment(html).body().getAllElements();
        return all.subList(1, all.size());
    }

    @Provide
    Arbitrary<String> html() {
        return node(4).list().ofMaxSize(5).map(nodes -> String.join("", nodes));
    }

    private Arbitrary<String> node(int depth) {
        Arbitrary<String> text = Arbitraries.of("news", "a < b", "fish & chips", "\"quoted\"", "it's", " ", "&amp;",
                "&lt;script&gt;", "café", "\n", "x=1");
        if (depth == 0) {
            return text;
        }
        Arbitrary<String> element = Arbitraries.lazy(() -> Arbitraries.of(TAGS).flatMap(tag ->
                Arbitraries.of(ATTRIBUTES).list().ofMaxSize(3).flatMap(attrs ->
                        node(depth - 1).list().ofMaxSize(3).map(children -> render(tag, attrs, children)))));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, text), net.jqwik.api.Tuple.of(3, element));
    }

    private static String render(String tag, List<String> attrs, List<String> children) {
        String open = "<" + tag + (attrs.isEmpty() ? "" : " " + String.join(" ", attrs)) + ">";
        return open + String.join("", children) + "</" + tag + ">";
    }
}
