package org.storyline.extract.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

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
    /** The counted elements in document order, and where each one's descendants end in that order. */
    private final List<Element> elements = new ArrayList<>();
    private int[] ends = new int[64];

    private TextStats() {
    }

    /** Counts for {@code root} and every element under it. */
    static TextStats count(Element root) {
        return count(root, Set.of(), new ArrayList<>());
    }

    /**
     * Counts for {@code root} and every element under it, as if the elements named in {@code leftOut} (and what
     * they hold) were not there; those met are added to {@code met}, outermost ones only. One pass serves the
     * pruner twice: it learns what to remove and the counts it would get by counting again after removing it.
     */
    static TextStats count(Element root, Set<String> leftOut, List<Element> met) {
        TextStats stats = new TextStats();
        NodeTraversor.filter(stats.new Counter(root, leftOut, met), root);
        return stats;
    }

    /** The counts of {@code element}; zeros for an element outside the counted tree. */
    Count of(Element element) {
        return counts.getOrDefault(element, NONE);
    }

    /** Every counted element in document order, {@code root} first (what {@code root.getAllElements()} gives). */
    List<Element> elements() {
        return elements;
    }

    /**
     * Takes the counts of {@code removed} (counted elements in document order, about to be removed from the
     * tree) out of their ancestors', so the counts are what counting the tree again after the removal would
     * give, in one pass from the last element back instead of a new walk of the tree. An element nested in
     * another removed one goes with it and is not taken out twice.
     */
    void remove(List<Element> removed) {
        if (removed.isEmpty()) {
            return;
        }
        Map<Element, Count> gone = new IdentityHashMap<>();
        int next = 0;
        int skipUntil = -1;
        for (int i = 0; i < elements.size() && next < removed.size(); i++) {
            if (elements.get(i) != removed.get(next)) {
                continue;
            }
            next++;
            if (i >= skipUntil) {
                skipUntil = ends[i];
                Element parent = elements.get(i).parent();
                if (parent != null && counts.containsKey(parent)) {
                    add(gone.computeIfAbsent(parent, e -> new Count()), of(elements.get(i)), of(elements.get(i)).links);
                }
            }
        }
        for (int i = elements.size() - 1; i >= 0 && !gone.isEmpty(); i--) {
            Element element = elements.get(i);
            Count delta = gone.remove(element);
            if (delta == null) {
                continue;
            }
            Count own = of(element);
            int linksBefore = own.links;
            own.text -= delta.text;
            own.prose -= delta.prose;
            own.commas -= delta.commas;
            own.links = element.nameIs("a") ? own.text : own.links - delta.links;
            Element parent = element.parent();
            if (i > 0 && parent != null && counts.containsKey(parent)) {
                add(gone.computeIfAbsent(parent, e -> new Count()), delta, linksBefore - own.links);
            }
        }
    }

    private static void add(Count into, Count delta, int links) {
        into.text += delta.text;
        into.prose += delta.prose;
        into.commas += delta.commas;
        into.links += links;
    }

    private final class Counter implements NodeFilter {
        private final Element root;
        private final Set<String> leftOut;
        private final List<Element> met;
        private int[] open = new int[64];
        private int opened;

        Counter(Element root, Set<String> leftOut, List<Element> met) {
            this.root = root;
            this.leftOut = leftOut;
            this.met = met;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                if (node.parent() instanceof Element parent) {
                    Count count = counts.computeIfAbsent(parent, e -> new Count());
                    String value = text.getWholeText();
                    int length = collapsedLength(value);
                    count.text += length;
                    if (length >= PROSE_RUN) {
                        count.prose += length;
                    }
                    count.commas += commas(value);
                }
            } else if (node instanceof Element element) {
                if (element != root && leftOut.contains(element.normalName())) {
                    met.add(element);
                    return FilterResult.SKIP_ENTIRELY;
                }
                counts.put(element, new Count());
                if (opened == open.length) {
                    open = Arrays.copyOf(open, opened * 2);
                }
                open[opened++] = elements.size();
                elements.add(element);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            int index = open[--opened];
            if (index >= ends.length) {
                ends = Arrays.copyOf(ends, Math.max(index + 1, ends.length * 2));
            }
            ends[index] = elements.size();
            Count own = counts.get(element);
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
            return FilterResult.CONTINUE;
        }
    }

    /**
     * {@link #visibleLength} of the text jsoup's {@code TextNode.text()} would give for {@code whole} (blank runs
     * as one space, soft hyphens and zero-width spaces dropped), measured without building that string: this
     * runs on every text node of every page, twice.
     */
    static int collapsedLength(String whole) {
        int length = 0;
        int leading = -1; // blanks before the first other character, until one is met
        int trailing = 0; // blanks after the last other character
        boolean lastWasBlank = false;
        for (int i = 0; i < whole.length(); i++) {
            char c = whole.charAt(i);
            char out;
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00a0') {
                if (lastWasBlank) {
                    continue;
                }
                lastWasBlank = true;
                out = ' ';
            } else if (c == '\u200b' || c == '\u00ad') {
                continue;
            } else {
                lastWasBlank = false;
                out = c;
            }
            length++;
            if (Character.isWhitespace(out)) {
                trailing++;
            } else {
                if (leading < 0) {
                    leading = length - 1;
                }
                trailing = 0;
                if (out >= 0x3040) {
                    length += extraWeight(out);
                }
            }
        }
        return leading < 0 ? 0 : length - leading - trailing;
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
