package org.storyline.extract.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds the article, in the manner of Readability: every paragraph gives points
 * (one, plus one per comma, plus one per hundred characters up to three) to its parent, half to its
 * grandparent and less to further ancestors; a container's points are scaled down by its link density and
 * nudged by what its class or id says. The best container is returned together with the siblings that
 * score nearly as well, since many sites split one article into several blocks.
 */
final class ContentLocator {

    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "h2", "h3", "h4");
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "span", "font",
            "center", "dd", "li", "td");
    private static final ClassWords POSITIVE = ClassWords.of(
            "article", "articlebody", "article-body", "article-content", "article-text", "body", "content",
            "entry", "entry-content", "hentry", "h-entry", "main", "page", "post", "post-content", "post-body",
            "text", "blog", "story", "story-body", "story-content", "prose", "rich-text", "richtext");
    private static final int MIN_PARAGRAPH = 25;
    private static final double NAME_POINTS = 25;
    private static final int ANCESTORS = 5;
    private static final int SIBLING_PROSE = 100;
    /** A sibling with more link text than this is a teaser list, however many excerpts it scores for. */
    private static final double SIBLING_LINK_DENSITY = 0.3;
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)|[。！？]");
    private static final int RIVALS = 5;
    private static final double RIVAL_SHARE = 0.75;
    private static final int ALTERNATIVES = 3;

    /** The article's containers in document order; empty when the page has no paragraph worth the name. */
    List<Element> locate(Element body, TextStats stats) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        List<Element> scored = new ArrayList<>(); // in the order first credited, so equal scores rank the same way every run
        for (Element element : body.getAllElements()) {
            if (isParagraph(element) && !creditLines(element, body.parent(), stats, scores, scored)) {
                credit(element, body.parent(), stats, scores, scored);
            }
        }
        List<Element> ranked = new ArrayList<>();
        for (Element element : scored) {
            double points = scores.get(element);
            double score = (points + baseScore(element, points)) * (1 - stats.of(element).linkDensity());
            scores.put(element, score);
            if (score > 0) {
                ranked.add(element);
            }
        }
        if (ranked.isEmpty()) {
            return List.of();
        }
        ranked.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
        if (ranked.get(0) == body) {
            return List.of(body);
        }
        Element top = sharedAncestor(ranked, body, scores);
        if (top == ranked.get(0)) {
            top = climb(top, body, scores);
        }
        top = unwrap(top, body);
        return withSiblings(top, scores, stats);
    }

    private static boolean isParagraph(Element element) {
        String tag = element.normalName();
        if (PARAGRAPHS.contains(tag)) {
            return true;
        }
        return CONTAINERS.contains(tag) && ownTextLength(element) >= MIN_PARAGRAPH;
    }

    private static int ownTextLength(Element element) {
        int length = 0;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                length += TextStats.visibleLength(text.getWholeText());
            }
        }
        return length;
    }

    /** Gives {@code paragraph}'s points to its ancestors below {@code outside} (the parent of the searched root). */
    private static void credit(Element paragraph, Element outside, TextStats stats, Map<Element, Double> scores,
            List<Element> scored) {
        TextStats.Count count = stats.of(paragraph);
        if (count.text >= MIN_PARAGRAPH) {
            give(points(count.text, count.commas), paragraph.parent(), outside, scores, scored);
        }
    }

    /**
     * Credits an element whose text is paragraphs parted by runs of line breaks ({@code text<br><br>text}, as pages
     * written before CSS, and editors that emit no {@code <p>}, lay out articles): each part is a paragraph
     * of which the element is the parent, as Readability makes them by turning break runs into {@code <p>}.
     * Without this, three such paragraphs count as one, and the element, which holds them, gets nothing. (A
     * {@code <p>} so parted becomes paragraphs beside each other, whose parent is the {@code <p>}'s.)
     * False when the element's text is not so parted (fewer than two parts long enough to be paragraphs).
     */
    private static boolean creditLines(Element element, Element outside, TextStats stats, Map<Element, Double> scores,
            List<Element> scored) {
        if (!hasBreak(element)) {
            return false;
        }
        List<int[]> parts = new ArrayList<>(); // {characters, commas} of each part long enough to count
        int text = 0;
        int commas = 0;
        int breaks = 0; // line breaks since the last text: one is a new line, two or more a new paragraph
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode run) {
                String value = run.text();
                if (!run.isBlank()) {
                    if (breaks >= 2) {
                        addPart(parts, text, commas);
                        text = 0;
                        commas = 0;
                    }
                    breaks = 0;
                }
                text += TextStats.visibleLength(value);
                commas += TextStats.commas(value);
            } else if (child instanceof Element inner) {
                if (inner.nameIs("br")) {
                    breaks++;
                } else if (BlockCollector.isBlock(inner)) {
                    addPart(parts, text, commas);
                    text = 0;
                    commas = 0;
                    breaks = 0;
                } else if (!isParagraph(inner)) { // one that is credits this element itself
                    if (breaks >= 2) {
                        addPart(parts, text, commas);
                        text = 0;
                        commas = 0;
                    }
                    breaks = 0;
                    TextStats.Count count = stats.of(inner);
                    text += count.text;
                    commas += count.commas;
                }
            }
        }
        addPart(parts, text, commas);
        if (parts.size() < 2) {
            return false;
        }
        Element parent = element.nameIs("p") ? element.parent() : element; // a <p> so parted is paragraphs side by side
        for (int[] part : parts) {
            give(points(part[0], part[1]), parent, outside, scores, scored);
        }
        return true;
    }

    /** True when two of the element's children are line breaks with nothing but blanks between them. */
    private static boolean hasBreak(Element element) {
        Element previous = null;
        for (Element child : element.children()) {
            if (child.nameIs("br") && previous != null && previous.nameIs("br")
                    && previous.nextSibling() instanceof Node between
                    && (between == child || between instanceof TextNode blank && blank.isBlank()
                    && blank.nextSibling() == child)) {
                return true;
            }
            previous = child;
        }
        return false;
    }

    private static void addPart(List<int[]> parts, int text, int commas) {
        if (text >= MIN_PARAGRAPH) {
            parts.add(new int[] {text, commas});
        }
    }

    private static double points(int text, int commas) {
        return 1 + commas + Math.min(text / 100, 3);
    }

    /** Gives {@code points} to {@code first} in full and less to each of its ancestors below {@code outside}. */
    private static void give(double points, Element first, Element outside, Map<Element, Double> scores,
            List<Element> scored) {
        Element ancestor = first;
        for (int level = 0; level < ANCESTORS && ancestor != null && ancestor != outside; level++) {
            if (ancestor.normalName().equals("html") || ancestor.normalName().equals("#root")) {
                break;
            }
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            Double before = scores.get(ancestor);
            if (before == null) {
                scored.add(ancestor);
            }
            scores.put(ancestor, (before == null ? 0 : before) + points / divider);
            ancestor = ancestor.parent();
        }
    }

    /**
     * A container's points from its tag and the words in its class and id. A content-sounding name adds at
     * most what the container's own paragraphs earned: a newsletter box named "main_content" with one paragraph
     * must not outscore the six paragraphs of the article beside it (names in compiled CSS are often such
     * accidents), while a real article body still gets the name's full weight.
     */
    private static double baseScore(Element element, double earned) {
        double score = switch (element.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "dl", "dd", "dt", "li", "form", "address" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String itemprop = element.attr("itemprop").toLowerCase(Locale.ROOT);
        if (itemprop.contains("articlebody") || itemprop.equals("text")) {
            score += 50;
        }
        if (namesContent(element)) {
            score += Math.min(NAME_POINTS, earned);
        }
        if (BoilerplatePruner.namesFurniture(element)) {
            score -= 25;
        }
        return score;
    }

    /** True when the class or id names article content ("entry-content", "story_body"). */
    static boolean namesContent(Element element) {
        return POSITIVE.names(element);
    }

    /**
     * The best container, or the ancestor it shares with at least {@value #ALTERNATIVES} near-equal rivals:
     * when several parts score alike (one paragraph per card), the article is what holds them together.
     */
    private static Element sharedAncestor(List<Element> ranked, Element body, Map<Element, Double> scores) {
        Element top = ranked.get(0);
        double topScore = scores.get(top);
        List<Set<Element>> rivals = new ArrayList<>();
        for (int i = 1; i < Math.min(ranked.size(), RIVALS); i++) {
            if (scores.get(ranked.get(i)) >= RIVAL_SHARE * topScore) {
                rivals.add(ancestors(ranked.get(i), body));
            }
        }
        if (rivals.size() < ALTERNATIVES) {
            return top;
        }
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            int containing = 0;
            for (Set<Element> ancestors : rivals) {
                containing += ancestors.contains(parent) ? 1 : 0;
            }
            if (containing >= ALTERNATIVES) {
                return parent;
            }
        }
        return top;
    }

    private static Set<Element> ancestors(Element element, Element body) {
        Set<Element> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element parent = element.parent(); parent != null && parent != body; parent = parent.parent()) {
            ancestors.add(parent);
        }
        return ancestors;
    }

    /**
     * Moves up from the best container while an ancestor scores at least as well, since the article's own
     * wrapper often scores a little below one dense part of it.
     */
    private static Element climb(Element top, Element body, Map<Element, Double> scores) {
        double topScore = scores.get(top);
        double last = topScore;
        Element parent = top.parent();
        while (parent != null && parent != body) {
            Double score = scores.get(parent);
            if (score != null) {
                if (score < topScore / 3) {
                    break;
                }
                if (score > last) {
                    top = parent;
                    break;
                }
                last = score;
            }
            parent = parent.parent();
        }
        return top;
    }

    /** Past wrappers whose only child is the container: they hold nothing more, and their siblings are kin. */
    private static Element unwrap(Element top, Element body) {
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    private static List<Element> withSiblings(Element top, Map<Element, Double> scores, TextStats stats) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        Kinship kinship = new Kinship(top, topScore, Math.max(10, topScore * 0.2), scores, stats);
        List<Element> chosen = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || kinship.belongs(sibling)) {
                chosen.add(sibling);
            }
        }
        return chosen;
    }

    /**
     * Whether a sibling of the best container is more of the same article: it scores near the best, or shares
     * its class and holds prose, or is itself a paragraph of low link density.
     */
    private record Kinship(Element top, double topScore, double threshold, Map<Element, Double> scores,
                           TextStats stats) {

        boolean belongs(Element sibling) {
            if (top.nameIs("article") && sibling.nameIs("article")) {
                return false; // an <article> is self-contained: its sibling articles are other stories
            }
            boolean sameClass = !top.className().isEmpty() && top.className().equals(sibling.className());
            double bonus = sameClass ? topScore * 0.2 : 0;
            Double score = scores.get(sibling);
            TextStats.Count count = stats.of(sibling);
            double density = count.linkDensity();
            if (score != null && score + bonus >= threshold && density < SIBLING_LINK_DENSITY) {
                return true;
            }
            if (sameClass && count.prose >= SIBLING_PROSE && density < 0.25) {
                return true; // a part of the article split by an ad or figure, scored too deep to get points
            }
            if (!sibling.nameIs("p") && ownTextLength(sibling) < MIN_PARAGRAPH) {
                return false; // otherwise it is a paragraph, or a div written as one (a lead, a summary)
            }
            if (count.text > 80) {
                return density < 0.25;
            }
            return count.text > 0 && density == 0 && SENTENCE_END.matcher(sibling.text()).find();
        }
    }
}
