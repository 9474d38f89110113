package org.storyline.source.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each format, read from a hand-written fixture. */
class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    private Feed feed(String fixture, String url) {
        FeedResult result = parser.parse(Fixtures.bytes(fixture), URI.create(url));
        assertThat(result).as(String.valueOf(result)).isInstanceOf(Feed.class);
        return (Feed) result;
    }

    @Test
    void rss2WithCdataEntitiesAndContentEncoded() {
        Feed feed = feed("rss2-cdata.xml", "https://news.example.org/feed.xml");

        assertThat(feed.format()).isEqualTo(Feed.Format.RSS_2_0);
        assertThat(feed.title()).isEqualTo("The Daily & Nightly");
        assertThat(feed.siteLink()).isEqualTo(URI.create("https://news.example.org/"));
        assertThat(feed.items()).hasSize(4);
        FeedItem first = feed.items().get(0);
        assertThat(first.title()).isEqualTo("Rivers rise & towns brace for \u201cthe worst\u201d");
        assertThat(first.guid()).isEqualTo("news-example-48213");
        assertThat(first.url()).hasToString("https://news.example.org/2025/07/rivers-rise?utm_source=rss&utm_medium=feed");
        assertThat(first.author()).isEqualTo("Amina Yusuf");
        assertThat(first.published().instant()).isEqualTo(Instant.parse("2025-07-03T13:05:00Z"));
        assertThat(first.published().precision()).isEqualTo(ChronoUnit.MINUTES);
        assertThat(first.summary()).isEqualTo(new Body("<p>Water levels rose <b>two metres</b> overnight…</p>", Body.Markup.HTML));
        assertThat(first.content().text()).startsWith("<p>Water levels on the Ouse");
        assertThat(first.categories()).containsExactly("Climate change", "Weather/Floods");
        assertThat(first.hashtags()).containsExactly("ClimateChange", "Floods");
        assertThat(first.teaser()).isFalse();
    }

    @Test
    void rss2OddItems() {
        List<FeedItem> items = feed("rss2-cdata.xml", "https://news.example.org/feed.xml").items();

        FeedItem markets = items.get(1);
        assertThat(markets.title()).isEqualTo("Markets open lower");
        assertThat(markets.url()).hasToString("https://news.example.org/2025/07/markets");
        assertThat(markets.author()).isEqualTo("Business Desk");
        assertThat(markets.published().instant()).isEqualTo(Instant.parse("2025-07-02T15:30:00Z"));
        assertThat(markets.teaser()).isTrue();

        FeedItem permalink = items.get(2);
        assertThat(permalink.url()).hasToString("https://news.example.org/p/77");
        assertThat(permalink.published()).isNull();
        assertThat(permalink.summary().text()).isEqualTo("<p>Escaped HTML paragraph.</p>");

        assertThat(items.get(3).url()).as("javascript: links are dropped").isNull();
    }

    @Test
    void rss1Rdf() {
        Feed feed = feed("rss1-rdf.xml", "https://science.example.net/rss");

        assertThat(feed.format()).isEqualTo(Feed.Format.RSS_1_0);
        assertThat(feed.title()).isEqualTo("Science Notes");
        assertThat(feed.items()).hasSize(2);
        FeedItem first = feed.items().get(0);
        assertThat(first.guid()).isEqualTo("https://science.example.net/notes/1");
        assertThat(first.author()).isEqualTo("L. Moreau");
        assertThat(first.published().instant()).isEqualTo(Instant.parse("2025-06-30T06:15:00Z"));
        assertThat(first.hashtags()).containsExactly("Biology");
        assertThat(feed.items().get(1).published().precision()).isEqualTo(ChronoUnit.DAYS);
    }

    @Test
    void rss091InLatin1() {
        Feed feed = feed("rss091.xml", "http://cafe.example.com/rss");

        assertThat(feed.format()).isEqualTo(Feed.Format.RSS_0_9X);
        assertThat(feed.title()).isEqualTo("Café du Monde");
        assertThat(feed.items().get(0).title()).isEqualTo("Résumé de la semaine");
        assertThat(feed.items().get(0).teaser()).isTrue();
    }

    @Test
    void atomWithXhtmlContentAndXmlBase() {
        Feed feed = feed("atom-xhtml.xml", "https://blog.example.com/atom.xml");

        assertThat(feed.format()).isEqualTo(Feed.Format.ATOM_1_0);
        assertThat(feed.title()).isEqualTo("Field Reports");
        assertThat(feed.siteLink()).isEqualTo(URI.create("https://blog.example.com/"));
        FeedItem harvest = feed.items().get(0);
        assertThat(harvest.url()).hasToString("https://blog.example.com/posts/harvest");
        assertThat(harvest.author()).isEqualTo("Field Desk");
        assertThat(harvest.published().instant()).isEqualTo(Instant.parse("2025-07-04T06:30:00.250Z"));
        assertThat(harvest.summary()).isEqualTo(new Body("Farmers begin a month ahead of schedule.", Body.Markup.TEXT));
        assertThat(harvest.content().markup()).isEqualTo(Body.Markup.HTML);
        assertThat(harvest.content().text()).startsWith("<p>Farmers in the valley")
                .contains("<a href=\"/posts/heat\">weeks of heat</a>").contains("Yields are down &amp; prices up.");
        assertThat(harvest.categories()).containsExactly("Agriculture", "heat-wave");
        assertThat(harvest.hashtags()).containsExactly("Agriculture", "HeatWave");

        FeedItem second = feed.items().get(1);
        assertThat(second.url()).hasToString("https://other.example.com/section/item-2");
        assertThat(second.author()).isEqualTo("Guest Writer");
        assertThat(second.content().text()).isEqualTo("<p>Short post [&#8230;]</p>");
        assertThat(second.teaser()).isTrue();
    }

    @Test
    void jsonFeed11() {
        Feed feed = feed("jsonfeed-1.1.json", "https://tech.example.io/feed.json");

        assertThat(feed.format()).isEqualTo(Feed.Format.JSON_FEED_1_1);
        assertThat(feed.title()).isEqualTo("Tiny Tech");
        assertThat(feed.siteLink()).isEqualTo(URI.create("https://tech.example.io/"));
        FeedItem chips = feed.items().get(0);
        assertThat(chips.author()).isEqualTo("Kai Nakamura");
        assertThat(chips.content()).isEqualTo(new Body("<p>The new chips are fast.</p>", Body.Markup.HTML));
        assertThat(chips.summary().markup()).isEqualTo(Body.Markup.TEXT);
        assertThat(chips.published().instant()).isEqualTo(Instant.parse("2025-07-05T21:00:00Z"));
        assertThat(chips.hashtags()).containsExactly("Semiconductors", "AIChips", "Hardware");
        FeedItem note = feed.items().get(1);
        assertThat(note.guid()).isEqualTo("42");
        assertThat(note.url()).hasToString("https://elsewhere.example/story");
        assertThat(note.author()).isEqualTo("Tiny Tech Staff");
        assertThat(note.content().markup()).isEqualTo(Body.Markup.TEXT);
    }

    @Test
    void jsonFeed10() {
        Feed feed = feed("jsonfeed-1.0.json", "https://old.example/feed.json");

        assertThat(feed.format()).isEqualTo(Feed.Format.JSON_FEED_1_0);
        assertThat(feed.items().get(0).author()).isEqualTo("Solo Writer");
    }
}
