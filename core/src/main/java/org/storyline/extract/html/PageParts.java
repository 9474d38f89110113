package org.storyline.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The elements of a parsed page that the metadata readers and the headline-article check look for, gathered in
 * one walk of the tree: {@code <meta>} tags, JSON-LD scripts, the first {@code <h1>}, the canonical link, the
 * first element that states a publication time in an attribute, links to the home page, {@code <article>}s,
 * and every element in document order for the readers that judge each one (bylines, shown dates). Each of
 * these was a walk of its own before; on a news page of a few thousand elements the walks cost more than
 * what was done with the elements found.
 *
 * <p>Read from the page as parsed, before the body is pruned: later changes to the tree are not seen.
 */
final class PageParts {

    private static final Pattern LD_JSON = Pattern.compile("(?i)application/ld\\+json");
    private static final Pattern CANONICAL = Pattern.compile("(?i)^canonical$");

    private final List<Element> elements = new ArrayList<>();
    private final List<Element> metas = new ArrayList<>();
    private final List<Element> linkedData = new ArrayList<>();
    private final List<Element> homeLinks = new ArrayList<>();
    private final List<Element> articles = new ArrayList<>();
    private Element h1;
    private Element canonical;
    private Element timed;
    private int bodyStart = -1;
    private int bodyEnd = -1;

    private PageParts() {
    }

    /** The parts of {@code document}. */
    static PageParts of(Document document) {
        PageParts parts = new PageParts();
        Element body = document.body();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    if (element == body) {
                        parts.bodyStart = parts.elements.size();
                    }
                    parts.elements.add(element);
                    parts.note(element);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == body) {
                    parts.bodyEnd = parts.elements.size();
                }
            }
        }, document);
        return parts;
    }

    private void note(Element element) {
        switch (element.normalName()) {
            case "meta" -> metas.add(element);
            case "script" -> {
                if (LD_JSON.matcher(element.attr("type")).find()) {
                    linkedData.add(element);
                }
            }
            case "h1" -> {
                if (h1 == null) {
                    h1 = element;
                }
            }
            case "link" -> {
                if (canonical == null && element.hasAttr("rel") && element.hasAttr("href")
                        && CANONICAL.matcher(element.attr("rel")).find()) {
                    canonical = element;
                }
            }
            case "a" -> {
                if (element.attr("href").equals("/") || element.attr("rel").equalsIgnoreCase("home")) {
                    homeLinks.add(element);
                }
            }
            case "article" -> {
                if (bodyStart >= 0 && bodyEnd < 0) {
                    articles.add(element); // in the body: a <template> in the head may hold one too
                }
            }
            default -> {
            }
        }
        if (timed == null && statesTime(element)) {
            timed = element;
        }
    }

    /**
     * What {@code time[pubdate][datetime], [itemprop=datePublished][datetime], [itemprop=datePublished][content],
     * time[datetime]} selects: a {@code <time>} with a machine-readable time, or a datePublished microdata
     * element with one.
     */
    private static boolean statesTime(Element element) {
        if (element.nameIs("time") && element.hasAttr("datetime")) {
            return true;
        }
        return element.hasAttr("itemprop") && (element.hasAttr("datetime") || element.hasAttr("content"))
                && "datepublished".equalsIgnoreCase(element.attr("itemprop").trim());
    }

    /** Every element of the page, in document order. */
    List<Element> elements() {
        return elements;
    }

    /** The elements of the page's {@code <body>} (itself first), in document order; empty without one. */
    List<Element> bodyElements() {
        return bodyStart < 0 ? List.of() : elements.subList(bodyStart, bodyEnd);
    }

    /** The {@code <meta>} elements, in document order. */
    List<Element> metas() {
        return metas;
    }

    /** The {@code <script>}s whose type is JSON-LD, in document order. */
    List<Element> linkedData() {
        return linkedData;
    }

    /** Links to the site's home page ({@code href="/"} or {@code rel=home}), in document order. */
    List<Element> homeLinks() {
        return homeLinks;
    }

    /** The {@code <article>} elements in the body, in document order. */
    List<Element> articles() {
        return articles;
    }

    /** The first {@code <h1>}, or null. */
    Element h1() {
        return h1;
    }

    /** The first {@code <link rel=canonical href>}, or null. */
    Element canonical() {
        return canonical;
    }

    /** The first element that states a publication time in an attribute (see {@link #statesTime}), or null. */
    Element timed() {
        return timed;
    }
}
