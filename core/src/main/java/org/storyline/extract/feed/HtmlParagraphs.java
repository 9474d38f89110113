package org.storyline.extract.feed;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The paragraphs of an HTML fragment (a feed item's content): block elements and line breaks end a
 * paragraph, scripts and styles are dropped, white space is collapsed.
 */
final class HtmlParagraphs {

    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "section", "article", "li",
            "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "tr", "dd", "dt", "figcaption", "header",
            "footer", "ul", "ol", "table");
    private static final java.util.Set<String> SKIPPED = java.util.Set.of("script", "style", "noscript", "iframe",
            "object", "embed", "form", "button", "svg", "template");

    private HtmlParagraphs() {
    }

    static List<String> of(String html) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        walk(Jsoup.parseBodyFragment(html).body(), current, paragraphs);
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void walk(Node node, StringBuilder current, List<String> paragraphs) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                current.append(text.getWholeText());
            } else if (child instanceof Element element) {
                String tag = element.normalName();
                if (SKIPPED.contains(tag)) {
                    continue;
                }
                if (tag.equals("br")) {
                    flush(current, paragraphs);
                } else if (BLOCKS.contains(tag)) {
                    flush(current, paragraphs);
                    walk(element, current, paragraphs);
                    flush(current, paragraphs);
                } else {
                    walk(element, current, paragraphs);
                }
            }
        }
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String text = current.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
            paragraphs.add(text);
        }
        current.setLength(0);
    }
}
