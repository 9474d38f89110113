package org.storyline.source.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes WARC files for tests: records built from parts, optionally with a wrong Content-Length, raw bytes
 * between records, and three layouts (plain, one gzip member per record, one member for the whole file).
 */
final class WarcWriter {

    enum Layout { PLAIN, GZIP_PER_RECORD, GZIP_WHOLE }

    static final String DATE = "2025-03-01T10:15:30Z";

    private record Entry(byte[] bytes, boolean record) {}

    private final List<Entry> entries = new ArrayList<>();
    private int ids;

    WarcWriter warcinfo() {
        return record("warcinfo", "", "application/warc-fields", "software: storyline-test\r\n".getBytes(), null);
    }

    WarcWriter request(String uri) {
        byte[] block = ("GET / HTTP/1.1\r\nHost: " + host(uri) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        return record("request", uri, "application/http; msgtype=request", block, null);
    }

    /** A 200 text/html UTF-8 response. */
    WarcWriter html(String uri, String html) {
        return response(uri, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8",
                html.getBytes(StandardCharsets.UTF_8));
    }

    /** A response whose HTTP head is {@code head} (status line and header lines, no blank line). */
    WarcWriter response(String uri, String head, byte[] body) {
        return record("response", uri, "application/http; msgtype=response", http(head, body), null);
    }

    /** Any record; {@code contentLength} null means the true length. */
    WarcWriter record(String type, String uri, String contentType, byte[] block, String contentLength) {
        var header = new StringBuilder("WARC/1.1\r\n")
                .append("WARC-Type: ").append(type).append("\r\n")
                .append("WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-").append("%012d".formatted(++ids)).append(">\r\n")
                .append("WARC-Date: ").append(DATE).append("\r\n");
        if (!uri.isEmpty()) {
            header.append("WARC-Target-URI: ").append(uri).append("\r\n");
        }
        header.append("Content-Type: ").append(contentType).append("\r\n")
                .append("Content-Length: ").append(contentLength == null ? block.length : contentLength).append("\r\n\r\n");
        var out = new ByteArrayOutputStream();
        out.writeBytes(header.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        entries.add(new Entry(out.toByteArray(), true));
        return this;
    }

    /** Bytes written as they are, outside any record (and outside any gzip member when gzipping per record). */
    WarcWriter raw(byte[] bytes) {
        entries.add(new Entry(bytes, false));
        return this;
    }

    static byte[] http(String head, byte[] body) {
        var out = new ByteArrayOutputStream();
        out.writeBytes((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    static String id(int n) {
        return "urn:uuid:00000000-0000-0000-0000-%012d".formatted(n);
    }

    byte[] bytes(Layout layout) {
        return layout(layout).bytes;
    }

    /** The file offset of each record (of its gzip member when gzipping per record; 0 for the whole-file member). */
    List<Long> offsets(Layout layout) {
        return layout(layout).offsets;
    }

    Path write(Path file, Layout layout) {
        try {
            return Files.write(file, bytes(layout));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Written(byte[] bytes, List<Long> offsets) {}

    private Written layout(Layout layout) {
        var out = new ByteArrayOutputStream();
        List<Long> offsets = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.record()) {
                offsets.add(layout == Layout.GZIP_WHOLE ? 0L : out.size());
            }
            out.writeBytes(layout == Layout.GZIP_PER_RECORD && entry.record() ? gzip(entry.bytes()) : entry.bytes());
        }
        byte[] bytes = layout == Layout.GZIP_WHOLE ? gzip(out.toByteArray()) : out.toByteArray();
        return new Written(bytes, offsets);
    }

    static byte[] gzip(byte[] bytes) {
        var out = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String host(String uri) {
        return uri.replaceFirst("^[a-z]+://", "").replaceFirst("/.*", "");
    }
}
