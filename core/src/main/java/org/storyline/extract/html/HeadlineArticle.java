package org.storyline.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The page's own story when it holds several: sites append the next story below the first ("infinite
 * scroll"), each in its own {@code <article>}, and the scores alone may pick the longer one or the element
 * holding both. The page's headline says which is the page's: the {@code <article>} whose heading reads as the
 * headline is where the article is looked for again.
 *
 * <p>The headline is looked for before pruning, as it usually sits in the story's {@code <header>}, which
 * pruning removes.
 */
final class HeadlineArticle {

    /** An {@code <article>} with less prose than this is a teaser card, not a story. */
    private static final int STORY_PROSE = 400;
    /** A heading within this share of the headline's length, one containing the other, reads as it. */
    private static final double SAME_HEADLINE = 0.8;

    private HeadlineArticle() {
    }

    /**
     * The one outermost {@code <article>} under {@code body} whose heading reads as {@code title}, when the page
     * has more than one; null otherwise.
     */
    static Element find(Element body, String title) {
        return title == null ? null : find(body.getElementsByTag("article"), title);
    }

    /** As {@link #find(Element, String)}, given the body's {@code <article>}s in document order. */
    static Element find(List<Element> bodyArticles, String title) {
        if (title == null) {
            return null;
        }
        List<Element> articles = outermost(bodyArticles);
        if (articles.size() < 2) {
            return null;
        }
        String headline = squash(title);
        Element own = null;
        for (Element article : articles) {
            if (carries(article, headline)) {
                if (own != null) {
                    return null; // two stories under one headline: nothing to choose by
                }
                own = article;
            }
        }
        return own;
    }

    /**
     * True when {@code own} (from {@link #find}) survived pruning as a story, another story survived beside it,
     * and some located container lies outside it: the article is then looked for in {@code own} alone.
     */
    static boolean corrects(Element own, Element body, List<Element> located, TextStats stats) {
        if (own == null || located.isEmpty() || !isWithin(own, body) || stats.of(own).prose < STORY_PROSE) {
            return false;
        }
        boolean rival = false;
        for (Element article : outermost(body)) {
            rival |= article != own && stats.of(article).prose >= STORY_PROSE;
        }
        if (!rival) {
            return false;
        }
        for (Element container : located) {
            if (!isWithin(container, own)) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> outermost(Element body) {
        return outermost(body.getElementsByTag("article"));
    }

    private static List<Element> outermost(List<Element> all) {
        List<Element> articles = new ArrayList<>();
        for (Element article : all) {
            if (articles.isEmpty() || !isWithin(article, articles.get(articles.size() - 1))) {
                articles.add(article); // document order: a nested one follows the article holding it
            }
        }
        return articles;
    }

    private static boolean carries(Element story, String headline) {
        for (Element heading : story.select("h1, h2, h3")) {
            String text = squash(heading.text());
            if (!text.isEmpty() && (text.contains(headline) || headline.contains(text))
                    && Math.min(text.length(), headline.length()) >= SAME_HEADLINE
                    * Math.max(text.length(), headline.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWithin(Element element, Element ancestor) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static String squash(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
