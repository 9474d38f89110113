package org.storyline.web.syndication;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Atom 1.0 (RFC 4287).
 *
 * <pre>{@code
 * String xml = AtomWriter.write(channel);
 * }</pre>
 *
 * <p>Titles and summaries are {@code type="text"}; content is {@code type="html"}, escaped paragraphs. An
 * entry without a publication time is dated by the feed (Atom requires {@code updated}).
 */
public final class AtomWriter {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";

    private AtomWriter() {
    }

    public static String write(Channel channel) {
        Instant updated = channel.updated() != null ? channel.updated() : Instant.EPOCH;
        XmlOut xml = new XmlOut().start(NAMESPACE, "feed");
        text(xml, "title", channel.title());
        if (channel.description() != null) {
            text(xml, "subtitle", channel.description());
        }
        xml.element("id", channel.self().toString())
                .element("updated", date(updated))
                .empty("link", "href", channel.page().toString())
                .start("link").attribute("rel", "self").attribute("href", channel.self().toString())
                .attribute("type", "application/atom+xml").end()
                .start("author").element("name", "Storyline").end()
                .element("generator", "Storyline");
        for (Channel.Entry e : channel.entries()) {
            xml.start("entry");
            text(xml, "title", e.title());
            xml.element("id", e.link().toString())
                    .element("updated", date(e.published() != null ? e.published() : updated));
            if (e.published() != null) {
                xml.element("published", date(e.published()));
            }
            xml.start("link").attribute("rel", "alternate").attribute("href", e.link().toString()).end();
            if (e.original() != null) {
                xml.start("link").attribute("rel", "via").attribute("href", e.original().toString()).end();
            }
            if (e.image() != null) { // RFC 4287 4.2.7.2: a related resource that may be large
                xml.start("link").attribute("rel", "enclosure").attribute("href", e.image().toString()).end();
            }
            if (e.author() != null || e.outlet() != null) {
                xml.start("author").element("name", e.author() != null ? e.author() : e.outlet()).end();
            }
            e.tags().forEach(tag -> xml.empty("category", "term", tag));
            text(xml, "summary", e.summary() == null ? "" : e.summary());
            xml.start("content").attribute("type", "html").text(e.html()).end();
            xml.end();
        }
        return xml.end().finish();
    }

    private static void text(XmlOut xml, String name, String text) {
        xml.start(name).attribute("type", "text").text(text).end();
    }

    static String date(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
