package org.storyline.extract.html;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The article's standfirst: the summary paragraph a news page shows under its headline, which it also gives
 * as its description ({@code description}, {@code og:description}). Pages set it in the article's header,
 * apart from the body's container, so pruning (a {@code <header>}) or the locator (another block) leaves it
 * out, although readers and hand-made extracts take it as the article's opening. A text shown on the page
 * that is word for word the page's own summary of itself is the article's, wherever it stands; one inside a
 * link, a navigation bar, an aside or a footer is a teaser for the story, not its text.
 */
final class Standfirst {

    /** Shorter descriptions are labels or site slogans, not summaries. */
    private static final int MIN_LENGTH = 40;
    private static final Set<String> TEASER_HOLDERS = Set.of("a", "nav", "aside", "footer", "form", "button",
            "figcaption", "li", "dt", "dd");

    private Standfirst() {
    }

    /**
     * The first element of {@code bodyElements} (in document order, before pruning) whose text is one of
     * {@code summaries}; null when none is shown. Only elements whose text starts with a text run of their own
     * are read in full, so the walk stays cheap.
     */
    static String find(List<Element> bodyElements, List<String> summaries) {
        if (summaries.isEmpty()) {
            return null;
        }
        for (Element element : bodyElements) {
            TextNode first = firstText(element);
            if (first == null) {
                continue;
            }
            String start = TitleCleaner.collapse(first.getWholeText());
            for (String summary : summaries) {
                if (summary.length() >= MIN_LENGTH && start != null && summary.startsWith(start)
                        && summary.equals(TitleCleaner.collapse(element.text())) && !inTeaser(element)) {
                    return summary;
                }
            }
        }
        return null;
    }

    /** The element's first child that is not blank text, when it is text; else null. */
    private static TextNode firstText(Element element) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                if (!text.isBlank()) {
                    return text;
                }
            } else {
                return null;
            }
        }
        return null;
    }

    private static boolean inTeaser(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (TEASER_HOLDERS.contains(e.normalName()) || e.hasAttr("hidden")
                    || "true".equals(e.attr("aria-hidden"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code text} (paragraphs parted by blank lines) opened by {@code standfirst} when it does not hold it already;
     * null leaves it as it is, and an empty body is not given one, as a summary alone is not the article.
     */
    static String open(String text, String standfirst) {
        if (standfirst == null || text.isEmpty()) {
            return text;
        }
        String probe = standfirst.substring(0, Math.min(standfirst.length(), 60));
        if (text.contains(probe)) {
            return text;
        }
        for (String paragraph : text.split("\n\n")) {
            if (paragraph.length() >= MIN_LENGTH && standfirst.contains(paragraph)) {
                return text;
            }
        }
        return standfirst + "\n\n" + text;
    }
}
