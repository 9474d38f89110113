package org.storyline.source.feed;

import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.storyline.source.feed.XmlNode.Element;

/**
 * Reads and writes OPML subscription lists. Reading uses the same guarded XML reader as feeds (no DOCTYPE,
 * bounded depth), keeps outlines with an {@code xmlUrl} and the folder path above them, and lists what it
 * skipped. Writing gives OPML 2.0 with every value escaped by the XML writer and characters XML cannot carry
 * removed.
 *
 * <pre>{@code
 * if (new Opml().read(bytes) instanceof Opml.Subscriptions subs) subs.feeds().forEach(this::subscribe);
 * String opml = new Opml().write("My feeds", feeds, Instant.now());
 * }</pre>
 */
public final class Opml {

    /** Feeds read from one file at most: a reader follows dozens, a 20,000-feed file is an attack on the poller. */
    public static final int MAX_FEEDS = 1000;

    /** What reading gave: {@link Subscriptions} or a {@link FeedFailure}. */
    public sealed interface Result permits Subscriptions, FeedFailure {}

    /**
     * One feed of a list.
     *
     * @param title   the outline's title (else its text), or null
     * @param xmlUrl  the feed's URL, absolute http(s)
     * @param htmlUrl the site's URL, or null
     * @param folders the folder path from the top, empty at top level
     */
    public record Subscription(String title, URI xmlUrl, URI htmlUrl, List<String> folders) {
        public Subscription {
            Objects.requireNonNull(xmlUrl, "xmlUrl");
            folders = List.copyOf(folders);
        }
    }

    /**
     * A read list.
     *
     * @param title   the list's title, or null
     * @param feeds   the feeds in document order, each URL once
     * @param skipped outlines that were left out and why
     */
    public record Subscriptions(String title, List<Subscription> feeds, List<String> skipped) implements Result {
        public Subscriptions {
            feeds = List.copyOf(feeds);
            skipped = List.copyOf(skipped);
        }
    }

    public Result read(byte[] bytes) {
        SafeXmlReader.Outcome xml = SafeXmlReader.read(bytes, SafeXmlReader.Limits.DEFAULT);
        if (xml.failure() != null) {
            return xml.failure();
        }
        Element root = xml.root();
        Element body = root.name().equals("opml") ? root.child(root.namespace(), "body") : null;
        if (body == null) {
            return FeedFailure.notAFeed("not OPML: the root is <%s>, expected <opml> with a <body>".formatted(root.name()));
        }
        Element head = root.child(root.namespace(), "head");
        Map<URI, Subscription> feeds = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        collect(body, List.of(), feeds, skipped);
        return new Subscriptions(head == null ? null : head.childText(root.namespace(), "title"),
                List.copyOf(feeds.values()), skipped);
    }

    private static void collect(Element parent, List<String> folders, Map<URI, Subscription> feeds, List<String> skipped) {
        for (Element outline : parent.children(parent.namespace(), "outline")) {
            String title = RssMapper.first(attribute(outline, "title"), attribute(outline, "text"));
            String xmlUrl = attribute(outline, "xmlUrl");
            if (xmlUrl != null) {
                URI url = Links.resolve(null, xmlUrl);
                if (url == null) {
                    skipped.add("%s: not an absolute http(s) URL: %s".formatted(title, xmlUrl));
                } else if (feeds.size() >= MAX_FEEDS) {
                    skipped.add("%s: more than %d feeds in one file: %s".formatted(title, MAX_FEEDS, url));
                } else if (feeds.putIfAbsent(url, new Subscription(title, url,
                        Links.resolve(null, attribute(outline, "htmlUrl")), folders)) != null) {
                    skipped.add("%s: listed twice: %s".formatted(title, url));
                }
            } else if (!outline.children().isEmpty()) {
                List<String> inner = new ArrayList<>(folders);
                inner.add(title == null ? "Untitled" : title);
                collect(outline, inner, feeds, skipped);
            }
        }
    }

    /** Attribute names in the wild vary in case ({@code xmlURL}, {@code htmlurl}). */
    private static String attribute(Element outline, String name) {
        for (Map.Entry<String, String> entry : outline.attributes().entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return XmlNode.blankToNull(entry.getValue());
            }
        }
        return null;
    }

    /** OPML 2.0 text for {@code feeds}, folders nested as outlines in first-seen order. */
    public String write(String title, List<Subscription> feeds, Instant created) {
        Folder top = new Folder();
        for (Subscription feed : feeds) {
            Folder folder = top;
            for (String name : feed.folders()) {
                folder = folder.folders.computeIfAbsent(name, n -> new Folder());
            }
            folder.feeds.add(feed);
        }
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("opml");
            xml.writeAttribute("version", "2.0");
            writeHead(xml, title, created);
            indent(xml, 1);
            xml.writeStartElement("body");
            writeFolder(xml, top, 2);
            indent(xml, 1);
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("feed: the JDK XML writer failed on a StringWriter", e);
        }
        return out.toString();
    }

    private static void writeHead(XMLStreamWriter xml, String title, Instant created) throws XMLStreamException {
        indent(xml, 1);
        xml.writeStartElement("head");
        indent(xml, 2);
        xml.writeStartElement("title");
        xml.writeCharacters(clean(title == null ? "Storyline subscriptions" : title));
        xml.writeEndElement();
        indent(xml, 2);
        xml.writeStartElement("dateCreated");
        xml.writeCharacters(DateTimeFormatter.RFC_1123_DATE_TIME.format(created.atOffset(ZoneOffset.UTC)));
        xml.writeEndElement();
        indent(xml, 1);
        xml.writeEndElement();
    }

    private static void writeFolder(XMLStreamWriter xml, Folder folder, int depth) throws XMLStreamException {
        for (Subscription feed : folder.feeds) {
            indent(xml, depth);
            xml.writeEmptyElement("outline");
            String name = clean(feed.title() == null ? feed.xmlUrl().toString() : feed.title());
            xml.writeAttribute("type", "rss");
            xml.writeAttribute("text", name);
            xml.writeAttribute("title", name);
            xml.writeAttribute("xmlUrl", clean(feed.xmlUrl().toASCIIString()));
            if (feed.htmlUrl() != null) {
                xml.writeAttribute("htmlUrl", clean(feed.htmlUrl().toASCIIString()));
            }
        }
        for (Map.Entry<String, Folder> sub : folder.folders.entrySet()) {
            indent(xml, depth);
            xml.writeStartElement("outline");
            xml.writeAttribute("text", clean(sub.getKey()));
            writeFolder(xml, sub.getValue(), depth + 1);
            indent(xml, depth);
            xml.writeEndElement();
        }
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /**
     * Text XML 1.0 can carry: control characters and lone surrogates removed, line breaks in attribute values
     * turned to spaces (a parser would do that anyway). The XML writer escapes the rest.
     */
    static String clean(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ")
                .replaceAll("[^\\u0020-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]", "").strip();
    }

    private static final class Folder {
        final Map<String, Folder> folders = new LinkedHashMap<>();
        final List<Subscription> feeds = new ArrayList<>();
    }
}
