package org.storyline.source.fetch;

import java.io.IOException;
import java.io.InputStream;

/**
 * A body in {@code Transfer-Encoding: chunked}. Chunk-size lines and trailers are bounded so a server cannot
 * stream an endless size line or trailer section.
 */
final class ChunkedInputStream extends InputStream {

    private static final int MAX_LINE = 1024;
    private static final int MAX_TRAILER_LINES = 64;

    private final InputStream in;
    private long leftInChunk;
    private boolean done;

    ChunkedInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (done) {
            return -1;
        }
        if (leftInChunk == 0) {
            leftInChunk = nextChunkSize();
            if (leftInChunk == 0) {
                skipTrailers();
                done = true;
                return -1;
            }
        }
        int n = in.read(buffer, offset, (int) Math.min(length, leftInChunk));
        if (n < 0) {
            throw new FetchProblem(FailureKind.CONNECT, "connection closed in the middle of a chunk");
        }
        leftInChunk -= n;
        if (leftInChunk == 0) {
            readLine(); // the CRLF after the chunk data
        }
        return n;
    }

    private long nextChunkSize() throws IOException {
        String line = readLine();
        int semicolon = line.indexOf(';');
        String hex = (semicolon < 0 ? line : line.substring(0, semicolon)).strip();
        if (hex.isEmpty() || hex.length() > 15 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new FetchProblem(FailureKind.MALFORMED, "bad chunk size line in a chunked body");
        }
        return Long.parseLong(hex, 16);
    }

    private void skipTrailers() throws IOException {
        for (int i = 0; i < MAX_TRAILER_LINES; i++) {
            if (readLine().isEmpty()) {
                return;
            }
        }
        throw new FetchProblem(FailureKind.MALFORMED, "too many trailer lines after a chunked body");
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new FetchProblem(FailureKind.CONNECT, "connection closed inside a chunked body");
            }
            if (line.length() >= MAX_LINE) {
                throw new FetchProblem(FailureKind.MALFORMED, "chunk line longer than " + MAX_LINE + " bytes");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }
}
