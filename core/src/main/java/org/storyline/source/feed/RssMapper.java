package org.storyline.source.feed;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.storyline.source.feed.XmlNode.Element;

/**
 * Maps RSS trees to a {@link Feed}: RSS 0.9x and 2.0 ({@code <rss><channel>}) and the RDF family, RSS 0.90 and
 * 1.0 ({@code <rdf:RDF>} with items beside the channel). Dublin Core and content:encoded are read in both.
 */
final class RssMapper {

    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String RSS_090 = "http://my.netscape.com/rdf/simple/0.9/";
    static final String RSS_10 = "http://purl.org/rss/1.0/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String ATOM = AtomMapper.ATOM;

    private RssMapper() {
    }

    static FeedResult fromRss(Element rss, URI feedUrl) {
        Element channel = rss.child("", "channel");
        if (channel == null) {
            return FeedFailure.malformed("<rss> without a <channel>");
        }
        String version = rss.attribute("version") == null ? "2.0" : rss.attribute("version").strip();
        Feed.Format format = version.startsWith("0.9") ? Feed.Format.RSS_0_9X : Feed.Format.RSS_2_0;
        List<FeedItem> items = new ArrayList<>();
        for (Element item : channel.children("", "item")) {
            items.add(item(item, "", feedUrl));
        }
        return new Feed(feedUrl, format, title(channel, ""), siteLink(channel, "", feedUrl), items);
    }

    static FeedResult fromRdf(Element rdf, URI feedUrl) {
        String ns = rdf.child(RSS_10, "channel") != null ? RSS_10 : rdf.child(RSS_090, "channel") != null ? RSS_090 : null;
        if (ns == null) {
            return FeedFailure.notAFeed("an RDF document without an RSS channel");
        }
        Element channel = rdf.child(ns, "channel");
        List<FeedItem> items = new ArrayList<>();
        for (Element item : rdf.children(ns, "item")) {
            items.add(item(item, ns, feedUrl));
        }
        Feed.Format format = ns.equals(RSS_10) ? Feed.Format.RSS_1_0 : Feed.Format.RSS_0_9X;
        return new Feed(feedUrl, format, title(channel, ns), siteLink(channel, ns, feedUrl), items);
    }

    private static FeedItem item(Element item, String ns, URI feedUrl) {
        Element guidElement = item.child(ns, "guid");
        String guid = guidElement != null ? XmlNode.blankToNull(guidElement.text()) : item.attribute(RDF, "about");
        URI url = Links.resolve(feedUrl, item.childText(ns, "link"));
        if (url == null && guid != null && guidElement != null && !"false".equals(guidElement.attribute("isPermaLink"))) {
            url = Links.resolve(null, guid); // a permalink guid is the item's page when <link> is missing
        }
        if (url == null) {
            url = atomLink(item, feedUrl);
        }
        String published = first(item.childText(ns, "pubDate"), item.childText(DC, "date"), item.childText(ATOM, "updated"));
        List<String> categories = new ArrayList<>();
        item.children(ns, "category").forEach(c -> categories.add(c.text()));
        item.children(DC, "subject").forEach(c -> categories.add(c.text()));
        return FeedItem.of(guid, url, PlainText.of(item.childText(ns, "title")), author(item, ns),
                FeedDates.parse(published), html(item.child(ns, "description")), html(item.child(CONTENT, "encoded")),
                categories);
    }

    /** An RSS description is HTML, escaped or (wrongly, but often) as raw elements. */
    private static Body html(Element element) {
        if (element == null) {
            return null;
        }
        return Body.of(element.hasElementChildren() ? element.innerXml() : element.text(), Body.Markup.HTML);
    }

    private static String author(Element item, String ns) {
        String author = first(item.childText(DC, "creator"), item.childText(ns, "author"));
        if (author == null) {
            return null;
        }
        // RSS 2.0 wants "jo@example.org (Jo Bloggs)": keep the name, drop the address.
        int open = author.indexOf('(');
        if (author.contains("@") && open > 0 && author.endsWith(")")) {
            return author.substring(open + 1, author.length() - 1).strip();
        }
        return author;
    }

    private static URI atomLink(Element item, URI feedUrl) {
        for (Element link : item.children(ATOM, "link")) {
            String rel = link.attribute("rel");
            if (rel == null || rel.equals("alternate")) {
                return Links.resolve(feedUrl, link.attribute("href"));
            }
        }
        return null;
    }

    private static String title(Element channel, String ns) {
        return channel == null ? null : PlainText.of(channel.childText(ns, "title"));
    }

    private static URI siteLink(Element channel, String ns, URI feedUrl) {
        return channel == null ? null : Links.resolve(feedUrl, channel.childText(ns, "link"));
    }

    static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
