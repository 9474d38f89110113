package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.account.Passwords;
import org.storyline.account.Role;
import org.storyline.account.UserName;

/**
 * The security probe's reproductions (issue 17, items 3-8), each against a real server on loopback: following
 * feeds needs the right role, bodies are capped however they are framed, search syntax costs nothing, one
 * guesser cannot lock a reader out, links never come from the Host header, odd queries are not failures.
 */
class SecurityProbeTest {

    @TempDir
    static Path dir;
    private static WebFixture web;
    private static final String PUBLIC = "https://news.example.org";

    @BeforeAll
    static void start() throws Exception {
        web = WebFixture.start(dir, w -> { }, new WebSettings(URI.create(PUBLIC + "/"), Role.ADMIN, 3));
        Passwords passwords = Passwords.owasp();
        web.store.accounts().create(UserName.parse("Editor"), passwords.hash("an admin password".toCharArray()),
                Role.ADMIN, Instant.now()).orElseThrow();
        web.store.accounts().create(UserName.parse("Reader"), passwords.hash("a reader password".toCharArray()),
                Role.READER, Instant.now()).orElseThrow();
        web.store.accounts().create(UserName.parse("Chloe"), passwords.hash("chloe's password".toCharArray()),
                Role.READER, Instant.now()).orElseThrow();
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void item3_followingAFeedFromTheFormNeedsASignedInAdminAndIsRateLimited() throws Exception {
        Visitor anonymous = new Visitor(web.base(), 10);
        assertThat(anonymous.get("/sources").body()).as("no form for visitors").doesNotContain("name=\"url\"")
                .contains(FollowGuard.SIGN_IN);
        for (int i = 0; i < 15; i++) {
            assertThat(anonymous.post("/sources", Map.of("url", web.feedUrl())).statusCode()).isEqualTo(401);
        }
        Visitor reader = new Visitor(web.base(), 11);
        assertThat(reader.signIn("Reader", "a reader password").statusCode()).isEqualTo(303);
        assertThat(reader.post("/sources", Map.of("url", web.feedUrl())).statusCode()).isEqualTo(403);
        assertThat(web.store.sources().all()).as("nothing was followed").isEmpty();

        Visitor admin = new Visitor(web.base(), 12);
        assertThat(admin.signIn("Editor", "an admin password").statusCode()).isEqualTo(303);
        assertThat(admin.get("/sources").body()).contains("name=\"url\"");
        var followed = admin.post("/sources", Map.of("url", web.feedUrl()));
        assertThat(followed.statusCode()).isEqualTo(200);
        assertThat(followed.body()).contains("Now following");
        assertThat(web.store.sources().all()).hasSize(1);
        admin.post("/sources", Map.of("url", "https://example.invalid/one"));
        admin.post("/sources", Map.of("url", "https://example.invalid/two"));
        var limited = admin.post("/sources", Map.of("url", "https://example.invalid/three"));
        assertThat(limited.statusCode()).as("3 follows an hour in this server").isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void item4_aChunkedBodyWithoutLengthIsCutOffAt64KiB() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", web.app.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /signup HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            AtomicLong sent = new AtomicLong();
            Thread writer = Thread.ofVirtual().start(() -> {
                byte[] chunk = ("8000\r\n" + "a".repeat(0x8000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                    while (sent.get() < 800L * 1024 * 1024) { // the probe's 800 MB, unless the server stops reading
                        out.write(chunk);
                        sent.addAndGet(chunk.length);
                    }
                } catch (IOException closed) {
                    // the server answered and closed: what should happen
                }
            });
            String status = statusLine(socket.getInputStream());
            writer.join();
            assertThat(status).contains("413");
            assertThat(sent.get()).as("the server stopped reading long before 800 MB").isLessThan(64L * 1024 * 1024);
        }
        var declared = web.send(web.request("/api/sources").header("Authorization", "Bearer " + web.token)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x".repeat(70_000))).build());
        assertThat(declared.statusCode()).isEqualTo(413);
    }

    @Test
    void item5_regularExpressionsWildcardsAndFuzzySyntaxAreSearchedAsText() throws Exception {
        for (String q : new String[] {"/a{1,99999}/", "/[a-z]+.*/", "a*", "*a*", "sputnik~2", "title:baku", "[a TO z]",
                "\"baku raid\"~99999", "a^99999"}) {
            var answer = web.get("/api/search?mode=keyword&q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertThat(answer.statusCode()).as(q).isEqualTo(200);
        }
        assertThat(web.get("/api/search?mode=keyword&q=baku").body()).as("plain words still match").contains("\"id\"");
    }

    @Test
    void item6_fiveWrongPasswordsFromOneAddressDoNotLockTheReaderOutElsewhere() throws Exception {
        Visitor guesser = new Visitor(web.base(), 20);
        for (int i = 0; i < SignInThrottle.PAIR_LIMIT; i++) {
            assertThat(guesser.signIn("chloe", "guess " + i).statusCode()).isEqualTo(401);
        }
        assertThat(guesser.signIn("chloe", "chloe's password").statusCode()).as("the guesser is stopped").isEqualTo(429);
        Visitor chloe = new Visitor(web.base(), 21);
        assertThat(chloe.signIn("Chloe", "chloe's password").statusCode()).as("the reader gets in").isEqualTo(303);
    }

    @Test
    void item7_absoluteLinksUseThePublicUrlNeverTheHostHeader() throws Exception {
        for (String path : new String[] {"/story/s-rift/feed.rss", "/story/s-rift/feed.atom", "/story/s-rift/feed.json",
                "/api/articles?limit=2", "/openapi.json", "/search/feed.rss?q=baku"}) {
            String answer = rawGet(path, "evil.example");
            assertThat(answer).as(path).doesNotContain("evil.example").contains(PUBLIC);
        }
    }

    @Test
    void item8_blankAndOddQueriesAreEmptyOrBadRequestsNeverFailures() throws Exception {
        for (String q : new String[] {"%C2%A0", "%E2%80%8B", "%EF%BF%BD", "%01", "%FF%FE", "%20%09", "%C2%A0%E2%80%8B"}) {
            for (String mode : new String[] {"hybrid", "semantic", "keyword"}) {
                var page = web.get("/search?mode=" + mode + "&q=" + q);
                assertThat(page.statusCode()).as(mode + " " + q).isEqualTo(200);
                assertThat(page.body()).doesNotContain("Exception");
                var api = web.get("/api/search?mode=" + mode + "&q=" + q);
                assertThat(api.statusCode()).as("api " + mode + " " + q).isEqualTo(400);
                assertThat(api.body()).doesNotContain("Exception");
            }
        }
    }

    private static String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", web.app.port())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            line.append((char) c);
        }
        return line.toString();
    }
}
