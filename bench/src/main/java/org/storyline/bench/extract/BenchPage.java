package org.storyline.bench.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * One benchmark page as stored: gzip-compressed (or plain) bytes, its address, and the gold body.
 *
 * @param id       the page id in the gold file
 * @param url      the page's address, or null
 * @param stored   the page bytes as read from disk
 * @param gzipped  true when {@code stored} is gzip-compressed
 * @param goldBody the expected article body
 */
record BenchPage(String id, URI url, byte[] stored, boolean gzipped, String goldBody) {

    /** The page's markup, decoded as UTF-8 (every page of the Scrapinghub set is UTF-8). */
    String html() {
        if (!gzipped) {
            return new String(stored, StandardCharsets.UTF_8);
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("bench: cannot gunzip page " + id, e);
        }
    }
}
