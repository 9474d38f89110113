package org.storyline.source.fetch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A body framed by {@code Content-Length}: ends after that many bytes and reports a short one as truncated. */
final class LengthInputStream extends FilterInputStream {

    private final long length;
    private long left;

    LengthInputStream(InputStream in, long length) {
        super(in);
        this.length = length;
        this.left = length;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
        if (left == 0) {
            return -1;
        }
        int n = in.read(buffer, offset, (int) Math.min(count, left));
        if (n < 0) {
            throw new FetchProblem(FailureKind.CONNECT, "connection closed after %d of %d body bytes"
                    .formatted(length - left, length));
        }
        left -= n;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        return read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192));
    }
}
