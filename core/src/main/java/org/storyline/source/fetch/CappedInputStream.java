package org.storyline.source.fetch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts bytes as they pass and fails with TOO_LARGE past a limit. Placed after a decompressor it counts
 * decoded bytes, which is what stops a gzip bomb: the limit trips while inflating, not after.
 */
final class CappedInputStream extends FilterInputStream {

    private final long limit;
    private final String what;
    private long count;

    CappedInputStream(InputStream in, long limit, String what) {
        super(in);
        this.limit = limit;
        this.what = what;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        return read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192));
    }

    private void count(int n) throws FetchProblem {
        count += n;
        if (count > limit) {
            throw new FetchProblem(FailureKind.TOO_LARGE, "%s is over the limit of %s".formatted(what, human(limit)));
        }
    }

    static String human(long bytes) {
        if (bytes >= 1024 * 1024) {
            return "%.1f MiB".formatted(bytes / (1024.0 * 1024));
        }
        return bytes >= 1024 ? "%.1f KiB".formatted(bytes / 1024.0) : bytes + " bytes";
    }
}
