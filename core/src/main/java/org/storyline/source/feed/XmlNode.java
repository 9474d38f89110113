package org.storyline.source.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A node of the small, bounded XML tree that {@link SafeXmlReader} builds: an element or a run of text. */
sealed interface XmlNode permits XmlNode.Element, XmlNode.Text {

    /** Character data (CDATA and text merged). */
    record Text(String text) implements XmlNode {}

    /**
     * An element.
     *
     * @param namespace  the namespace URI, "" when none
     * @param name       the local name
     * @param attributes values by local name, or by {@code namespace|local} for namespaced attributes
     * @param children   elements and text in document order
     */
    record Element(String namespace, String name, Map<String, String> attributes, List<XmlNode> children)
            implements XmlNode {

        boolean is(String ns, String local) {
            return namespace.equals(ns) && name.equals(local);
        }

        String attribute(String local) {
            return attributes.get(local);
        }

        String attribute(String ns, String local) {
            return attributes.get(ns + "|" + local);
        }

        /** The first child element with this namespace and name, or null. */
        Element child(String ns, String local) {
            for (XmlNode node : children) {
                if (node instanceof Element e && e.is(ns, local)) {
                    return e;
                }
            }
            return null;
        }

        List<Element> children(String ns, String local) {
            List<Element> found = new ArrayList<>();
            for (XmlNode node : children) {
                if (node instanceof Element e && e.is(ns, local)) {
                    found.add(e);
                }
            }
            return found;
        }

        /** The text of a child element, stripped, or null when absent or blank. */
        String childText(String ns, String local) {
            Element child = child(ns, local);
            return child == null ? null : blankToNull(child.text());
        }

        /** All text inside, descendants included, in document order. */
        String text() {
            StringBuilder out = new StringBuilder();
            appendText(out);
            return out.toString();
        }

        private void appendText(StringBuilder out) {
            for (XmlNode node : children) {
                if (node instanceof Text t) {
                    out.append(t.text());
                } else {
                    ((Element) node).appendText(out);
                }
            }
        }

        boolean hasElementChildren() {
            return children.stream().anyMatch(Element.class::isInstance);
        }

        /** The content re-serialised as markup, for XHTML content and unescaped HTML inside RSS descriptions. */
        String innerXml() {
            StringBuilder out = new StringBuilder();
            for (XmlNode node : children) {
                serialise(node, out);
            }
            return out.toString();
        }

        private static void serialise(XmlNode node, StringBuilder out) {
            if (node instanceof Text t) {
                out.append(escape(t.text(), false));
                return;
            }
            Element e = (Element) node;
            out.append('<').append(e.name);
            e.attributes.forEach((k, v) -> {
                if (!k.contains("|")) {
                    out.append(' ').append(k).append("=\"").append(escape(v, true)).append('"');
                }
            });
            if (e.children.isEmpty()) {
                out.append("/>");
                return;
            }
            out.append('>');
            e.children.forEach(child -> serialise(child, out));
            out.append("</").append(e.name).append('>');
        }
    }

    static String escape(String text, boolean attribute) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
