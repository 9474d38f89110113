package org.storyline.extract.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes page furniture from a body before the article is looked for: code and media elements always;
 * navigation, headers, footers, asides, forms, figures and elements whose class, id or role names a known
 * kind of furniture (share bars, related links, newsletter boxes, ads, comments, captions, bylines) unless
 * they hold most of the page's prose (or a good part of it and are also named as content), since sites name
 * the article's own wrapper "page-content with-sidebar" or "entry-content read-more".
 *
 * <p>The patterns describe kinds of furniture in general; none is keyed to a particular site.
 */
final class BoilerplatePruner {

    private static final Set<String> ALWAYS = Set.of("script", "style", "noscript", "template", "iframe",
            "object", "embed", "svg", "canvas", "button", "input", "select", "textarea", "option", "link",
            "meta", "dialog", "video", "audio", "source", "map", "math");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "header", "form", "menu",
            "figure", "figcaption");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "complementary", "banner",
            "contentinfo", "dialog", "alert", "menu", "menubar", "search", "toolbar");
    private static final ClassWords FURNITURE_NAMES = ClassWords.of(
            "share", "shares", "sharing", "social", "socials", "related", "recommend", "recommended",
            "recommendations", "newsletter", "subscribe", "subscription", "promo", "promos", "promotion",
            "advert", "advertisement", "advertising", "ad", "ads", "adv", "dfp", "banner", "sponsor",
            "sponsored", "sidebar", "comment", "comments", "disqus", "breadcrumb", "breadcrumbs", "pagination",
            "pager", "cookie", "cookies", "consent", "popup", "modal", "signup", "login", "footer", "masthead",
            "menu", "nav", "navbar", "navigation", "toolbar", "widget", "widgets", "outbrain", "taboola",
            "tags", "tag-list", "taglist", "keywords", "author-bio", "bio", "author-profile", "writer-profile",
            "author-box", "authorbox", "author-info", "about-author", "author-card", "byline", "caption", "credit",
            "credits", "timestamp", "dateline", "print", "noprint", "popular", "most-read", "mostread", "trending",
            "read-more", "readmore", "more-stories", "also-read", "hidden", "hide", "skip", "skip-link",
            "disclaimer", "copyright", "rating", "header", "meta", "tools", "utility", "utilities", "follow",
            "donate", "overlay", "offscreen", "visually-hidden", "sr-only", "commentlist", "commentbody",
            "commentform", "commentarea", "commentsection", "commentwrap", "commentblock", "commententry",
            "commentcontent", "commenttext", "usercomments", "talkback");
    /**
     * Inline styles that hide an element: not displayed, invisible, or clipped to nothing or to one pixel, as
     * the usual "visually hidden" / "screen-reader-text" rules do to keep a hint for screen readers only
     * (", opens new tab" inside links): {@code clip: rect(0 0 0 0)} or {@code rect(1px, 1px, 1px, 1px)}, and
     * {@code clip-path: inset(50%)} or {@code inset(100%)}.
     */
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern CLIPPED_STYLE = Pattern.compile(
            "(?i)clip\\s*:\\s*rect\\(\\s*[01](px)?[\\s,]+[01](px)?[\\s,]+[01](px)?[\\s,]+[01](px)?\\s*\\)"
            + "|clip-path\\s*:\\s*inset\\(\\s*(50|100)%");
    /** Reader comments, also in the run-together forms blog templates use ("commentlist", "commentbody"). */
    private static final ClassWords COMMENTS = ClassWords.of("comment", "comments", "disqus", "replies", "reply",
            "discussion", "commentlist", "commentbody", "commentform", "commentarea", "commentsection",
            "commentwrap", "commentblock", "commententry", "commentcontent", "commenttext", "usercomments",
            "talkback");
    /** Names of the page's side and foot columns, which hold other stories' teasers, never the article. */
    private static final ClassWords SIDE_NAMES = ClassWords.of("sidebar", "footer", "widget", "widgets");
    /** Words of layout grids ("sidebar-grid__container", "with-sidebar"), which hold the article beside a column. */
    private static final ClassWords LAYOUT_NAMES = ClassWords.of("grid", "layout", "container", "wrapper", "wrap",
            "with", "has", "page", "row");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Elements that hold the article or the page, never furniture themselves. */
    static final Set<String> NEVER = Set.of("html", "body", "main", "article");
    /** Share of the page's prose above which an element is the article, whatever its name says. */
    private static final double ARTICLE_SHARE = 0.5;
    /** Lower share for elements also named as content ("entry-content read-more", "page-content with-sidebar"). */
    private static final double CONTENT_SHARE = 0.15;

    /**
     * Removes furniture under {@code body}.
     */
    Pruned prune(Element body) {
        return prune(body, false);
    }

    /**
     * What pruning left: the counts of the pruned tree (as {@link TextStats#count} would give them) and the most
     * prose (in characters) that one removed element held, leaving out firm furniture (comments, navigation,
     * hidden parts), which tells the caller whether pruning may have taken the article with it.
     */
    record Pruned(TextStats stats, int largestRemoved) {
    }

    /**
     * As {@link #prune(Element)}; {@code gentle} removes only what never holds an article (scripts, styles,
     * controls, hidden elements, navigation, asides, footers, comments), for a second try when names and tags misled the first: sites wrap
     * articles in "share_wrapper", "adSkinLayer" or {@code <header>} elements.
     *
     * <p>One walk of the tree counts it as if the always-removed elements were gone and lists its elements and
     * quotations; the counts are then corrected for what the furniture rules removed instead of counted again.
     */
    Pruned prune(Element body, boolean gentle) {
        List<Element> doomed = new ArrayList<>();
        TextStats stats = TextStats.count(body, ALWAYS, doomed);
        List<Element> controlHolders = gentle ? List.of() : ControlWidgets.holders(doomed);
        doomed.forEach(Element::remove);
        int pageProse = Math.max(1, stats.of(body).prose);
        doomed.clear();
        List<Element> elements = stats.elements();
        Set<Element> quoting = quoteHolders(elements, body);
        Set<Element> widgets = ControlWidgets.around(controlHolders, body, stats);
        int largest = 0;
        Set<Element> cutParents = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element element : elements) {
            if (!cutParents.isEmpty() && cutParents.contains(element.parent())) {
                doomed.add(element); // after the mark where the comments begin
                continue;
            }
            // not in the gentle try: with the side columns kept there, cutting after the mark left the locator
            // a column of other posts (an l3s-gn1 fit page, 0.87 -> 0.44)
            if (!gentle && startsComments(element, stats)) {
                doomed.add(element);
                cutParents.add(element.parent());
                continue;
            }
            int prose = stats.of(element).prose;
            boolean furniture = gentle ? isFirmFurniture(element)
                    : isFurniture(element, quoting) || widgets.contains(element);
            if (element != body && furniture && (prose < ARTICLE_SHARE * pageProse
                    && !(prose >= CONTENT_SHARE * pageProse && ContentLocator.namesContent(element))
                    || isCommentSection(element))) {
                doomed.add(element);
                if (!gentle && prose > largest && !isFirmFurniture(element)) {
                    largest = prose; // asked only of doomed elements with more prose: names are costly to read
                }
            }
        }
        stats.remove(doomed); // before the elements leave the tree, while they still know their parents
        doomed.forEach(Element::remove);
        return new Pruned(stats, largest);
    }

    /**
     * Furniture whatever else the page says: hidden elements, navigation, asides, footers, sidebars and
     * reader comments. The gentle try still removes these, and they do not count as prose pruning may have lost.
     */
    private static boolean isFirmFurniture(Element element) {
        String tag = element.normalName();
        if (NEVER.contains(tag)) {
            return false;
        }
        return tag.equals("nav") || tag.equals("aside") || tag.equals("footer") || element.hasAttr("hidden")
                || "true".equals(element.attr("aria-hidden")) || isHiddenByStyle(element)
                || COMMENTS.names(element) || SIDE_NAMES.names(element) && !LAYOUT_NAMES.names(element)
                || "navigation".equalsIgnoreCase(element.attr("role"));
    }

    /**
     * A section of reader comments, whatever share of the page's prose it holds: a short post under a long
     * discussion is still the article. Names that also say layout or content ("has-comments", "post
     * comments-open") may be the article's wrapper and are left to the share rule.
     */
    private static boolean isCommentSection(Element element) {
        return COMMENTS.names(element) && !NEVER.contains(element.normalName()) && !LAYOUT_NAMES.names(element)
                && !ContentLocator.namesContent(element);
    }

    /**
     * The mark where the reader comments begin when a template sets them out as siblings of the post, not in
     * a box of their own: a heading named for them ({@code <h2 id="comments">}) or an empty anchor so named
     * ({@code <a id="comments"></a>}, alone or opening a "Comments" heading), after some of the post's prose.
     * The mark and all that follows it in its parent are the discussion; one before any prose may be a
     * template's placeholder and is left alone.
     */
    private static boolean startsComments(Element element, TextStats stats) {
        boolean heading = HEADINGS.contains(element.normalName());
        if (heading) {
            Element first = element.firstElementChild();
            if (!isCommentSection(element) && (first == null || !isCommentAnchor(first))) {
                return false;
            }
        } else if (!isCommentAnchor(element) || HEADINGS.contains(element.parent().normalName())) {
            return false;
        }
        for (Element before = element.previousElementSibling(); before != null;
                before = before.previousElementSibling()) {
            if (stats.of(before).prose > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCommentAnchor(Element element) {
        return element.nameIs("a") && !element.hasAttr("href") && element.childNodeSize() == 0
                && (isCommentSection(element) || COMMENTS.names(element.attr("name")));
    }

    /**
     * Elements that hold a quotation: an embedded post (a tweet in a "social-embed" box) quotes a source the
     * article cites, so a furniture-sounding class name does not make it furniture.
     */
    private static Set<Element> quoteHolders(List<Element> elements, Element body) {
        Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element quote : elements) {
            if (!quote.nameIs("blockquote")) {
                continue;
            }
            for (Element e = quote; e != null && e != body && holders.add(e); e = e.parent()) {
                // walks up until it meets an ancestor already recorded by an earlier quote
            }
        }
        return holders;
    }

    private static boolean isFurniture(Element element, Set<Element> quoting) {
        String tag = element.normalName();
        if (NEVER.contains(tag)) {
            return false;
        }
        if (FURNITURE_TAGS.contains(tag) || element.hasAttr("hidden")
                || "true".equals(element.attr("aria-hidden")) || isHiddenByStyle(element)) {
            return true;
        }
        String role = element.attr("role");
        if (!role.isEmpty() && FURNITURE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            return true;
        }
        // reader comments quote each other: those stay furniture whatever they hold
        return namesFurniture(element) && (!quoting.contains(element) || COMMENTS.names(element));
    }

    private static boolean isHiddenByStyle(Element element) {
        String style = element.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        // the clip forms are looked for only where the word is: most styles have none, and this runs often
        return HIDDEN_STYLE.matcher(style).find()
                || (style.contains("clip") || style.contains("CLIP")) && CLIPPED_STYLE.matcher(style).find();
    }

    /** True when the class or id names furniture ("share-bar", "related_links", "ad-slot"). */
    static boolean namesFurniture(Element element) {
        return FURNITURE_NAMES.names(element);
    }
}
