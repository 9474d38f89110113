package org.storyline.extract.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns containers into text blocks in document order: every block-level element (paragraph, heading,
 * list item, quote, table cell, text-bearing div) ends the block before it and starts its own, so inline
 * markup never splits a paragraph and block markup never glues two.
 */
final class BlockCollector {

    /** What kind of element a block came from; filters treat headings and list items differently. */
    enum Kind { PARAGRAPH, HEADLINE, HEADING, LIST_ITEM, QUOTE, PREFORMATTED, CELL }

    /** One run of text: whitespace collapsed, with how much of it is link text. */
    record Block(String text, int linkChars, Kind kind) {

        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
            "tbody", "thead", "caption", "hr", "address", "center", "details", "summary", "body", "header",
            "footer", "aside", "nav", "figure", "figcaption", "form", "fieldset");

    /** True for an element that ends the block before it and starts its own. */
    static boolean isBlock(Element element) {
        return BLOCKS.contains(element.normalName());
    }

    /** The blocks of {@code containers}, in order. */
    List<Block> collect(List<Element> containers) {
        Visitor visitor = new Visitor();
        for (Element container : containers) {
            NodeTraversor.traverse(visitor, container);
            visitor.flush();
        }
        return visitor.blocks;
    }

    private static Kind kindOf(Element element) {
        return switch (element.normalName()) {
            case "h1" -> Kind.HEADLINE;
            case "h2", "h3", "h4", "h5", "h6" -> Kind.HEADING;
            case "li", "dt", "dd" -> Kind.LIST_ITEM;
            case "blockquote" -> Kind.QUOTE;
            case "pre" -> Kind.PREFORMATTED;
            case "td", "th" -> Kind.CELL;
            default -> Kind.PARAGRAPH;
        };
    }

    private static final class Visitor implements NodeVisitor {
        private final List<Block> blocks = new ArrayList<>();
        private final Deque<Element> open = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int linkDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                append(textNode.getWholeText());
            } else if (node instanceof Element element) {
                if (element.nameIs("a")) {
                    linkDepth++;
                } else if (element.nameIs("br")) {
                    text.append(' ');
                } else if (BLOCKS.contains(element.normalName())) {
                    flush();
                    open.push(element);
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                if (element.nameIs("a")) {
                    linkDepth--;
                } else if (BLOCKS.contains(element.normalName())) {
                    flush();
                    if (!open.isEmpty() && open.peek() == element) {
                        open.pop();
                    }
                } else if (element.nameIs("img")) {
                    text.append(' ');
                }
            }
        }

        private void append(String raw) {
            int before = text.length();
            boolean space = before == 0 || text.charAt(before - 1) == ' ';
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    if (!space) {
                        text.append(' ');
                        space = true;
                    }
                } else {
                    text.append(c);
                    space = false;
                }
            }
            if (linkDepth > 0) {
                linkChars += text.length() - before;
            }
        }

        void flush() {
            String value = text.toString().strip();
            if (!value.isEmpty()) {
                Kind kind = open.isEmpty() ? Kind.PARAGRAPH : kindOf(open.peek());
                blocks.add(new Block(value, Math.min(linkChars, value.length()), kind));
            }
            text.setLength(0);
            linkChars = 0;
        }
    }
}
