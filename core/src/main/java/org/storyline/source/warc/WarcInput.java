package org.storyline.source.warc;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;

/**
 * The decompressed WARC bytes with what the record parser needs: lines, exact reads, skips, and the file
 * offset of any position still in the buffer.
 *
 * <p>Memory is one 64 KiB buffer plus a note of where each buffered chunk came from; a line longer than the
 * buffer is refused, never grown into.
 */
final class WarcInput {

    static final int BUFFER = 64 * 1024;

    /** A chunk of decompressed bytes starting at {@code position} that came from {@code sourceOffset}. */
    private record Chunk(long position, long sourceOffset) {}

    private final DecodedInput source;
    private final byte[] buf = new byte[BUFFER];
    private final ArrayDeque<Chunk> chunks = new ArrayDeque<>();
    private long bufStart;
    private int pos;
    private int limit;

    WarcInput(DecodedInput source) {
        this.source = source;
    }

    /** The position of the next unread byte in the decompressed stream. */
    long position() {
        return bufStart + pos;
    }

    /** The file offset (or gzip member offset) of the next unread byte; call after {@link #peek}. */
    long fileOffset() {
        long at = position();
        while (chunks.size() > 1 && secondChunk().position() <= at) {
            chunks.removeFirst();
        }
        Chunk chunk = chunks.peekFirst();
        if (chunk == null) {
            return 0;
        }
        return source.exactOffsets() ? chunk.sourceOffset() + (at - chunk.position()) : chunk.sourceOffset();
    }

    private Chunk secondChunk() {
        var it = chunks.iterator();
        it.next();
        return it.next();
    }

    /** The next byte without consuming it, or -1 at the end. */
    int peek() throws IOException {
        return ensure(1) ? buf[pos] & 0xFF : -1;
    }

    /** Whether the unread bytes start with {@code prefix} (false near the end). */
    boolean startsWith(byte[] prefix) throws IOException {
        if (!ensure(prefix.length)) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (buf[pos + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Up to {@code n} unread bytes as Latin-1 text, without consuming them: for messages. */
    String preview(int n) throws IOException {
        ensure(n);
        return new String(buf, pos, Math.min(n, limit - pos), StandardCharsets.ISO_8859_1);
    }

    /**
     * Reads one line without its CR LF (or bare LF).
     *
     * @return null at the end of the input
     * @throws BadInput MALFORMED when the line is longer than {@code max}, TRUNCATED when the file ends mid-line
     *                  (with offset -1: the caller knows which record it is reading)
     */
    String readLine(int max, Charset charset) throws IOException {
        if (!ensure(1)) {
            return null;
        }
        int scanned = 0;
        while (true) {
            for (int i = pos + scanned; i < limit; i++) {
                if (buf[i] == '\n') {
                    int end = i > pos && buf[i - 1] == '\r' ? i - 1 : i;
                    String line = new String(buf, pos, end - pos, charset);
                    pos = i + 1;
                    return line;
                }
            }
            scanned = limit - pos;
            if (scanned > max) {
                throw new BadInput(BadInput.Kind.MALFORMED, -1, "a header line longer than " + max + " bytes");
            }
            if (!ensure(scanned + 1)) {
                throw new BadInput(BadInput.Kind.TRUNCATED, -1, "the file ends in the middle of a line");
            }
        }
    }

    /** Consumes through the next LF (or to the end); returns how many bytes, 0 at the end. */
    long skipLine() throws IOException {
        long skipped = 0;
        while (ensure(1)) {
            for (int i = pos; i < limit; i++) {
                if (buf[i] == '\n') {
                    skipped += i + 1 - pos;
                    pos = i + 1;
                    return skipped;
                }
            }
            skipped += limit - pos;
            pos = limit;
        }
        return skipped;
    }

    /** Reads up to {@code len} bytes, fewer only at the end of the input. */
    int readUpTo(byte[] into, int off, int len) throws IOException {
        int done = 0;
        while (done < len && ensure(1)) {
            int n = Math.min(len - done, limit - pos);
            System.arraycopy(buf, pos, into, off + done, n);
            pos += n;
            done += n;
        }
        return done;
    }

    /** Skips up to {@code n} bytes; returns how many, fewer only at the end of the input. */
    long skip(long n) throws IOException {
        long done = 0;
        while (done < n && ensure(1)) {
            int step = (int) Math.min(n - done, limit - pos);
            pos += step;
            done += step;
        }
        return done;
    }

    /** Once the buffer is used up, lets the source check the end of its gzip member (see {@link DecodedInput#settle}). */
    void settle() throws IOException {
        if (pos == limit) {
            source.settle();
        }
    }

    /** Forgets the buffer: after a corrupt gzip member its decompressed bytes are worthless. */
    void discard() {
        bufStart += limit;
        pos = 0;
        limit = 0;
        chunks.clear();
    }

    private boolean ensure(int need) throws IOException {
        if (limit - pos >= need) {
            return true;
        }
        if (need > buf.length) {
            throw new IllegalArgumentException("warc: asked for " + need + " buffered bytes, more than the buffer");
        }
        while (chunks.size() > 1 && secondChunk().position() <= position()) {
            chunks.removeFirst();
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            bufStart += pos;
            limit -= pos;
            pos = 0;
        }
        while (limit < need) {
            int n = source.read(buf, limit, buf.length - limit);
            if (n < 0) {
                return false;
            }
            chunks.addLast(new Chunk(bufStart + limit, source.lastReadOffset()));
            limit += n;
        }
        return true;
    }
}
