package org.storyline.web;

import com.sun.net.httpserver.HttpServer;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.storyline.embed.SentenceEmbedder;
import org.storyline.index.LuceneArticleIndex;
import org.storyline.model.Article;
import org.storyline.model.ParsedArticle;
import org.storyline.model.Published;
import org.storyline.model.StoredArticle;
import org.storyline.pipeline.FeedPoller;
import org.storyline.pipeline.Pipeline;
import org.storyline.pipeline.PollSchedule;
import org.storyline.pipeline.Subscriptions;
import org.storyline.source.fetch.AddressClass;
import org.storyline.source.fetch.FetchPolicy;
import org.storyline.source.fetch.Fetcher;
import org.storyline.source.fetch.HostThrottle;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/**
 * A real server over a temporary store and index, with a local feed server to follow and an API token: what
 * the API, feed and safety tests run against. Articles carry small hand-made embeddings (topic axes) so that
 * semantic search and related articles work without the model.
 */
final class WebFixture implements AutoCloseable {

    static final String FEED_PATH = "/feed.xml";
    static final int FILLERS = 25;

    final ArticleStore store;
    final LuceneArticleIndex index;
    final Javalin app;
    final HttpServer feedServer;
    final String token;
    private final HttpClient http = HttpClient.newHttpClient();

    private WebFixture(ArticleStore store, LuceneArticleIndex index, Javalin app, HttpServer feedServer, String token) {
        this.store = store;
        this.index = index;
        this.app = app;
        this.feedServer = feedServer;
        this.token = token;
    }

    /** A server over the standard articles plus what {@code more} stores. */
    static WebFixture start(Path dir, Consumer<Writer> more) throws IOException {
        return start(dir, more, WebSettings.defaults());
    }

    /** As {@link #start(Path, Consumer)}, with the site's settings. */
    static WebFixture start(Path dir, Consumer<Writer> more, WebSettings settings) throws IOException {
        ArticleStore store = SqliteArticleStore.open(dir.resolve("data"));
        LuceneArticleIndex index = LuceneArticleIndex.open(dir.resolve("index"));
        Writer writer = new Writer(store, index);
        writer.add(article("wire", "AP", "Azerbaijan detains 7 linked to a Russian media outlet", 3,
                "https://apnews.com/article/azerbaijan-russia", "SputnikAzerbaijan"), null, "s-rift", axis(0));
        writer.add(article("copy", "Winnipeg Free Press", "Azerbaijan detains 7 linked to a Russian media outlet", 3,
                null, "SputnikAzerbaijan"), "wire", "s-rift", axis(0));
        writer.add(article("dw", "DW", "Is Moscow losing Azerbaijan as an ally?", 4, null, "Baku"), null, "s-rift", axis(0));
        writer.add(article("caucasus", "Foreign Policy", "The South Caucasus is slipping from Russia's grasp", 5, null,
                "Baku"), null, "s-caucasus", near(0));
        for (int i = 0; i < FILLERS; i++) {
            writer.add(article("filler" + i, "Filler Times", "Harvest report number " + i, 10 + i % 20, null, "Farming"),
                    null, "s-harvest", axis(3));
        }
        more.accept(writer);
        index.commit();
        HttpServer feeds = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        feeds.createContext(FEED_PATH, exchange -> {
            byte[] body = RSS.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        feeds.start();
        Fetcher fetcher = new Fetcher(FetchPolicy.defaults().allowing(AddressClass.LOOPBACK)
                .withDeadline(Duration.ofSeconds(2), Duration.ofSeconds(5)));
        Pipeline pipeline = Pipeline.open(store, index);
        FeedPoller poller = new FeedPoller(store.sources(), pipeline, fetcher,
                new HostThrottle(2, Duration.ZERO, System::nanoTime, nanos -> { }), PollSchedule.standard(),
                Clock.systemUTC());
        Javalin app = WebServer.create(store, new Subscriptions(store.sources(), poller, Clock.systemUTC()), index,
                WebFixture::embed, settings).start("127.0.0.1", 0);
        String token = store.tokens().create("tests").orElseThrow().secret();
        return new WebFixture(store, index, app, feeds, token);
    }

    /** Stores articles into the fixture's store and index. */
    static final class Writer {
        private final ArticleStore store;
        private final LuceneArticleIndex index;
        private final List<String> stories = new ArrayList<>();

        Writer(ArticleStore store, LuceneArticleIndex index) {
            this.store = store;
            this.index = index;
        }

        void add(Article article, String duplicateOf, String storyId, float[] vector) {
            add(article, duplicateOf, storyId, vector, null);
        }

        void add(Article article, String duplicateOf, String storyId, float[] vector, String sanitisedHtml) {
            store.transaction(tx -> {
                tx.insert(new StoredArticle(article, duplicateOf, storyId));
                String doc = "doc-" + article.id();
                tx.addDocument(doc, "fixture", Instant.EPOCH, false, 1);
                tx.linkDocument(doc, article.id(), ParsedArticle.Role.MAIN, 0);
                if (vector != null) {
                    tx.putVector(article.id(), SentenceEmbedder.toBytes(vector));
                }
                tx.putHtml(article.id(), sanitisedHtml);
                tx.refreshStory(storyId);
                return null;
            });
            index.put(article, vector);
            stories.add(storyId);
        }
    }

    String feedUrl() {
        return "http://127.0.0.1:" + feedServer.getAddress().getPort() + FEED_PATH;
    }

    String base() {
        return "http://127.0.0.1:" + app.port();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base() + path)).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path));
    }

    static Article article(String id, String outlet, String title, int julyDay, String url, String hashtag) {
        return new Article(id, title, outlet, url == null ? null : URI.create(url),
                Published.ofDate(LocalDate.of(2025, 7, 1).plusDays(julyDay - 1)), "World", "Staff", "en",
                hashtag == null ? List.of() : List.of(hashtag),
                title + ". Police raided homes in Yekaterinburg and Baku.\n\nOfficials in Moscow said little.", "fixture");
    }

    /**
     * A toy query embedder standing in for the model: queries about farming land on the harvest axis, about
     * journalists on the rift's, anything else nowhere near an article.
     */
    static float[] embed(String query) {
        if (!query.codePoints().anyMatch(Character::isLetterOrDigit)) {
            // What a model's tokenizer does with nothing to embed; search must never ask it.
            throw new IllegalArgumentException("nothing to embed in '" + query + "'");
        }
        String q = query.toLowerCase(java.util.Locale.ROOT);
        return q.contains("grain") || q.contains("crop") ? axis(3) : q.contains("journalist") ? axis(0) : axis(7);
    }

    /** A unit vector on topic axis {@code i}. */
    static float[] axis(int i) {
        float[] v = new float[8];
        v[i] = 1;
        return v;
    }

    /** A unit vector close to topic axis {@code i}. */
    static float[] near(int i) {
        float[] v = new float[8];
        v[i] = 0.9f;
        v[i + 1] = (float) Math.sqrt(1 - 0.81);
        return v;
    }

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Local wire</title><link>http://127.0.0.1/</link>
            <description>Test feed</description>
            <item><title>Ceasefire talks resume in Geneva</title><link>http://127.0.0.1/a/1</link><guid>w-1</guid>
            <description>Negotiators met again on Monday to resume talks about a ceasefire along the line.</description>
            <pubDate>Mon, 07 Jul 2025 09:00:00 GMT</pubDate></item>
            </channel></rss>
            """;

    @Override
    public void close() {
        app.stop();
        feedServer.stop(0);
        index.close();
    }
}
