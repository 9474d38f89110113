package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.account.Role;
import org.storyline.model.Article;
import org.storyline.model.Published;
import org.storyline.model.StoredArticle;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/** Accounts, comments, follows and "what's new" on a real server (port 0) over a real store, as a browser would use them. */
class ReadersTest {

    @TempDir
    static Path dir;
    private static ArticleStore store;
    private static Javalin app;

    @BeforeAll
    static void start() {
        store = SqliteArticleStore.open(dir);
        insert("wire", "AP", "Azerbaijan detains 7 linked to a Russian media outlet", LocalDate.of(2025, 7, 1));
        insert("dw", "DW", "Is Moscow losing Azerbaijan as an ally?", LocalDate.of(2025, 7, 3));
        insert("afp", "AFP <b>", "Baku summons Russian envoy", LocalDate.of(2025, 7, 3));
        app = WebServer.create(store).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void signingUpSignsInWithAProtectedSessionCookieAndSigningOutEndsTheSession() throws Exception {
        Browser anna = new Browser();
        HttpResponse<String> signedUp = anna.signUp("Anna", "a long password 1");
        assertThat(signedUp.statusCode()).isEqualTo(303);
        String cookie = signedUp.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Sessions.COOKIE + "=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Path=/")
                .doesNotContainIgnoringCase("Secure");
        String home = anna.get("/").body();
        assertThat(home).contains("Sign out").contains("Anna").contains("href=\"/following\"");
        HttpResponse<String> missing = anna.get("/no/such/page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).as("error pages know who is signed in").contains("Sign out");
        String token = anna.cookie(Sessions.COOKIE);

        assertThat(anna.post("/signout", Map.of()).statusCode()).isEqualTo(303);
        assertThat(anna.get("/").body()).contains("Sign in").doesNotContain("Sign out");
        Browser replay = new Browser();
        replay.setCookie(Sessions.COOKIE, token);
        assertThat(replay.get("/").body()).as("a signed-out token is dead").doesNotContain("Sign out");
    }

    @Test
    void signingInStartsANewSessionWhateverCookieTheBrowserBrought() throws Exception {
        new Browser().signUp("Boris", "a long password 2");
        Browser planted = new Browser();
        planted.setCookie(Sessions.COOKIE, "x".repeat(43));
        assertThat(planted.signIn("boris", "a long password 2").statusCode()).isEqualTo(303);
        String first = planted.cookie(Sessions.COOKIE);
        assertThat(first).isNotEqualTo("x".repeat(43));
        assertThat(planted.signIn("BORIS", "a long password 2").statusCode()).isEqualTo(303);
        assertThat(planted.cookie(Sessions.COOKIE)).isNotEqualTo(first);
        Browser old = new Browser();
        old.setCookie(Sessions.COOKIE, first);
        assertThat(old.get("/").body()).doesNotContain("Sign out");
    }

    @Test
    void unknownNamesAndWrongPasswordsGetTheSameAnswerAndTheSameThrottle() throws Exception {
        new Browser().signUp("Chloe", "a long password 3");
        Browser client = new Browser();
        HttpResponse<String> wrong = client.signIn("chloe", "not the password");
        HttpResponse<String> unknown = client.signIn("nobody-here", "not the password");
        assertThat(wrong.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(401);
        assertThat(message(wrong)).isEqualTo(message(unknown)).isEqualTo(AccountPages.MISMATCH);
        for (int i = 0; i < 4; i++) {
            client.signIn("chloe", "not the password");
            client.signIn("nobody-here", "not the password");
        }
        HttpResponse<String> throttled = client.signIn("chloe", "a long password 3");
        HttpResponse<String> throttledUnknown = client.signIn("nobody-here", "a long password 3");
        assertThat(throttled.statusCode()).isEqualTo(throttledUnknown.statusCode()).isEqualTo(429);
        assertThat(message(throttled)).isEqualTo(message(throttledUnknown)).isEqualTo(AccountPages.THROTTLED);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void signUpRefusesBadNamesShortPasswordsAndTakenNamesWithAReason() throws Exception {
        Browser client = new Browser();
        assertThat(client.signUp("x", "a long password 4").body()).contains("2 to 40 characters");
        assertThat(client.signUp("Dora", "short").body()).contains("at least 10");
        client.signUp("Dora", "a long password 4");
        HttpResponse<String> taken = new Browser().signUp("DORA", "a long password 5");
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.body()).contains("That name is taken");
    }

    @Test
    void everyStateChangeNeedsThisSitesFormToken() throws Exception {
        Browser eve = new Browser();
        eve.signUp("Eve", "a long password 6");
        for (String path : List.of("/comments", "/follow", "/unfollow", "/signout", "/comments/x/remove")) {
            assertThat(eve.postRaw(path, "kind=story&id=s-wire&key=s-wire&body=hi", null).statusCode()).as(path).isEqualTo(403);
            assertThat(eve.postRaw(path, "kind=story&id=s-wire&key=s-wire&body=hi&csrf=" + eve.csrf(), "https://evil.example")
                    .statusCode()).as(path + " from another site").isEqualTo(403);
        }
        assertThat(new Browser().postRaw("/signin", "name=eve&password=a+long+password+6", null).statusCode()).isEqualTo(403);
        assertThat(store.comments().on(new org.storyline.account.Comment.Target(org.storyline.account.Comment.Kind.STORY,
                "s-wire"))).noneMatch(c -> c.authorName().equals("Eve"));
    }

    @Test
    void commentsArePostedEditedByTheirAuthorAndRemovedByModerators() throws Exception {
        Browser fay = new Browser();
        fay.signUp("Fay", "a long password 7");
        HttpResponse<String> posted = fay.post("/comments", Map.of("kind", "article", "id", "dw", "body", "Line one\nline two"));
        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).startsWith("/article/dw#comment-");
        String id = posted.headers().firstValue("Location").orElseThrow().replaceFirst(".*#comment-", "");
        Document page = Jsoup.parse(fay.get("/article/dw").body());
        assertThat(page.select("#comment-" + id + " .comment-body").text()).isEqualTo("Line one line two");
        assertThat(page.select("#comment-" + id + " .author").text()).isEqualTo("Fay");

        assertThat(fay.post("/comments/" + id + "/edit", Map.of("body", "Edited")).statusCode()).isEqualTo(303);
        assertThat(fay.get("/article/dw").body()).contains("Edited").contains("edited");
        assertThat(fay.post("/comments", Map.of("kind", "article", "id", "dw", "body", " ")).statusCode()).isEqualTo(422);
        assertThat(fay.post("/comments", Map.of("kind", "article", "id", "nope", "body", "x")).statusCode()).isEqualTo(404);

        Browser gus = new Browser();
        gus.signUp("Gus", "a long password 8");
        assertThat(gus.get("/comments/" + id + "/edit").statusCode()).isEqualTo(403);
        assertThat(gus.post("/comments/" + id + "/edit", Map.of("body", "hijacked")).statusCode()).isEqualTo(403);
        assertThat(gus.post("/comments/" + id + "/remove", Map.of()).statusCode()).isEqualTo(403);
        assertThat(gus.get("/article/dw").body()).doesNotContain("hijacked").doesNotContain(">Remove<");

        store.accounts().setRole(store.accounts().credentials("gus").orElseThrow().user().id(), Role.MODERATOR);
        assertThat(gus.get("/article/dw").body()).contains("Remove");
        assertThat(gus.post("/comments/" + id + "/remove", Map.of()).statusCode()).isEqualTo(303);
        assertThat(fay.get("/article/dw").body()).contains("This comment was removed").doesNotContain("Edited");
    }

    @Test
    void signedOutReadersSeeCommentsAndAreSentToSignInToWrite() throws Exception {
        Browser reader = new Browser();
        String story = reader.get("/story/s-wire").body();
        assertThat(story).contains("Comments").contains("Sign in to comment").contains("Sign in to follow this story");
        HttpResponse<String> post = reader.postRaw("/comments", "kind=story&id=s-wire&body=hi", null);
        assertThat(post.statusCode()).isEqualTo(303);
        assertThat(post.headers().firstValue("Location").orElseThrow()).isEqualTo("/signin?next=%2Fstory%2Fs-wire");
        assertThat(reader.get("/following").headers().firstValue("Location")).contains("/signin?next=%2Ffollowing");
    }

    @Test
    void followingAStoryShowsItsNewArticlesOnceInWhatsNew() throws Exception {
        Browser hal = new Browser();
        hal.signUp("Hal", "a long password 9");
        assertThat(hal.post("/follow", Map.of("kind", "story", "key", "s-wire", "next", "/story/s-wire")).statusCode())
                .isEqualTo(303);
        assertThat(hal.post("/follow", Map.of("kind", "hashtag", "key", "#SputnikAzerbaijan")).statusCode()).isEqualTo(303);
        assertThat(hal.post("/follow", Map.of("kind", "story", "key", "no-such-story")).statusCode()).isEqualTo(404);
        assertThat(hal.get("/story/s-wire").body()).contains("Following this story");
        assertThat(hal.get("/hashtag/sputnikazerbaijan").body()).contains("Following #SputnikAzerbaijan");
        String before = hal.get("/following").body();
        assertThat(before).contains("href=\"/story/s-wire\"").contains("nothing new since your last visit")
                .contains("#SputnikAzerbaijan");

        insert("late", "Reuters", "Russia and Azerbaijan trade accusations", LocalDate.of(2025, 7, 6));
        Document news = Jsoup.parse(hal.get("/following").body());
        assertThat(news.text()).contains("1 new article").contains("Russia and Azerbaijan trade accusations");
        assertThat(news.select("a[href=/story/s-wire]").text()).as("the story's title now")
                .isEqualTo(store.story("s-wire").orElseThrow().title());
        assertThat(hal.get("/following").body()).as("seen once").doesNotContain("href=\"/article/late\"")
                .doesNotContain("1 new article");
        assertThat(hal.get("/new").headers().firstValue("Location")).contains("/following");

        assertThat(hal.post("/follow", Map.of("kind", "entity", "key", "Q1234", "label", "Ilham <Aliyev>")).statusCode())
                .isEqualTo(303);
        assertThat(hal.post("/follow", Map.of("kind", "entity", "key", "bad key/../x")).statusCode()).isEqualTo(404);
        Document following = Jsoup.parse(hal.get("/following").body());
        assertThat(following.select("a[href=/entity/Q1234]").text()).isEqualTo("Ilham <Aliyev>");

        assertThat(hal.post("/unfollow", Map.of("kind", "story", "key", "s-wire")).statusCode()).isEqualTo(303);
        assertThat(hal.get("/story/s-wire").body()).contains("Follow this story").doesNotContain("Following this story");
    }

    @Test
    void redirectsAfterFormsStayOnThisSite() throws Exception {
        Browser ida = new Browser();
        for (String next : List.of("//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:alert(1)")) {
            HttpResponse<String> r = ida.post("/signup", Map.of("name", "Ida " + Math.abs(next.hashCode() % 1000),
                    "password", "a long password 10", "password2", "a long password 10", "next", next));
            assertThat(r.headers().firstValue("Location")).as(next).contains("/");
            ida = new Browser();
        }
    }

    @Test
    void theStoryPageHasAnArticlesPerDayChartWithoutScriptOrInlineStyle() throws Exception {
        HttpResponse<String> response = new Browser().get("/story/s-wire");
        Document page = Jsoup.parse(response.body());
        Element svg = page.selectFirst("svg.story-chart");
        assertThat(svg).isNotNull();
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.select("rect")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(svg.select("rect title").eachText()).contains("1 July 2025: AP, 1 article", "3 July 2025: AFP <b>, 1 article");
        assertThat(page.select("ul.legend li").eachText()).contains("AFP <b> (1)");
        assertThat(page.select("[style], script, style")).isEmpty();
        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }

    @Test
    void pagesHaveASkipLinkLandmarksAndLabelledFields() throws Exception {
        for (String path : List.of("/signin", "/signup", "/story/s-wire")) {
            Document page = Jsoup.parse(new Browser().get(path).body());
            assertThat(page.selectFirst("a.skip[href=#main]")).as(path).isNotNull();
            assertThat(page.select("header, main#main, footer, nav")).as(path).hasSizeGreaterThanOrEqualTo(4);
            for (Element input : page.select("input:not([type=hidden]), textarea")) {
                assertThat(page.select("label[for=" + input.id() + "]")).as(path + " " + input).hasSize(1);
            }
        }
    }

    @Test
    void oversizedRequestsAreRefused() throws Exception {
        Browser jo = new Browser();
        jo.signUp("Jo", "a long password 11");
        HttpResponse<String> big = jo.post("/comments", Map.of("kind", "story", "id", "s-wire", "body", "x".repeat(100_000)));
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(big.body()).contains("larger than this site accepts");
        HttpResponse<String> tooLong = jo.post("/comments", Map.of("kind", "story", "id", "s-wire", "body", "x".repeat(4001)));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("at most 4000 characters");
    }

    @Test
    void aFailureOnOurSideGetsAPageThatSaysSoAndNoStackTrace() throws Exception {
        Javalin failing = WebServer.create(store);
        failing.get("/boom", ctx -> {
            throw new IllegalStateException("secret detail");
        });
        failing.start("127.0.0.1", 0);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + failing.port() + "/boom")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(response.body()).contains("Something went wrong on our side").contains("Skip to the content")
                    .doesNotContain("secret detail").doesNotContain("at org.");
        } finally {
            failing.stop();
        }
    }

    @Test
    void xssPayloadsInCommentsAndNamesNeverBecomeMarkup() throws Exception {
        List<String> payloads = payloads();
        assertThat(payloads).hasSizeGreaterThan(50);
        Browser mallory = new Browser();
        String name = "<img src=x onerror=alert(1)>";
        assertThat(mallory.signUp(name, "a long password 12").statusCode()).isEqualTo(303);
        List<String> comments = new java.util.ArrayList<>(); // five payloads a comment, under the flood limit
        for (int i = 0; i < payloads.size(); i += 5) {
            comments.add(String.join("\n", payloads.subList(i, Math.min(payloads.size(), i + 5))));
        }
        for (String comment : comments) {
            assertThat(mallory.post("/comments", Map.of("kind", "story", "id", "s-wire", "body", comment)).statusCode())
                    .as(comment).isEqualTo(303);
        }
        for (String path : List.of("/story/s-wire", "/following", "/")) {
            String html = mallory.get(path).body();
            Document page = Jsoup.parse(html);
            assertThat(page.select("script, iframe, object, embed, style, svg:not(.story-chart), img, form[action~=evil]"))
                    .as(path).isEmpty();
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertThat(attribute.getKey().toLowerCase(Locale.ROOT)).as(path + " " + element.tagName()).doesNotStartWith("on");
                    assertThat(attribute.getValue().toLowerCase(Locale.ROOT).strip()).as(path).doesNotStartWith("javascript:");
                }
            }
        }
        Document story = Jsoup.parse(mallory.get("/story/s-wire").body());
        assertThat(story.select(".comment .author").eachText()).contains(name);
        List<String> shown = story.select(".comment-body").eachText();
        long shownAsText = comments.stream().map(p -> p.replace('\r', '\n').replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip().replaceAll("\\s+", " "))
                .filter(shown::contains).count();
        assertThat(shownAsText).as("every payload shown as the text it was").isEqualTo(comments.size());
    }

    private static List<String> payloads() throws IOException {
        try (InputStream in = ReadersTest.class.getResourceAsStream("/sanitize/xss-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.replace("\\t", "\t").replace("\\n", "\n").replace("\\r", "\r").replace("\\0", "\0")
                            .replace("\\\\", "\\"))
                    .filter(line -> !line.strip().isEmpty()).distinct().collect(Collectors.toList());
        }
    }

    private static String message(HttpResponse<String> response) {
        return Jsoup.parse(response.body()).select("[role=alert]").text();
    }

    private static void insert(String id, String outlet, String title, LocalDate date) {
        store.transaction(tx -> {
            tx.insert(new StoredArticle(new Article(id, title, outlet, null, Published.ofDate(date), null, null, "en",
                    List.of("SputnikAzerbaijan"), "Text of " + title, "test"), null, "s-wire"));
            tx.refreshStory("s-wire");
            return null;
        });
    }

    /**
     * A client that keeps cookies like a browser and picks up each page's form token. Each comes from an address of its
     * own in 127.0.0.0/8, as readers on different machines would, so per-address limits apply to each separately.
     */
    private static final class Browser {
        private static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger(2);
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http;

        Browser() throws IOException {
            int n = NEXT.getAndIncrement();
            http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                    .localAddress(java.net.InetAddress.getByAddress(new byte[] {127, 0, (byte) (n / 250), (byte) (2 + n % 250)}))
                    .build();
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> signUp(String name, String password) throws Exception {
            return post("/signup", Map.of("name", name, "password", password, "password2", password));
        }

        HttpResponse<String> signIn(String name, String password) throws Exception {
            return post("/signin", Map.of("name", name, "password", password));
        }

        /** A form post with this site's token, as a form on its pages would send it. */
        HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("csrf", csrf());
            String body = all.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return postRaw(path, body, null);
        }

        HttpResponse<String> postRaw(String path, String body, String origin) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (origin != null) {
                request.header("Origin", origin);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        String csrf() throws Exception {
            if (cookie("storyline_csrf") == null) {
                Matcher token = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(get("/signin").body());
                assertThat(token.find()).isTrue();
            }
            return cookie("storyline_csrf");
        }

        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }

        void setCookie(String name, String value) {
            HttpCookie cookie = new HttpCookie(name, value);
            cookie.setPath("/");
            cookie.setDomain("127.0.0.1");
            cookie.setVersion(0);
            cookies.getCookieStore().add(uri("/"), cookie);
        }

        private static URI uri(String path) {
            return URI.create("http://127.0.0.1:" + app.port() + path);
        }
    }
}
