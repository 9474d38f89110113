package org.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.storyline.enrich.analysis.ArticleNotes;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.cluster.SeedArticles;
import org.storyline.model.Source;
import org.storyline.model.StoredArticle;
import org.storyline.source.fetch.AddressClass;
import org.storyline.source.fetch.FetchPolicy;
import org.storyline.source.fetch.Fetcher;
import org.storyline.source.fetch.HostThrottle;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/**
 * A feed served on loopback, polled into stories: discovery from a page, conditional GET, items changed in
 * place, teasers completed from their pages, and errors recorded on the source with their kind.
 */
class FeedPollingTest {

    private static final SeedArticles SEEDS = SeedArticles.read("/cluster/seed-articles.jsonl");

    @TempDir
    Path dir;
    private HttpServer server;
    private final Map<String, Response> routes = new ConcurrentHashMap<>();
    private ArticleStore store;
    private MutableClock clock;
    private Subscriptions subscriptions;
    private FeedPoller poller;

    record Response(int status, String type, String body, Map<String, String> headers) {}

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::serve);
        server.start();
        store = SqliteArticleStore.open(dir);
        clock = new MutableClock(Instant.parse("2025-07-04T12:00:00Z"));
        Fetcher fetcher = new Fetcher(FetchPolicy.defaults().allowing(AddressClass.LOOPBACK)
                .withDeadline(Duration.ofSeconds(2), Duration.ofSeconds(5)));
        HostThrottle throttle = new HostThrottle(2, Duration.ZERO, System::nanoTime, nanos -> { });
        poller = new FeedPoller(store.sources(), Pipeline.open(store), fetcher, throttle, PollSchedule.standard(), clock);
        subscriptions = new Subscriptions(store.sources(), poller, clock);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aPageWithADeclaredFeedIsPolledIntoStories() {
        routes.put("/", new Response(200, "text/html", "<html><head><title>Wire</title><link rel=\"alternate\" "
                + "type=\"application/rss+xml\" href=\"/feed.xml\"></head><body>News</body></html>", Map.of()));
        routes.put("/feed.xml", rss(SEEDS.articles().stream().map(a -> item(a.input().articleId(), a.input().title(),
                a.input().text())).collect(Collectors.joining()), "\"v1\""));

        Subscriptions.Added added = subscriptions.add(base() + "/");
        assertThat(added.error()).isNull();
        assertThat(added.first().added()).isEqualTo(SEEDS.articles().size());
        assertThat(store.sources().all()).singleElement().satisfies(s -> {
            assertThat(s.url().toString()).endsWith("/feed.xml");
            assertThat(s.title()).isEqualTo("Wire feed");
        });
        Set<Set<String>> stories = storiesByTitle();
        assertThat(stories).anySatisfy(story -> assertThat(story).contains(
                "Baku blocking consular access to jailed Russians", "Moscow working to release journalists detained in Baku"));
        assertThat(stories).anySatisfy(story -> assertThat(story).containsExactlyInAnyOrder(
                "Trump said he made ‘no progress' in latest call with Putin", "Donald Trump Reveals Details of Vladimir Putin Call"));
        assertThat(subscriptions.add(base() + "/feed.xml").existed()).isTrue();
    }

    @Test
    void anUnchangedFeedIsNotModifiedAndAChangedItemIsUpdatedInPlace() {
        routes.put("/feed.xml", rss(item("g1", "Sputnik staff detained in Baku", RAID), "\"v1\""));
        Source source = subscriptions.add(base() + "/feed.xml").first().source();
        clock.advance(Duration.ofHours(2));
        PollOutcome unchanged = poller.poll(source);
        assertThat(unchanged.added() + unchanged.updated()).isZero();
        assertThat(unchanged.source().state().interval()).isGreaterThanOrEqualTo(source.state().interval());
        assertThat(unchanged.source().state().lastSuccess()).isEqualTo(clock.instant());
        assertThat(unchanged.source().state().nextFetch()).isAfter(clock.instant());

        routes.put("/feed.xml", rss(item("g1", "Sputnik editors charged with fraud in Baku", RAID + " " + CHARGES)
                + item("g2", "Moscow demands release of Sputnik staff", DEMAND), "\"v2\""));
        PollOutcome changed = poller.poll(unchanged.source());
        assertThat(changed.updated()).isEqualTo(1);
        assertThat(changed.added()).isEqualTo(1);
        assertThat(store.counts().articles()).isEqualTo(2);
        assertThat(titles()).contains("Sputnik editors charged with fraud in Baku")
                .doesNotContain("Sputnik staff detained in Baku");
        // The updated article's note (genre and summary, which pages show) is of its new text, not the old one.
        StoredArticle updated = articles().stream()
                .filter(a -> a.article().title().equals("Sputnik editors charged with fraud in Baku")).findFirst().orElseThrow();
        var notes = new ArticleNotes();
        assertThat(store.notes(List.of(updated.id()), ArticleNotes.FORMAT))
                .containsEntry(updated.id(), notes.of(updated.article()));
        assertThat(notes.of(updated.article()).summary()).contains("charged with conspiracy");
    }

    @Test
    void fullContentIsKeptAsSanitisedHtmlForDisplay() {
        routes.put("/feed.xml", rss("<item><guid>h1</guid><title>Raid</title><description><![CDATA[<p onclick=\"x()\">"
                + RAID + "</p><script>alert(1)</script><img src=\"javascript:alert(2)\"><p><a href=\"/more\">"
                + CHARGES + "</a></p>]]></description></item>", "\"h\""));
        subscriptions.add(base() + "/feed.xml");
        String html = store.articleHtml(articles().get(0).id()).orElseThrow();
        assertThat(html).contains("<p>On Monday").contains("rel=\"").contains(base() + "/more")
                .doesNotContain("script").doesNotContain("onclick").doesNotContain("javascript:");
    }

    @Test
    void aTeaserIsCompletedFromItsPage() {
        routes.put("/story/1", new Response(200, "text/html; charset=utf-8", "<html><head><title>Raid</title>"
                + "<meta property=\"og:site_name\" content=\"Caucasus Wire\"></head><body><article><h1>Raid</h1><p>"
                + RAID + "</p><p>" + CHARGES + "</p><p>" + DEMAND + "</p></article></body></html>", Map.of()));
        routes.put("/feed.xml", rss("<item><guid>t1</guid><title>Sputnik office raided</title><link>" + base()
                + "/story/1</link><description>Masked police stormed the offices…</description></item>", "\"t\""));
        subscriptions.add(base() + "/feed.xml");
        StoredArticle article = articles().get(0);
        assertThat(article.article().text()).contains("Belousov and Kartavykh were charged");
        assertThat(article.article().outlet()).isEqualTo("Caucasus Wire");
    }

    @Test
    void errorsAreRecordedWithTheirKindAndBackOff() {
        routes.put("/feed.xml", rss(item("g1", "Sputnik staff detained in Baku", RAID), "\"v1\""));
        Source source = subscriptions.add(base() + "/feed.xml").first().source();
        routes.put("/feed.xml", new Response(503, "text/plain", "busy", Map.of("Retry-After", "7200")));
        PollOutcome busy = poller.poll(source);
        assertThat(busy.source().state().lastErrorKind()).isEqualTo("HTTP_STATUS");
        assertThat(busy.source().state().errorStreak()).isEqualTo(1);
        assertThat(busy.source().state().nextFetch()).isAfterOrEqualTo(clock.instant().plus(Duration.ofHours(2)));

        routes.put("/feed.xml", new Response(200, "application/rss+xml", "<rss><channel><item><title>cut", Map.of()));
        PollOutcome broken = poller.poll(busy.source());
        assertThat(broken.source().state().lastErrorKind()).isEqualTo("MALFORMED");
        assertThat(broken.source().state().errorStreak()).isEqualTo(2);
        assertThat(store.sources().find(source.id()).orElseThrow().state().lastError()).isNotBlank();

        routes.put("/feed.xml", rss(item("g1", "Sputnik staff detained in Baku", RAID), "\"v2\""));
        assertThat(poller.poll(broken.source()).source().state().errorStreak()).isZero();
    }

    @Test
    void pagesWithoutFeedsAndPrivateAddressesAreRefusedClearly() {
        routes.put("/plain", new Response(200, "text/html", "<html><body>No feed here</body></html>", Map.of()));
        assertThat(subscriptions.add(base() + "/plain").error()).contains("page without a feed");
        assertThat(subscriptions.add("ftp://example.org/feed").error()).contains("only http and https");
        Fetcher strict = new Fetcher(FetchPolicy.defaults());
        var guarded = new Subscriptions(store.sources(), new FeedPoller(store.sources(), Pipeline.open(store), strict,
                HostThrottle.standard(), PollSchedule.standard(), clock), clock);
        assertThat(guarded.add(base() + "/feed.xml").error()).containsIgnoringCase("address");
        assertThat(store.sources().all()).isEmpty();
    }

    @Test
    void opmlRoundTrips() {
        routes.put("/feed.xml", rss(item("g1", "Sputnik staff detained in Baku", RAID), "\"v1\""));
        subscriptions.add(base() + "/feed.xml");
        String opml = subscriptions.exportOpml();
        assertThat(opml).contains("<opml").contains(base() + "/feed.xml");
        ArticleStore other = SqliteArticleStore.open(dir.resolve("other"));
        var imported = new Subscriptions(other.sources(), poller, clock).importOpml(opml.getBytes(StandardCharsets.UTF_8));
        assertThat(imported).startsWith("1 feeds imported");
        assertThat(other.sources().all()).singleElement().satisfies(s -> assertThat(s.title()).isEqualTo("Wire feed"));
    }

    /** The probe's case: feed B reusing feed A's GUIDs must not overwrite A's articles (GUIDs are per feed). */
    @Test
    void aFeedReusingAnotherFeedsGuidsGetsArticlesOfItsOwn() {
        routes.put("/a.xml", rss(item("g1", "Sputnik staff detained in Baku", RAID)
                + item("g2", "Moscow demands release of Sputnik staff", DEMAND), "\"a\""));
        routes.put("/b.xml", rss(item("g1", "Volcano erupts near a mountain village", VOLCANO)
                + item("g2", "Sputnik staff detained in Baku", RAID), "\"b\""));
        subscriptions.add(base() + "/a.xml");
        List<StoredArticle> before = articles();

        PollOutcome b = subscriptions.add(base() + "/b.xml").first();

        assertThat(b.updated()).isZero();
        assertThat(b.added()).isEqualTo(2);
        List<StoredArticle> after = articles();
        assertThat(after).hasSize(4).containsAll(before); // A's articles exactly as they were: title, text, outlet
        StoredArticle copy = after.stream().filter(a -> !before.contains(a) && a.article().text().equals(
                before.stream().filter(x -> x.article().title().startsWith("Sputnik staff")).findFirst().orElseThrow()
                        .article().text())).findFirst().orElseThrow();
        assertThat(copy.isCopy()).as("the same text in another feed is a copy folded into A's article").isTrue();
        assertThat(titles()).contains("Volcano erupts near a mountain village", "Sputnik staff detained in Baku",
                "Moscow demands release of Sputnik staff");
    }

    private static final String VOLCANO = "Lava poured down the slopes on Sunday as the volcano erupted, forcing"
            + " hundreds of villagers to leave their homes, civil protection officials said.";

    private static final String RAID = "On Monday, masked police stormed the offices of Sputnik Azerbaijan in Baku."
            + " Detained in the raid were editor-in-chief Yevgeny Belousov and director Igor Kartavykh.";
    private static final String CHARGES = "Belousov and Kartavykh were charged with conspiracy to commit fraud, which"
            + " carries a maximum prison sentence of up to 12 years.";
    private static final String DEMAND = "The Kremlin called for their release, spokesman Dmitry Peskov said Tuesday.";

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private Response rss(String items, String etag) {
        return new Response(200, "application/rss+xml; charset=utf-8", "<?xml version=\"1.0\"?><rss version=\"2.0\">"
                + "<channel><title>Wire feed</title><link>" + base() + "/</link>" + items + "</channel></rss>",
                Map.of("ETag", etag));
    }

    private static String item(String guid, String title, String text) {
        return "<item><guid isPermaLink=\"false\">" + guid + "</guid><title>" + xml(title) + "</title>"
                + "<pubDate>Thu, 03 Jul 2025 10:00:00 GMT</pubDate><description><![CDATA[<p>"
                + String.join("</p><p>", text.split("\n")) + "</p>]]></description></item>";
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void serve(HttpExchange exchange) throws IOException {
        Response response = routes.getOrDefault(exchange.getRequestURI().getPath(),
                new Response(404, "text/plain", "not found", Map.of()));
        String etag = response.headers().get("ETag");
        boolean notModified = etag != null && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.getResponseHeaders().add("Content-Type", response.type());
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        if (notModified) {
            exchange.sendResponseHeaders(304, -1);
        } else {
            exchange.sendResponseHeaders(response.status(), body.length);
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private Set<Set<String>> storiesByTitle() {
        Map<String, Set<String>> byStory = new java.util.HashMap<>();
        store.forEachArticle(a -> byStory.computeIfAbsent(a.storyId(), k -> new HashSet<>()).add(a.article().title()));
        return new HashSet<>(byStory.values());
    }

    private List<StoredArticle> articles() {
        List<StoredArticle> all = new java.util.ArrayList<>();
        store.forEachArticle(all::add);
        return all;
    }

    private List<String> titles() {
        return articles().stream().map(a -> a.article().title()).toList();
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
