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

    /**
     * Length without leading and trailing blanks, in Latin-letter equivalents: a Han or kana character counts
     * three and a Hangul syllable two, since a word takes about that many Latin letters (with its space) but
     * one or two CJK characters. Every length threshold here was set on Latin text; without the weights a
     * Japanese paragraph reads as a caption and a class name outscores the article.
     */
    static int visibleLength(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int length = end - start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x3040) {
                length += extraWeight(c);
            }
        }
        return length;
    }

    private static int extraWeight(char c) {
        if (c <= 0x30FF || c >= 0x3400 && c <= 0x4DBF || c >= 0x4E00 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF
                || c >= 0xFF66 && c <= 0xFF9F) {
            return 2; // kana, Han, compatibility ideographs, half-width kana
        }
        return c >= 0xAC00 && c <= 0xD7A3 ? 1 : 0; // Hangul syllables
    }

    /** True when {@code c} ends a sentence in a script we meet: Latin, CJK, Arabic, Devanagari and kin. */
    static boolean endsSentence(char c) {
        return ".!?\"”»)…".indexOf(c) >= 0 || c == '。' || c == '！' || c == '？' || c == '؟' || c == '।'
                || c == '｡' || c == '」' || c == '』';
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
