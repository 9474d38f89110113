package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.pipeline.FeedPoller;
import org.storyline.pipeline.Pipeline;
import org.storyline.pipeline.PollSchedule;
import org.storyline.pipeline.Subscriptions;
import org.storyline.source.fetch.FetchPolicy;
import org.storyline.source.fetch.Fetcher;
import org.storyline.source.fetch.HostThrottle;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/** The sources page: state shown, the follow form protected against cross-site requests. */
class SourcesPageTest {

    @TempDir
    Path dir;
    private Javalin app;
    private final HttpClient http = HttpClient.newHttpClient();

    /** The admin's session cookie: following needs a signed-in admin (issue 17). */
    private String session;

    @BeforeEach
    void start() {
        ArticleStore store = SqliteArticleStore.open(dir);
        var admin = store.accounts().create(org.storyline.account.UserName.parse("Editor"), "not a hash",
                org.storyline.account.Role.ADMIN, java.time.Instant.now()).orElseThrow();
        String token = "s".repeat(43);
        store.accounts().startSession(token, admin.id(), java.time.Instant.now(),
                java.time.Instant.now().plusSeconds(3600));
        session = Sessions.COOKIE + "=" + token;
        FeedPoller poller = new FeedPoller(store.sources(), Pipeline.open(store), new Fetcher(FetchPolicy.defaults()),
                HostThrottle.standard(), PollSchedule.standard(), Clock.systemUTC());
        app = WebServer.create(store, new Subscriptions(store.sources(), poller, Clock.systemUTC()), null)
                .start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void theFormCarriesATokenThatMustComeBackWithItsCookie() throws Exception {
        HttpResponse<String> page = get();
        assertThat(page.body()).contains("<h1>Sources</h1>").contains("No sources yet");
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        Matcher token = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        String cookieHeader = cookie.split(";", 2)[0] + "; " + session;

        assertThat(post("url=https%3A%2F%2Fexample.org%2Ffeed", cookieHeader, null).statusCode()).isEqualTo(403);
        assertThat(post(form(token.group(1), "https://example.org/feed"), session, null).statusCode()).isEqualTo(403);
        assertThat(post(form(token.group(1), "https://example.org/feed"), cookieHeader, "http://evil.example")
                .statusCode()).isEqualTo(403);

        HttpResponse<String> refused = post(form(token.group(1), "ftp://example.org/<b>feed</b>"), cookieHeader, null);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("not a URL").contains("&lt;b&gt;").doesNotContain("<b>feed");
    }

    private static String form(String token, String url) {
        return "csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&url=" + URLEncoder.encode(url, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/sources"))
                .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String body, String cookie, String origin) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/sources"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
