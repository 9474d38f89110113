package org.storyline.web.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.web.syndication.StrictXml.children;
import static org.storyline.web.syndication.StrictXml.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The three formats of one channel, parsed back with strict parsers, say what the channel says. */
class FeedWritersTest {

    private static final String ATOM = AtomWriter.NAMESPACE;
    private static final String HOSTILE = "<script>alert(1)</script> ]]> & \"q\" 'a' \u0000\u0007\u000B\uFFFE\uD800 end";
    private static final Instant MAY = Instant.parse("2025-07-03T10:15:00Z");
    private static final URI IMAGE = URI.create("http://127.0.0.1:8080/image/sig/aHR0cHM6Ly9leGFtcGxlLm9yZy9hLmpwZw?x=1&y=2");

    static Channel channel(String title, String author, String outlet, String text, List<String> tags) {
        Channel.Entry entry = new Channel.Entry("a1", title, URI.create("http://127.0.0.1:8080/article/a1"),
                URI.create("https://example.org/news?a=1&b=2"), outlet, author, MAY, "en", text, text, tags,
                IMAGE);
        Channel.Entry undated = new Channel.Entry("a2", "Second", URI.create("http://127.0.0.1:8080/article/a2"),
                null, null, null, null, null, "s", "s", List.of(), null);
        return new Channel("Story: " + title, "About " + title, URI.create("http://127.0.0.1:8080/story/s1"),
                URI.create("http://127.0.0.1:8080/story/s1/feed.rss"), MAY, List.of(entry, undated));
    }

    @Test
    void rssCarriesTheFieldsWithHostileTextAsPlainText() {
        Channel channel = channel(HOSTILE, HOSTILE, HOSTILE, "First paragraph " + HOSTILE + "\n\nSecond.", List.of(HOSTILE));
        String xml = RssWriter.write(channel);
        assertThat(xml).doesNotContain("<script").doesNotContain("]]>").doesNotContain("\u0000");
        Element rss = StrictXml.parse(xml).getDocumentElement();
        assertThat(rss.getAttribute("version")).isEqualTo("2.0");
        Element ch = children(rss, null, "channel").get(0);
        assertThat(text(ch, null, "title")).isEqualTo("Story: " + XmlText.clean(HOSTILE));
        assertThat(children(ch, ATOM, "link").get(0).getAttribute("href")).isEqualTo(channel.self().toString());
        List<Element> items = children(ch, null, "item");
        assertThat(items).hasSize(2);
        Element item = items.get(0);
        assertThat(text(item, null, "title")).isEqualTo(XmlText.clean(HOSTILE));
        assertThat(text(item, null, "link")).isEqualTo("http://127.0.0.1:8080/article/a1");
        assertThat(text(item, null, "guid")).isEqualTo("http://127.0.0.1:8080/article/a1");
        assertThat(text(item, null, "pubDate")).isEqualTo("Thu, 3 Jul 2025 10:15:00 GMT");
        assertThat(text(item, "http://purl.org/dc/elements/1.1/", "creator")).isEqualTo(XmlText.clean(HOSTILE));
        assertThat(text(item, null, "category")).isEqualTo(XmlText.clean(HOSTILE));
        assertThat(children(item, null, "source").get(0).getAttribute("url")).isEqualTo("https://example.org/news?a=1&b=2");
        String description = text(item, null, "description");
        assertThat(description).startsWith("<p>First paragraph &lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp;")
                .contains("</p>\n<p>Second.</p>").doesNotContain("<script");
        assertThat(children(items.get(1), null, "pubDate")).isEmpty();
        String media = "http://search.yahoo.com/mrss/";
        assertThat(children(item, media, "content")).singleElement()
                .satisfies(c -> assertThat(c.getAttribute("url")).isEqualTo(IMAGE.toString()))
                .satisfies(c -> assertThat(c.getAttribute("medium")).isEqualTo("image"));
        assertThat(children(items.get(1), media, "content")).isEmpty();
    }

    @Test
    void atomCarriesTheFieldsAndDatesEveryEntry() {
        Channel channel = channel(HOSTILE, null, "AP", "Body " + HOSTILE, List.of("Baku"));
        Element feed = StrictXml.parse(AtomWriter.write(channel)).getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(text(feed, ATOM, "title")).isEqualTo("Story: " + XmlText.clean(HOSTILE));
        assertThat(text(feed, ATOM, "updated")).isEqualTo("2025-07-03T10:15:00Z");
        List<Element> entries = children(feed, ATOM, "entry");
        assertThat(entries).hasSize(2);
        Element entry = entries.get(0);
        assertThat(children(entry, ATOM, "title").get(0).getAttribute("type")).isEqualTo("text");
        assertThat(text(entry, ATOM, "title")).isEqualTo(XmlText.clean(HOSTILE));
        assertThat(text(entry, ATOM, "id")).isEqualTo("http://127.0.0.1:8080/article/a1");
        assertThat(text(entries.get(1), ATOM, "updated")).isEqualTo("2025-07-03T10:15:00Z");
        Element author = children(entry, ATOM, "author").get(0);
        assertThat(text(author, ATOM, "name")).isEqualTo("AP");
        assertThat(children(entry, ATOM, "category").get(0).getAttribute("term")).isEqualTo("Baku");
        assertThat(children(entry, ATOM, "link")).extracting(l -> l.getAttribute("rel") + " " + l.getAttribute("href"))
                .containsExactly("alternate http://127.0.0.1:8080/article/a1", "via https://example.org/news?a=1&b=2",
                        "enclosure " + IMAGE);
        assertThat(children(entries.get(1), ATOM, "link")).extracting(l -> l.getAttribute("rel")).containsExactly("alternate");
        assertThat(text(entry, ATOM, "content")).startsWith("<p>Body &lt;script&gt;");
    }

    @Test
    void jsonFeedCarriesTheFields() throws Exception {
        Channel channel = channel(HOSTILE, "Jane <b>Doe</b>", "AP", "Body", List.of("Baku"));
        JsonNode feed = new ObjectMapper().readTree(JsonFeedWriter.write(channel));
        assertThat(feed.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.get("feed_url").asText()).isEqualTo(channel.self().toString());
        JsonNode item = feed.get("items").get(0);
        assertThat(item.get("title").asText()).isEqualTo(XmlText.clean(HOSTILE));
        assertThat(item.get("id").asText()).isEqualTo("http://127.0.0.1:8080/article/a1");
        assertThat(item.get("external_url").asText()).isEqualTo("https://example.org/news?a=1&b=2");
        assertThat(item.get("date_published").asText()).isEqualTo("2025-07-03T10:15:00Z");
        assertThat(item.get("authors").get(0).get("name").asText()).isEqualTo("Jane <b>Doe</b>");
        assertThat(item.get("content_html").asText()).isEqualTo("<p>Body</p>\n");
        assertThat(item.get("image").asText()).isEqualTo(IMAGE.toString());
        assertThat(feed.get("items").get(1).has("date_published")).isFalse();
        assertThat(feed.get("items").get(1).has("image")).isFalse();
    }

    @Test
    void cleaningDropsWhatXmlCannotCarryAndKeepsTheRest() {
        assertThat(XmlText.clean("a\u0000b\u001Fc\r\nd\re\tf\uFFFEg\uD800h\uD83D\uDE00i")).isEqualTo("abc\nd\ne\tfgh\uD83D\uDE00i");
        assertThat(XmlText.clean(null)).isNull();
    }
}
