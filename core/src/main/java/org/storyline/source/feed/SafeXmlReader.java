package org.storyline.source.feed;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads untrusted XML into a small tree, refusing what makes XML dangerous. Any DOCTYPE is refused as soon
 * as the parser reports it — before any entity could be expanded — because entity declarations are what
 * billion-laughs (memory) and XXE (file and network reads) attacks need, and feeds do not need them. DTD
 * support and external entities are also switched off in the parser, and depth, element and attribute counts
 * are bounded while reading. The JDK's own StAX parser is used by name so a library on the class path cannot
 * swap in a parser with other defaults.
 */
final class SafeXmlReader {

    /** Bounds on the tree; the input size is bounded by the caller. */
    record Limits(int maxDepth, int maxElements, int maxAttributes) {
        static final Limits DEFAULT = new Limits(64, 500_000, 64);
    }

    /** The root element, or why there is none. */
    record Outcome(XmlNode.Element root, FeedFailure failure) {}

    private static final String DTD_REFUSED = "document type declarations (DOCTYPE) are refused: they enable "
            + "entity expansion (billion laughs) and external entities (XXE), and feeds do not need them";

    private SafeXmlReader() {
    }

    static Outcome read(byte[] bytes, Limits limits) {
        XMLStreamReader reader = null;
        try {
            reader = factory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            return build(reader, limits);
        } catch (XMLStreamException e) {
            return failed("not well-formed XML" + where(e.getLocation()) + ": " + reason(e));
        } catch (RuntimeException e) {
            // The JDK parser signals some encoding faults this way; for input from the web that is bad data.
            return failed("unreadable XML: " + e.getMessage());
        } finally {
            close(reader);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    private static Outcome build(XMLStreamReader reader, Limits limits) throws XMLStreamException {
        Deque<Open> stack = new ArrayDeque<>();
        int elements = 0;
        while (reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_DECLARATION -> {
                    return failed(DTD_REFUSED);
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> {
                    return failed("entity reference &" + reader.getLocalName() + "; is not allowed");
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    String overLimit = overLimit(reader, stack.size(), ++elements, limits);
                    if (overLimit != null) {
                        return failed(overLimit);
                    }
                    stack.push(open(reader));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!stack.isEmpty()) {
                        stack.peek().addText(reader.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    XmlNode.Element done = stack.pop().close();
                    if (stack.isEmpty()) {
                        drain(reader);
                        return new Outcome(done, null);
                    }
                    stack.peek().children.add(done);
                }
                default -> { } // comments and processing instructions carry nothing for us
            }
        }
        return failed("no root element");
    }

    private static String overLimit(XMLStreamReader reader, int depth, int elements, Limits limits) {
        if (depth >= limits.maxDepth()) {
            return "elements nested deeper than " + limits.maxDepth() + " levels";
        }
        if (elements > limits.maxElements()) {
            return "more than " + limits.maxElements() + " elements";
        }
        if (reader.getAttributeCount() > limits.maxAttributes()) {
            return "an element with more than " + limits.maxAttributes() + " attributes";
        }
        return null;
    }

    /** Reads to the end so content after the root (a second root, garbage) is reported as malformed. */
    private static void drain(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext()) {
            reader.next();
        }
    }

    private static Open open(XMLStreamReader reader) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String ns = reader.getAttributeNamespace(i);
            String key = ns == null || ns.isEmpty() ? reader.getAttributeLocalName(i) : ns + "|" + reader.getAttributeLocalName(i);
            attributes.put(key, reader.getAttributeValue(i));
        }
        String ns = reader.getNamespaceURI();
        return new Open(ns == null ? "" : ns, reader.getLocalName(), attributes);
    }

    /** An element still being read. */
    private static final class Open {
        final String namespace;
        final String name;
        final Map<String, String> attributes;
        final List<XmlNode> children = new ArrayList<>();

        Open(String namespace, String name, Map<String, String> attributes) {
            this.namespace = namespace;
            this.name = name;
            this.attributes = attributes;
        }

        void addText(String text) {
            int last = children.size() - 1;
            if (last >= 0 && children.get(last) instanceof XmlNode.Text previous) {
                children.set(last, new XmlNode.Text(previous.text() + text));
            } else {
                children.add(new XmlNode.Text(text));
            }
        }

        XmlNode.Element close() {
            return new XmlNode.Element(namespace, name, Collections.unmodifiableMap(attributes), List.copyOf(children));
        }
    }

    private static Outcome failed(String message) {
        return new Outcome(null, FeedFailure.malformed(message));
    }

    private static String where(Location location) {
        return location == null || location.getLineNumber() < 0 ? ""
                : " at line %d, column %d".formatted(location.getLineNumber(), location.getColumnNumber());
    }

    private static String reason(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        return at >= 0 ? message.substring(at + 9).strip() : message.strip();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // closing a reader over a byte array frees nothing that matters
            }
        }
    }
}
