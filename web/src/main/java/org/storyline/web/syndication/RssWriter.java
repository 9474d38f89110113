package org.storyline.web.syndication;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * RSS 2.0 (with atom:link rel=self, as the RSS Advisory Board recommends).
 *
 * <pre>{@code
 * String xml = RssWriter.write(channel);
 * }</pre>
 *
 * <p>Titles are plain text; {@code description} carries escaped HTML paragraphs, as RSS readers expect. An entry's
 * lead image is a Media RSS {@code <media:content medium="image">}: what feed readers take as an item's picture
 * (an RSS {@code enclosure} would need the image's length and type, which the proxy only learns when it fetches).
 */
public final class RssWriter {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String MEDIA = "http://search.yahoo.com/mrss/";

    private RssWriter() {
    }

    public static String write(Channel channel) {
        XmlOut xml = new XmlOut().start("rss").attribute("version", "2.0").namespace("atom", ATOM)
                .namespace("dc", DC)
                .namespace("media", MEDIA);
        xml.start("channel")
                .element("title", channel.title())
                .element("link", channel.page().toString())
                .element("description", XmlText.escapeHtml(channel.description() == null ? channel.title()
                        : channel.description())) // readers take it as HTML
                .element("generator", "Storyline");
        if (channel.updated() != null) {
            xml.element("lastBuildDate", date(channel.updated()));
        }
        xml.start("atom:link").attribute("href", channel.self().toString()).attribute("rel", "self")
                .attribute("type", "application/rss+xml").end();
        for (Channel.Entry e : channel.entries()) {
            xml.start("item")
                    .element("title", e.title())
                    .element("link", e.link().toString())
                    .start("guid").attribute("isPermaLink", "true").text(e.link().toString()).end()
                    .element("description", e.html());
            if (e.published() != null) {
                xml.element("pubDate", date(e.published()));
            }
            if (e.author() != null) {
                xml.element("dc:creator", e.author());
            }
            if (e.outlet() != null) {
                xml.start("source").attribute("url", e.original() != null ? e.original().toString()
                        : e.link().toString()).text(e.outlet()).end();
            }
            e.tags().forEach(tag -> xml.element("category", tag));
            if (e.image() != null) {
                xml.start("media:content").attribute("url", e.image().toString()).attribute("medium", "image").end();
            }
            xml.end();
        }
        return xml.end().end().finish();
    }

    /** RFC 822 as RSS wants it ("Thu, 03 Jul 2025 00:00:00 GMT"). */
    static String date(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}
