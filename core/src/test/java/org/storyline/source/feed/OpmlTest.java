package org.storyline.source.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpmlTest {

    private final Opml opml = new Opml();

    @Test
    void readsNestedFoldersAndSaysWhatItSkipped() {
        Opml.Subscriptions subs = (Opml.Subscriptions) opml.read(Fixtures.bytes("subscriptions.opml"));

        assertThat(subs.title()).isEqualTo("My & your feeds");
        assertThat(subs.feeds()).containsExactly(
                new Opml.Subscription("Top-level feed", URI.create("https://top.example/feed.xml"),
                        URI.create("https://top.example/"), List.of()),
                new Opml.Subscription("World news", URI.create("https://world.example/rss"), null, List.of("News")),
                new Opml.Subscription("City Paper", URI.create("https://city.example/atom.xml"), null, List.of("News", "Local")));
        assertThat(subs.skipped()).hasSize(2).anyMatch(s -> s.contains("listed twice")).anyMatch(s -> s.contains("feed.xml"));
    }

    @Test
    void writesOpml20ThatReadsBackWithEscaping() {
        List<Opml.Subscription> feeds = List.of(
                new Opml.Subscription("Tom & Jerry's <\"quoted\"> feed \u0001\ud83d\udcf0", URI.create("https://a.example/rss?x=1&y=2"),
                        URI.create("https://a.example/"), List.of()),
                new Opml.Subscription("B", URI.create("https://b.example/feed"), null, List.of("News & Views", "Local")),
                new Opml.Subscription(null, URI.create("https://c.example/feed"), null, List.of("News & Views")));

        String written = opml.write("Mine <all>", feeds, Instant.parse("2025-07-10T12:00:00Z"));

        assertThat(written).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").contains("<opml version=\"2.0\">")
                .contains("<dateCreated>Thu, 10 Jul 2025 12:00:00 GMT</dateCreated>").doesNotContain("\u0001");
        Opml.Subscriptions back = (Opml.Subscriptions) opml.read(written.getBytes(StandardCharsets.UTF_8));
        assertThat(back.title()).isEqualTo("Mine <all>");
        assertThat(back.feeds()).extracting(Opml.Subscription::title)
                .containsExactly("Tom & Jerry's <\"quoted\"> feed \ud83d\udcf0", "https://c.example/feed", "B");
        assertThat(back.feeds().get(0).xmlUrl()).hasToString("https://a.example/rss?x=1&y=2");
        assertThat(back.feeds().get(1).folders()).containsExactly("News & Views");
        assertThat(back.feeds().get(2).folders()).containsExactly("News & Views", "Local");
    }

    @Test
    void hostileOrWrongDocumentsAreFailures() {
        assertThat(opml.read(Fixtures.bytes("billion-laughs.xml"))).isInstanceOf(FeedFailure.class);
        assertThat(opml.read(Fixtures.bytes("xxe.xml"))).isInstanceOf(FeedFailure.class);
        FeedFailure rss = (FeedFailure) opml.read(Fixtures.bytes("rss1-rdf.xml"));
        assertThat(rss.kind()).isEqualTo(FeedFailure.Kind.NOT_A_FEED);
        assertThat(rss.message()).contains("not OPML");
        assertThat(opml.read("<opml><body>".getBytes(StandardCharsets.UTF_8))).isInstanceOf(FeedFailure.class);
    }

    @Test
    void oneFileBringsAtMostAThousandFeeds() {
        StringBuilder file = new StringBuilder("<opml version=\"2.0\"><body>");
        for (int i = 0; i < 20_000; i++) {
            file.append("<outline text=\"f").append(i).append("\" xmlUrl=\"https://f").append(i).append(".example/rss\"/>");
        }
        Opml.Result read = opml.read(file.append("</body></opml>").toString().getBytes(StandardCharsets.UTF_8));
        if (read instanceof Opml.Subscriptions subs) {
            assertThat(subs.feeds()).hasSize(Opml.MAX_FEEDS);
            assertThat(subs.skipped()).hasSize(20_000 - Opml.MAX_FEEDS).allMatch(s -> s.contains("more than 1000 feeds"));
        } else {
            assertThat(read).as("refused whole by the XML limits").isInstanceOf(FeedFailure.class);
        }
    }
}
