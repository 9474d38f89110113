package org.storyline.source.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.source.fetch.FetchTestSupport.fetcher;
import static org.storyline.source.fetch.FetchTestSupport.loopbackPolicy;
import static org.storyline.source.fetch.ScriptedServer.write;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Servers that misbehave on purpose, each on a real loopback socket. */
class FetcherHostileServerTest {

    private static final Duration DEADLINE = Duration.ofMillis(1500);

    private static FetchFailed failure(ScriptedServer.Script script) throws IOException {
        return failure(script, loopbackPolicy().withDeadline(Duration.ofSeconds(1), DEADLINE));
    }

    private static FetchFailed failure(ScriptedServer.Script script, FetchPolicy policy) throws IOException {
        try (ScriptedServer server = new ScriptedServer(script)) {
            FetchResult result = fetcher(policy).fetch(server.uri("/feed"), Validators.NONE);
            assertThat(result).isInstanceOf(FetchFailed.class);
            return (FetchFailed) result;
        }
    }

    @Test
    void slowDripBodyIsCutOffAtTheDeadline() throws IOException {
        long start = System.nanoTime();
        FetchFailed f = failure((head, out) -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n");
            for (int i = 0; i < 100_000; i++) {
                write(out, "x");
                Thread.sleep(100); // each byte comes well within any per-read timeout
            }
        });
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(f.kind()).isEqualTo(FailureKind.TIMEOUT);
        assertThat(f.message()).contains("deadline");
        assertThat(tookMillis).isBetween(1400L, 4000L);
    }

    @Test
    void slowDripHeadersAreCutOffAtTheDeadline() throws IOException {
        FetchFailed f = failure((head, out) -> {
            write(out, "HTTP/1.1 200 OK\r\n");
            for (int i = 0; i < 1000; i++) {
                write(out, "X-Drip: " + i + "\r\n");
                Thread.sleep(50);
            }
        });
        assertThat(f.kind()).isEqualTo(FailureKind.TIMEOUT);
    }

    @Test
    void silentServerTimesOut() throws IOException {
        FetchFailed f = failure((head, out) -> Thread.sleep(10_000));
        assertThat(f.kind()).isEqualTo(FailureKind.TIMEOUT);
    }

    @Test
    void hugeHeaderLineIsRefused() throws IOException {
        FetchFailed f = failure((head, out) -> {
            write(out, "HTTP/1.1 200 OK\r\nX-Big: ");
            write(out, "a".repeat(1024 * 1024));
            write(out, "\r\n\r\n");
        });
        assertThat(f.kind()).isEqualTo(FailureKind.TOO_LARGE);
        assertThat(f.message()).contains("headers");
    }

    @Test
    void endlessHeadersAreRefused() throws IOException {
        FetchFailed f = failure((head, out) -> {
            write(out, "HTTP/1.1 200 OK\r\n");
            for (int i = 0; i < 100_000; i++) {
                write(out, "X-" + i + ": y\r\n");
            }
        });
        assertThat(f.kind()).isEqualTo(FailureKind.TOO_LARGE);
    }

    @Test
    void gzipBombStopsAtTheDecodedLimit() throws IOException {
        byte[] bomb = FetcherTest.gzip(new byte[64 * 1024 * 1024]); // 64 MiB of zeros in ~64 KiB
        FetchFailed f = failure((head, out) -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: " + bomb.length + "\r\n\r\n");
            out.write(bomb);
        }, FetchPolicy.defaults().allowing(AddressClass.LOOPBACK));

        assertThat(bomb.length).isLessThan(100 * 1024);
        assertThat(f.kind()).isEqualTo(FailureKind.TOO_LARGE);
        assertThat(f.message()).contains("decoded body").contains("16.0 MiB");
    }

    @Test
    void deflateBombStopsAtTheDecodedLimit() throws IOException {
        byte[] bomb = FetcherTest.deflate(new byte[8 * 1024 * 1024], false);
        FetchFailed f = failure((head, out) -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n\r\n");
            out.write(bomb);
        }, loopbackPolicy().withLimits(1024 * 1024, 64 * 1024));
        assertThat(f.kind()).isEqualTo(FailureKind.TOO_LARGE);
    }

    @Test
    void declaredLengthOverTheLimitIsRefusedBeforeReading() throws IOException {
        FetchFailed f = failure((head, out) -> write(out, "HTTP/1.1 200 OK\r\nContent-Length: 100000000000\r\n\r\n"));
        assertThat(f.kind()).isEqualTo(FailureKind.TOO_LARGE);
        assertThat(f.message()).contains("Content-Length");
    }

    @Test
    void endlessBodyWithoutLengthStopsAtTheLimit() throws IOException {
        FetchFailed f = failure((head, out) -> {
            write(out, "HTTP/1.0 200 OK\r\n\r\n");
            byte[] block = new byte[64 * 1024];
            while (true) {
                out.write(block);
            }
        }, loopbackPolicy().withLimits(1024 * 1024, 64 * 1024));
        assertThat(f.kind()).isEqualTo(FailureKind.TOO_LARGE);
    }

    @Test
    void endlessChunkSizeLineIsMalformed() throws IOException {
        FetchFailed f = failure((head, out) -> {
            write(out, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
            write(out, "f".repeat(100_000));
        });
        assertThat(f.kind()).isEqualTo(FailureKind.MALFORMED);
    }

    @Test
    void chunkedBodyIsDecoded() throws IOException {
        try (ScriptedServer server = new ScriptedServer((head, out) -> write(out,
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-T: 1\r\n\r\n"))) {
            Fetched f = (Fetched) fetcher(loopbackPolicy()).fetch(server.uri("/"), Validators.NONE);
            assertThat(f.text()).isEqualTo("hello world");
        }
    }

    @Test
    void truncatedBodyIsAConnectionFailure() throws IOException {
        FetchFailed f = failure((head, out) -> write(out, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly ten b"));
        assertThat(f.kind()).isEqualTo(FailureKind.CONNECT);
        assertThat(f.message()).contains("10 of 100");
    }

    @Test
    void nonHttpResponseIsMalformed() throws IOException {
        FetchFailed f = failure((head, out) -> write(out, "SSH-2.0-OpenSSH_9.6\r\n"));
        assertThat(f.kind()).isEqualTo(FailureKind.MALFORMED);
        assertThat(f.message()).contains("SSH-2.0");
    }

    @Test
    void unsupportedContentEncodingIsMalformed() throws IOException {
        FetchFailed f = failure((head, out) -> write(out, "HTTP/1.1 200 OK\r\nContent-Encoding: br\r\nContent-Length: 3\r\n\r\nabc"));
        assertThat(f.kind()).isEqualTo(FailureKind.MALFORMED);
        assertThat(f.message()).contains("br");
    }

    @Test
    void corruptGzipIsMalformed() throws IOException {
        FetchFailed f = failure((head, out) -> write(out,
                "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 12\r\n\r\nnot gzipped!"));
        assertThat(f.kind()).isEqualTo(FailureKind.MALFORMED);
    }

    @Test
    void closingWithoutAnswerIsAConnectionFailure() throws IOException {
        FetchFailed f = failure((head, out) -> { });
        assertThat(f.kind()).isEqualTo(FailureKind.CONNECT);
    }

    @Test
    void redirectLoopIsDetected() throws IOException {
        FetchFailed f = failure((head, out) -> write(out, "HTTP/1.1 302 Found\r\nLocation: "
                + (head.startsWith("GET /a ") ? "/b" : "/a") + "\r\nContent-Length: 0\r\n\r\n"));
        assertThat(f.kind()).isEqualTo(FailureKind.TOO_MANY_REDIRECTS);
        assertThat(f.message()).contains("loop");
    }

    @Test
    void sixthRedirectIsTooMany() throws IOException {
        ScriptedServer.Script chain = (head, out) -> {
            int n = Integer.parseInt(head.substring(head.indexOf("/r") + 2, head.indexOf(" HTTP")));
            write(out, n == 0 ? "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
                    : "HTTP/1.1 307 Temporary\r\nLocation: /r" + (n - 1) + "\r\nContent-Length: 0\r\n\r\n");
        };
        try (ScriptedServer server = new ScriptedServer(chain)) {
            Fetcher fetcher = fetcher(loopbackPolicy());
            assertThat(fetcher.fetch(server.uri("/r5"), Validators.NONE)).isInstanceOf(Fetched.class);
            FetchFailed f = (FetchFailed) fetcher.fetch(server.uri("/r6"), Validators.NONE);
            assertThat(f.kind()).isEqualTo(FailureKind.TOO_MANY_REDIRECTS);
        }
    }

    @Test
    void redirectWithoutLocationIsAStatusFailure() throws IOException {
        FetchFailed f = failure((head, out) -> write(out, "HTTP/1.1 301 Moved\r\nContent-Length: 0\r\n\r\n"));
        assertThat(f.kind()).isEqualTo(FailureKind.HTTP_STATUS);
        assertThat(f.httpStatus()).isEqualTo(301);
    }

    @Test
    void redirectToFileSchemeIsUnsupported() throws IOException {
        FetchFailed f = failure((head, out) -> write(out,
                "HTTP/1.1 302 Found\r\nLocation: file:///etc/passwd\r\nContent-Length: 0\r\n\r\n"));
        assertThat(f.kind()).isEqualTo(FailureKind.UNSUPPORTED_SCHEME);
    }

    @Test
    void refusedConnectionIsAConnectFailure() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0)) {
            port = closed.getLocalPort();
        }
        FetchResult r = fetcher(loopbackPolicy()).fetch(URI.create("http://127.0.0.1:" + port + "/"), Validators.NONE);
        assertThat(((FetchFailed) r).kind()).isEqualTo(FailureKind.CONNECT);
    }

    @Test
    void unknownHostIsADnsFailure() {
        FetchFailed f = (FetchFailed) fetcher(loopbackPolicy()).fetch(URI.create("http://nowhere.test/"), Validators.NONE);
        assertThat(f.kind()).isEqualTo(FailureKind.DNS);
        assertThat(f.message()).contains("nowhere.test");
    }

    @Test
    void hangingDnsIsCutOffAtTheDeadline() {
        HostResolver hanging = host -> {
            try {
                Thread.sleep(20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new UnknownHostException(host);
        };
        FetchPolicy policy = loopbackPolicy().withDeadline(Duration.ofSeconds(1), Duration.ofMillis(500));
        FetchFailed f = (FetchFailed) fetcher(policy, hanging).fetch(URI.create("http://slow.test/"), Validators.NONE);
        assertThat(f.kind()).isEqualTo(FailureKind.TIMEOUT);
    }

    @Test
    void onlyHttpAndHttpsAreFetched() {
        Fetcher fetcher = fetcher(loopbackPolicy());
        for (String url : List.of("file:///etc/passwd", "ftp://example.org/x", "gopher://127.0.0.1:70/", "jar:file:/x!/y",
                "javascript:alert(1)", "/relative/path")) {
            FetchFailed f = (FetchFailed) fetcher.fetch(url, Validators.NONE);
            assertThat(f.kind()).as(url).isEqualTo(FailureKind.UNSUPPORTED_SCHEME);
        }
    }

    @Test
    void textThatIsNotAUrlIsMalformed() {
        FetchFailed f = (FetchFailed) fetcher(loopbackPolicy()).fetch("http://exa mple.org/<>", Validators.NONE);
        assertThat(f.kind()).isEqualTo(FailureKind.MALFORMED);
    }

    @Test
    void validatorsWithLineBreaksAreDroppedSoTheyCannotInjectHeaders() {
        assertThat(new Validators("\"a\"\r\nX-Evil: 1", "Thu, 10 Jul 2025 10:00:00 GMT\nX: y").isEmpty()).isTrue();
        assertThat(Map.of("k", new Validators(" \"a\" ", null).etag())).containsEntry("k", "\"a\"");
    }
}
