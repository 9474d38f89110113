package org.storyline.extract.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How much text, link text and prose sits under each element of a tree, computed in one iterative
 * post-order pass so a 100,000-deep page costs linear time and no stack.
 *
 * <p>"Prose" counts only text runs of at least {@value #PROSE_RUN} characters: navigation and link lists are
 * made of short runs, article paragraphs of long ones.
 */
final class TextStats {

    static final int PROSE_RUN = 40;

    /** Counts for one element, in characters of whitespace-collapsed text. */
    static final class Count {
        int text;
        int links;
        int prose;
        int commas;

        double linkDensity() {
            return text == 0 ? 0 : (double) links / text;
        }
    }

    private static final Count NONE = new Count();

    private final Map<Element, Count> counts = new IdentityHashMap<>();

    private TextStats() {
    }

    /** Counts for {@code root} and every element under it. */
    static TextStats count(Element root) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(stats.new Counter(root), root);
        return stats;
    }

    /** The counts of {@code element}; zeros for an element outside the counted tree. */
    Count of(Element element) {
        return counts.getOrDefault(element, NONE);
    }

    private final class Counter implements NodeVisitor {
        private final Element root;

        Counter(Element root) {
            this.root = root;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                Count count = counts.computeIfAbsent(parent, e -> new Count());
                String value = text.text();
                int length = visibleLength(value);
                count.text += length;
                if (length >= PROSE_RUN) {
                    count.prose += length;
                }
                count.commas += commas(value);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            Count own = counts.computeIfAbsent(element, e -> new Count());
            if (element.nameIs("a")) {
                own.links = own.text;
            }
            if (element != root && element.parent() != null) {
                Count parent = counts.computeIfAbsent(element.parent(), e -> new Count());
                parent.text += own.text;
                parent.links += own.links;
                parent.prose += own.prose;
                parent.commas += own.commas;
            }
        }
    }

    /** Length without leading and trailing blanks, as a reader would count the run. */
    static int visibleLength(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end - start;
    }

    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }
}
