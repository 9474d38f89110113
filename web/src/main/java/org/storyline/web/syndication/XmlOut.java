package org.storyline.web.syndication;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A StAX writer with every string cleaned by {@link XmlText} on the way in; the writer does the escaping.
 * One per document.
 */
final class XmlOut {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final StringWriter buffer = new StringWriter();
    private final XMLStreamWriter xml;

    XmlOut() {
        try {
            xml = FACTORY.createXMLStreamWriter(buffer);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("feeds: no XML writer", e);
        }
    }

    XmlOut start(String name) {
        return run(() -> xml.writeStartElement(name));
    }

    XmlOut start(String namespace, String name) {
        return run(() -> {
            xml.writeStartElement(name);
            xml.writeDefaultNamespace(namespace);
        });
    }

    XmlOut namespace(String prefix, String uri) {
        return run(() -> xml.writeNamespace(prefix, uri));
    }

    XmlOut attribute(String name, String value) {
        return run(() -> xml.writeAttribute(name, XmlText.clean(value)));
    }

    XmlOut text(String text) {
        return run(() -> xml.writeCharacters(XmlText.clean(text)));
    }

    XmlOut end() {
        return run(xml::writeEndElement);
    }

    /** {@code <name>text</name>}, left out when the text is null. */
    XmlOut element(String name, String text) {
        return text == null ? this : start(name).text(text).end();
    }

    /** {@code <name/>} with one attribute. */
    XmlOut empty(String name, String attribute, String value) {
        return run(() -> {
            xml.writeEmptyElement(name);
            xml.writeAttribute(attribute, XmlText.clean(value));
        });
    }

    /** The document, all open elements closed. */
    String finish() {
        run(() -> {
            xml.writeEndDocument();
            xml.close();
        });
        return buffer.toString();
    }

    /** A writer step that can only fail on a broken writer. */
    private interface Step {
        void run() throws XMLStreamException;
    }

    private XmlOut run(Step step) {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("feeds: XML writer failed", e);
        }
    }
}
