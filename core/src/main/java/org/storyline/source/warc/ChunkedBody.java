package org.storyline.source.warc;

import java.io.ByteArrayOutputStream;

/** HTTP/1.1 chunked transfer-encoding (RFC 9112 §7.1), decoded leniently. */
final class ChunkedBody {

    private ChunkedBody() {}

    /**
     * The body without its chunk framing. A body whose first line is not a chunk size is returned as it is (the
     * archiver already removed the framing); a body cut inside a chunk gives the data before the cut.
     */
    static byte[] decode(byte[] body) {
        var out = new ByteArrayOutputStream(body.length);
        int pos = 0;
        while (pos < body.length) {
            int lineEnd = indexOf(body, pos, (byte) '\n');
            long size = lineEnd < 0 ? -1 : chunkSize(body, pos, lineEnd);
            if (size < 0) {
                return pos == 0 ? body : out.toByteArray();
            }
            if (size == 0) {
                break;
            }
            int start = lineEnd + 1;
            int n = (int) Math.min(size, body.length - start);
            out.write(body, start, n);
            pos = start + n;
            pos = skipLineEnd(body, pos);
        }
        return out.toByteArray();
    }

    /** The hexadecimal size before any ";extension", or -1 when the line is not a chunk size. */
    private static long chunkSize(byte[] body, int from, int lineEnd) {
        long size = 0;
        int digits = 0;
        for (int i = from; i < lineEnd; i++) {
            int digit = Character.digit(body[i], 16);
            if (digit < 0) {
                byte b = body[i];
                boolean endOfSize = b == ';' || b == '\r' || b == ' ' || b == '\t';
                return digits > 0 && endOfSize ? size : -1;
            }
            if (++digits > 15) {
                return -1;
            }
            size = size * 16 + digit;
        }
        return digits > 0 ? size : -1;
    }

    private static int skipLineEnd(byte[] body, int pos) {
        if (pos < body.length && body[pos] == '\r') {
            pos++;
        }
        if (pos < body.length && body[pos] == '\n') {
            pos++;
        }
        return pos;
    }

    private static int indexOf(byte[] bytes, int from, byte target) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == target) {
                return i;
            }
        }
        return -1;
    }
}
