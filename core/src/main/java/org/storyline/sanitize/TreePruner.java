package org.storyline.sanitize;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The first pass of {@link ArticleHtmlSanitizer}: parses the HTML as a browser would (jsoup follows the HTML5
 * tree-building rules), removes or unwraps what will not be kept, makes link and image URLs absolute, and hands
 * the tidy tree on as HTML for OWASP to police.
 *
 * <p>Why a browser parse first: OWASP reads tags as a stream and balances them with its own rules, which
 * differ from a browser's; on broken nesting it inserts elements the input never had (a table around an
 * orphan cell, a {@code li} around text in a list) and does not always reach a fixed point. Given a tree that
 * is already well formed and holds only elements it keeps, OWASP has nothing to repair, so the output keeps
 * the browser's reading of the input and sanitising twice changes nothing.
 */
final class TreePruner {

    /** Removed with everything inside: code, styling, forms' controls, embedded objects, fallback text. */
    private static final Set<String> DROPPED = Set.of("script", "style", "template", "title", "head", "meta", "link",
            "base", "textarea", "select", "option", "optgroup", "datalist", "button", "input", "object", "embed",
            "applet", "svg", "math", "canvas", "audio", "video", "map", "frameset", "frame", "noembed", "noframes",
            "param", "colgroup", "col", "dialog", "portal");
    private static final Set<String> LISTS = Set.of("ul", "ol", "dl");
    private static final Set<String> TABLE_PARTS = Set.of("table", "thead", "tbody", "tfoot", "tr");

    private final Set<String> kept;
    private final Set<String> linkSchemes;
    private final Set<String> imageSchemes;

    TreePruner(Set<String> kept, Set<String> linkSchemes, Set<String> imageSchemes) {
        this.kept = kept;
        this.linkSchemes = linkSchemes;
        this.imageSchemes = imageSchemes;
    }

    String prune(String html, URI page) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        Element body = doc.body();
        pruneChildren(body, page);
        return body.html();
    }

    private void pruneChildren(Element parent, URI page) {
        for (Node child : new ArrayList<>(parent.childNodes())) {
            if (child instanceof Element element) {
                pruneElement(element, page);
            } else if (!(child instanceof TextNode)) {
                child.remove();
            }
        }
        if (LISTS.contains(parent.normalName()) || TABLE_PARTS.contains(parent.normalName())) {
            fitContents(parent);
        }
    }

    private void pruneElement(Element element, URI page) {
        String name = element.normalName();
        if (name.equals("h1")) {
            element.tagName("h2");
            name = "h2";
        }
        if (DROPPED.contains(name) || (name.equals("iframe") && !kept.contains(name))) {
            element.remove();
            return;
        }
        pruneChildren(element, page);
        if (!kept.contains(name) || orphan(element)) {
            element.unwrap();
            return;
        }
        resolveUrls(element, page);
        if (name.equals("pre") && element.childNodeSize() > 0 && element.childNode(0) instanceof TextNode text
                && text.getWholeText().startsWith("\n")) {
            // A parser drops one newline right after <pre>; write one more so the next reading keeps this one.
            text.text("\n" + text.getWholeText());
        }
    }

    /** A list item outside a list or a term outside a definition list, which OWASP would wrap in a new list. */
    private static boolean orphan(Element element) {
        String parent = element.parent() == null ? "" : element.parent().normalName();
        return switch (element.normalName()) {
            case "li" -> !parent.equals("ul") && !parent.equals("ol");
            case "dt", "dd" -> !parent.equals("dl");
            default -> false;
        };
    }

    /**
     * A list holds only items and a table part only rows or cells: text or other elements left directly inside
     * (after unwrapping) go into the neighbouring item or cell, or, with none, the container is unwrapped.
     */
    private static void fitContents(Element container) {
        // Lists and rows have items to take strays in; table, thead, tbody and tfoot do not.
        boolean hasItems = Set.of("ul", "ol", "dl", "tr").contains(container.normalName());
        List<Node> strays = new ArrayList<>();
        for (Node child : container.childNodes()) {
            boolean blank = child instanceof TextNode text && text.isBlank();
            boolean fits = child instanceof Element e && fitsIn(container.normalName(), e.normalName());
            if (!blank && !fits) {
                strays.add(child);
            }
        }
        if (strays.isEmpty()) {
            return;
        }
        if (!hasItems) {
            strays.forEach(Node::remove);
            return;
        }
        Element first = container.children().stream()
                .filter(e -> fitsIn(container.normalName(), e.normalName())).findFirst().orElse(null);
        if (first == null) {
            container.unwrap();
            return;
        }
        List<Node> leading = new ArrayList<>();
        for (Node stray : strays) {
            Element home = fittingBefore(container.normalName(), stray);
            if (home == null) {
                leading.add(stray);
            } else {
                stray.remove();
                home.appendChild(stray);
            }
        }
        for (int i = leading.size() - 1; i >= 0; i--) {
            leading.get(i).remove();
            first.prependChild(leading.get(i));
        }
    }

    private static boolean fitsIn(String container, String child) {
        return switch (container) {
            case "ul", "ol" -> child.equals("li");
            case "dl" -> child.equals("dt") || child.equals("dd");
            case "table" -> child.equals("thead") || child.equals("tbody") || child.equals("tfoot")
                    || child.equals("tr") || child.equals("caption");
            case "thead", "tbody", "tfoot" -> child.equals("tr");
            default -> child.equals("td") || child.equals("th");
        };
    }

    /** The nearest item or cell before the stray node, or null. */
    private static Element fittingBefore(String container, Node stray) {
        for (Element e = stray.previousElementSibling(); e != null; e = e.previousElementSibling()) {
            if (fitsIn(container, e.normalName())) {
                return e;
            }
        }
        return null;
    }

    private void resolveUrls(Element element, URI page) {
        for (Attribute attribute : new ArrayList<>(element.attributes().asList())) {
            String key = attribute.getKey();
            boolean link = key.equals("href");
            if (!link && !key.equals("src")) {
                continue;
            }
            String url = SafeUrl.resolve(attribute.getValue(), page, link ? linkSchemes : imageSchemes);
            if (url == null) {
                element.removeAttr(key);
            } else {
                element.attr(key, url);
            }
        }
    }
}
