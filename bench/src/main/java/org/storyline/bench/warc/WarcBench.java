package org.storyline.bench.warc;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.storyline.source.warc.WarcItem;
import org.storyline.source.warc.WarcReader;
import org.storyline.source.warc.WarcSettings;

/**
 * Reading speed of {@link WarcReader}: writes a WARC of about 200 MB (uncompressed) of request + HTML response
 * pairs, plain and gzipped per record, then reads each five times (the first rounds warm the JIT) and prints MB/s of WARC bytes.
 *
 * <p>Run: {@code java -Xmx64m -cp core/target/classes:bench/target/classes org.storyline.bench.warc.WarcBench [dir]}
 * (the small heap shows memory does not grow with the file).
 */
public final class WarcBench {

    private static final long TARGET = 200L * 1024 * 1024;

    private WarcBench() {}

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("warc-bench");
        Path plain = dir.resolve("bench.warc");
        Path gzip = dir.resolve("bench.warc.gz");
        long uncompressed = write(plain, false);
        write(gzip, true);
        System.out.printf("written: %s %.1f MB, %s %.1f MB%n", plain, Files.size(plain) / 1e6, gzip, Files.size(gzip) / 1e6);
        for (int round = 0; round < 5; round++) {
            measure("plain", plain, uncompressed);
            measure("gzip per record", gzip, uncompressed);
        }
        Files.delete(plain);
        Files.delete(gzip);
    }

    private static void measure(String label, Path file, long uncompressed) {
        var documents = new AtomicLong();
        var chars = new AtomicLong();
        long start = System.nanoTime();
        var summary = new WarcReader(WarcSettings.defaults()).read(file, item -> {
            if (item instanceof WarcItem.Document d) {
                documents.incrementAndGet();
                chars.addAndGet(d.document().content().length());
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.printf("%-16s %6.2f s  %7.1f MB/s of WARC  %7.1f MB/s of file  %d pages  complete=%s  heap %d MB%n",
                label, seconds, uncompressed / 1e6 / seconds, file.toFile().length() / 1e6 / seconds,
                documents.get(), summary.complete(), heap / (1024 * 1024));
    }

    private static long write(Path file, boolean gzip) throws IOException {
        var random = new Random(42);
        long written = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (int i = 0; written < TARGET; i++) {
                String uri = "https://news.example/" + i;
                byte[] request = record("request", uri, ("GET /" + i + " HTTP/1.1\r\nHost: news.example\r\n\r\n").getBytes());
                byte[] response = record("response", uri, http(page(random, i)));
                for (byte[] record : new byte[][] {request, response}) {
                    out.write(gzip ? gzip(record) : record);
                    written += record.length;
                }
            }
        }
        return written;
    }

    private static byte[] record(String type, String uri, byte[] block) {
        String head = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri
                + "\r\nWARC-Date: 2025-03-01T10:15:30Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.randomUUID()
                + ">\r\nContent-Type: application/http; msgtype=" + type + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        var out = new ByteArrayOutputStream(head.length() + block.length + 4);
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static byte[] http(String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n";
        var out = new ByteArrayOutputStream(head.length() + body.length);
        out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** A page of 20–80 KB: markup boilerplate plus paragraphs of random words (compresses about like real news). */
    private static String page(Random random, int i) {
        String[] words = {"government", "said", "on", "the", "minister", "election", "Tuesday", "report", "city", "of",
            "économie", "police", "market", "2025", "would", "and", "in", "a", "week", "crisis", "über", "talks"};
        var html = new StringBuilder("<!doctype html><html><head><title>Story ").append(i)
                .append("</title><script>window.dataLayer=[];</script></head><body><nav>Home World Business</nav><article>");
        int size = 20_000 + random.nextInt(60_000);
        while (html.length() < size) {
            html.append("<p>");
            for (int w = 0; w < 60; w++) {
                html.append(words[random.nextInt(words.length)]).append(' ');
            }
            html.append("</p>\n");
        }
        return html.append("</article><footer>© News</footer></body></html>").toString();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        var out = new ByteArrayOutputStream(bytes.length / 3);
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
