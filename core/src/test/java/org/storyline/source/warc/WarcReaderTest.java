package org.storyline.source.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WarcReaderTest {

    private static final String HTML = "<html><head><title>T</title></head><body><p>Grüße, café — «ok»</p></body></html>";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(WarcWriter.Layout.class)
    void takesOnlyHtmlResponsesWithStatus200InEveryLayout(WarcWriter.Layout layout) {
        var warc = new WarcWriter().warcinfo()
                .request("https://a.example/one").html("https://a.example/one", HTML)
                .response("https://a.example/logo.png", "HTTP/1.1 200 OK\r\nContent-Type: image/png", new byte[] {1, 2, 3})
                .response("https://a.example/gone", "HTTP/1.1 404 Not Found\r\nContent-Type: text/html", "<p>no</p>".getBytes())
                .record("metadata", "https://a.example/one", "application/warc-fields", "via: x\r\n".getBytes(), null)
                .response("https://a.example/old", "HTTP/1.1 301 Moved\r\nLocation: /new", new byte[0])
                .html("https://b.example/two", "<p>two</p>");
        var items = read(warc.write(dir.resolve("f.warc"), layout));
        List<Long> offsets = warc.offsets(layout);

        assertThat(documents(items)).extracting(d -> d.document().origin())
                .containsExactly("https://a.example/one", "https://b.example/two");
        var first = documents(items).getFirst();
        assertThat(first.document().content()).isEqualTo(HTML);
        assertThat(first.document().capturedAt()).isEqualTo(Instant.parse(WarcWriter.DATE));
        assertThat(first.document().capturedAtApprox()).isFalse();
        assertThat(first.recordId()).isEqualTo(WarcWriter.id(3));
        assertThat(first.offset()).isEqualTo(offsets.get(2));
        assertThat(skipped(items)).extracting(WarcItem.Skipped::reason).containsExactly(
                WarcItem.Reason.NOT_HTML, WarcItem.Reason.NOT_OK, WarcItem.Reason.NOT_OK);
        assertThat(skipped(items)).extracting(WarcItem.Skipped::offset)
                .containsExactly(offsets.get(3), offsets.get(4), offsets.get(6));
        assertThat(skipped(items).get(1).detail()).isEqualTo("HTTP status 404");
        assertThat(failures(items)).isEmpty();
        var summary = new WarcReader(WarcSettings.defaults()).read(dir.resolve("f.warc"), item -> { });
        assertThat(summary).isEqualTo(new WarcSummary(8, 2, 3, 0, true));
    }

    @Test
    void readsTheShippedFixtureWrittenByAnotherWriter() throws URISyntaxException {
        Path fixture = Path.of(getClass().getResource("/warc/tiny.warc.gz").toURI());
        var items = read(fixture);
        assertThat(failures(items)).isEmpty();
        var page = documents(items).getFirst();
        assertThat(page.document().origin()).isEqualTo("https://news.example.org/2025/01/15/harbour-reopens");
        assertThat(page.document().content()).contains("Après trois mois", "mercredi — « enfin »");
        assertThat(page.recordId()).isEqualTo("urn:uuid:33333333-3333-3333-3333-333333333333");
        assertThat(page.document().capturedAt()).isEqualTo(Instant.parse("2025-01-15T08:30:00Z"));
        assertThat(skipped(items)).singleElement().extracting(WarcItem.Skipped::targetUri)
                .isEqualTo("https://news.example.org/missing");
    }

    @Test
    void decodesByTheSharedPageCharsetRule() {
        // PageCharset: BOM, valid UTF-8, HTTP charset, meta charset; bytes that are none of these read as windows-1252
        var warc = new WarcWriter()
                .response("https://x/latin", "HTTP/1.1 200 OK\r\nContent-Type: TEXT/HTML; Charset=\"ISO-8859-1\"",
                        "<p>café “q”</p>".getBytes(Charset.forName("windows-1252")))
                .response("https://x/meta", "HTTP/1.1 200 OK\r\nContent-Type: text/html",
                        "<meta charset='windows-1251'><p>Привет</p>".getBytes(Charset.forName("windows-1251")))
                .response("https://x/equiv", "HTTP/1.1 200 OK\r\nContent-Type: text/html",
                        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"><p>日本語</p>"
                                .getBytes(Charset.forName("Shift_JIS")))
                .response("https://x/bad", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=no-such-charset",
                        new byte[] {'<', 'p', '>', (byte) 0xC3, '(', '<', '/', 'p', '>'})
                .response("https://x/bom", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=iso-8859-1",
                        bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "<p>ü</p>".getBytes(StandardCharsets.UTF_8)));
        assertThat(contents(warc)).containsExactly("<p>café “q”</p>", "<meta charset='windows-1251'><p>Привет</p>",
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"><p>日本語</p>",
                "<p>Ã(</p>", "<p>ü</p>");
    }

    @Test
    void undoesChunkingAndGzipAndDeflate() {
        byte[] page = HTML.getBytes(StandardCharsets.UTF_8);
        String ok = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n";
        var warc = new WarcWriter()
                .response("https://x/chunked", ok + "Transfer-Encoding: chunked", chunk(page, 7))
                .response("https://x/gzip", ok + "Content-Encoding: gzip", WarcWriter.gzip(page))
                .response("https://x/zlib", ok + "Content-Encoding: deflate", deflate(page, false))
                .response("https://x/raw-deflate", ok + "Content-Encoding: deflate", deflate(page, true))
                .response("https://x/both", ok + "Transfer-Encoding: chunked\r\nContent-Encoding: gzip",
                        chunk(WarcWriter.gzip(page), 10))
                .response("https://x/already-decoded", ok + "Transfer-Encoding: chunked\r\nContent-Encoding: gzip", page)
                .response("https://x/common-crawl", ok + "X-Crawler-Content-Encoding: gzip", page);
        assertThat(contents(warc)).hasSize(7).allMatch(HTML::equals);
    }

    @Test
    void refusesUnknownEncodingsAndOversizedOrBombBodies() {
        String ok = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n";
        byte[] zeros = new byte[1024 * 1024];
        var warc = new WarcWriter()
                .response("https://x/br", ok + "Content-Encoding: br", new byte[] {1, 2, 3})
                .response("https://x/big", ok.strip(), "x".repeat(70_000).getBytes())
                .response("https://x/bomb", ok + "Content-Encoding: gzip", WarcWriter.gzip(zeros))
                .response("https://x/broken-gzip", ok + "Content-Encoding: gzip", new byte[] {0x1F, (byte) 0x8B, 8, 0, 9, 9})
                .html("https://x/fine", "<p>fine</p>");
        var items = read(warc.write(dir.resolve("f.warc"), WarcWriter.Layout.PLAIN), new WarcSettings(64 * 1024, 10));
        assertThat(skipped(items)).extracting(WarcItem.Skipped::reason).containsExactly(WarcItem.Reason.BAD_PAYLOAD,
                WarcItem.Reason.TOO_LARGE, WarcItem.Reason.TOO_LARGE, WarcItem.Reason.BAD_PAYLOAD);
        assertThat(skipped(items).getFirst().detail()).contains("unsupported Content-Encoding br");
        assertThat(documents(items)).singleElement().extracting(d -> d.document().content()).isEqualTo("<p>fine</p>");
    }

    @Test
    void acceptsXhtmlWarc10BracketsFractionalDatesAndMarksCrawlerTruncation() {
        byte[] block = WarcWriter.http("HTTP/1.0 200 OK\nContent-Type: application/xhtml+xml", "<p>x</p>".getBytes());
        String record = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: <http://old.example/x>\r\n"
                + "WARC-Date: 2008-04-30T20:48:25.123456Z\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Truncated: length\r\n"
                + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + block.length + "\r\n\r\n";
        var items = read(new WarcWriter().raw(bytes(record.getBytes(), block, "\r\n\r\n".getBytes()))
                .write(dir.resolve("f.warc"), WarcWriter.Layout.PLAIN));
        var page = documents(items).getFirst();
        assertThat(page.document().origin()).isEqualTo("http://old.example/x");
        assertThat(page.document().capturedAt()).isEqualTo(Instant.parse("2008-04-30T20:48:25.123456Z"));
        assertThat(page.truncatedByCrawler()).isTrue();
    }

    @Test
    void aResponseWithoutAnHttpHeadOrContentTypeOrDateIsSkippedWithTheReason() {
        var warc = new WarcWriter()
                .record("response", "https://x/a", "application/http", "garbage without a status line".getBytes(), null)
                .response("https://x/b", "HTTP/1.1 200 OK", "<p>b</p>".getBytes())
                .raw(("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://x/c\r\nWARC-Date: yesterday\r\n"
                        + "Content-Type: application/http\r\nContent-Length: 52\r\n\r\n"
                        + "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>c</p>\r\n\r\n").getBytes());
        var items = read(warc.write(dir.resolve("f.warc"), WarcWriter.Layout.PLAIN));
        assertThat(skipped(items)).extracting(WarcItem.Skipped::reason, WarcItem.Skipped::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple(WarcItem.Reason.BAD_HTTP, "no end of the HTTP header in the first 29 bytes"),
                org.assertj.core.groups.Tuple.tuple(WarcItem.Reason.NOT_HTML, "no Content-Type"),
                org.assertj.core.groups.Tuple.tuple(WarcItem.Reason.BAD_RECORD, "unreadable WARC-Date yesterday"));
        assertThat(failures(items)).isEmpty();
    }

    // --- helpers shared with the hostile tests ---

    static List<WarcItem> read(Path file) {
        return read(file, WarcSettings.defaults());
    }

    static List<WarcItem> read(Path file, WarcSettings settings) {
        List<WarcItem> items = new ArrayList<>();
        new WarcReader(settings).read(file, items::add);
        return items;
    }

    static List<WarcItem.Document> documents(List<WarcItem> items) {
        return items.stream().filter(WarcItem.Document.class::isInstance).map(WarcItem.Document.class::cast).toList();
    }

    static List<WarcItem.Skipped> skipped(List<WarcItem> items) {
        return items.stream().filter(WarcItem.Skipped.class::isInstance).map(WarcItem.Skipped.class::cast).toList();
    }

    static List<WarcItem.Failed> failures(List<WarcItem> items) {
        return items.stream().filter(WarcItem.Failed.class::isInstance).map(WarcItem.Failed.class::cast).toList();
    }

    private List<String> contents(WarcWriter warc) {
        var items = read(warc.write(dir.resolve("c.warc"), WarcWriter.Layout.GZIP_PER_RECORD));
        assertThat(failures(items)).isEmpty();
        assertThat(skipped(items)).isEmpty();
        return documents(items).stream().map(d -> d.document().content()).toList();
    }

    static byte[] bytes(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] chunk(byte[] data, int size) {
        var out = new ByteArrayOutputStream();
        for (int i = 0; i < data.length; i += size) {
            int n = Math.min(size, data.length - i);
            out.writeBytes((Integer.toHexString(n) + (i == 0 ? ";ext=1" : "") + "\r\n").getBytes());
            out.write(data, i, n);
            out.writeBytes("\r\n".getBytes());
        }
        out.writeBytes("0\r\nX-Trailer: y\r\n\r\n".getBytes());
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data, boolean raw) {
        var out = new ByteArrayOutputStream();
        try (var z = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            z.write(data);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
