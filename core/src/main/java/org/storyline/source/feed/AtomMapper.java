package org.storyline.source.feed;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storyline.source.feed.XmlNode.Element;

/**
 * Maps an Atom 1.0 tree to a {@link Feed}. Text constructs are read by their {@code type} (text, html, or
 * xhtml, whose inner markup is re-serialised); {@code xml:base} is honoured on the feed and each entry;
 * an entry without an author takes the feed's.
 */
final class AtomMapper {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    private AtomMapper() {
    }

    static FeedResult fromAtom(Element feed, URI feedUrl) {
        URI base = Links.rebase(feedUrl, feed.attribute(XML, "base"));
        String feedAuthor = author(feed);
        List<FeedItem> items = new ArrayList<>();
        for (Element entry : feed.children(ATOM, "entry")) {
            items.add(entry(entry, Links.rebase(base, entry.attribute(XML, "base")), feedAuthor));
        }
        Body title = textConstruct(feed.child(ATOM, "title"));
        return new Feed(feedUrl, Feed.Format.ATOM_1_0, title == null ? null : PlainText.of(title.plainText()),
                alternate(feed, base), items);
    }

    private static FeedItem entry(Element entry, URI base, String feedAuthor) {
        Body title = textConstruct(entry.child(ATOM, "title"));
        String author = author(entry);
        String date = RssMapper.first(entry.childText(ATOM, "published"), entry.childText(ATOM, "updated"));
        List<String> categories = new ArrayList<>();
        for (Element category : entry.children(ATOM, "category")) {
            categories.add(RssMapper.first(category.attribute("label"), category.attribute("term")));
        }
        return FeedItem.of(entry.childText(ATOM, "id"), alternate(entry, base),
                title == null ? null : PlainText.of(title.plainText()), author != null ? author : feedAuthor,
                FeedDates.parse(date), textConstruct(entry.child(ATOM, "summary")), content(entry.child(ATOM, "content")),
                categories);
    }

    /** A text construct by its type; null when absent or empty. */
    static Body textConstruct(Element element) {
        if (element == null) {
            return null;
        }
        String type = element.attribute("type") == null ? "text" : element.attribute("type").strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "html", "text/html" -> Body.of(element.text(), Body.Markup.HTML);
            case "xhtml", "application/xhtml+xml" -> Body.of(xhtml(element), Body.Markup.HTML);
            default -> type.equals("text") || type.startsWith("text/") ? Body.of(element.text(), Body.Markup.TEXT) : null;
        };
    }

    /** Content given by reference ({@code src}) has nothing inline to read. */
    private static Body content(Element element) {
        return element == null || element.attribute("src") != null ? null : textConstruct(element);
    }

    /** XHTML content is wrapped in one {@code <div>}; the content is what is inside it. */
    private static String xhtml(Element element) {
        Element div = element.child("http://www.w3.org/1999/xhtml", "div");
        return div != null ? div.innerXml() : element.innerXml();
    }

    private static String author(Element parent) {
        Element author = parent.child(ATOM, "author");
        return author == null ? null : RssMapper.first(author.childText(ATOM, "name"), author.childText(ATOM, "email"));
    }

    private static URI alternate(Element parent, URI base) {
        for (Element link : parent.children(ATOM, "link")) {
            String rel = link.attribute("rel");
            if (rel == null || rel.strip().equals("alternate")) {
                URI url = Links.resolve(base, link.attribute("href"));
                if (url != null) {
                    return url;
                }
            }
        }
        return null;
    }
}
