package org.storyline.bench.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.zip.GZIPInputStream;
import org.storyline.text.PageCharset;

/**
 * One benchmark page as stored: gzip-compressed (or plain) bytes, its address, and the gold body.
 *
 * @param id        the page id in the gold file
 * @param url       the page's address, or null
 * @param stored    the page bytes as read from disk
 * @param gzipped   true when {@code stored} is gzip-compressed
 * @param goldBody  the expected article body
 * @param language  the page's language (primary subtag), or "?" when the set does not say
 * @param goldTitle the expected headline, or null when the set has none
 */
record BenchPage(String id, URI url, byte[] stored, boolean gzipped, String goldBody, String language,
                 String goldTitle) {

    BenchPage(String id, URI url, byte[] stored, boolean gzipped, String goldBody) {
        this(id, url, stored, gzipped, goldBody, "en", null);
    }

    /** The page's markup, decoded by the rule every HTML reader shares ({@link PageCharset}). */
    String html() {
        return PageCharset.decode(bytes(), null);
    }

    /** The page's bytes, gunzipped when stored compressed. */
    byte[] bytes() {
        if (!gzipped) {
            return stored;
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("bench: cannot gunzip page " + id, e);
        }
    }

    /**
     * True for the held-back part (about a third of every set): pages chosen by a hash of their id, so the
     * split is the same on every run and no rule can be tuned on them unnoticed.
     */
    boolean heldBack() {
        return Math.floorMod(org.storyline.text.StableHash.of(id).charAt(0), 3) == 0;
    }
}
