package org.storyline.source.warc;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A fixed-size window sliding over a file: the only place the reader touches the disk.
 *
 * <p>Keeps one 64 KiB buffer whatever the file's size, and can seek back (a corrupt gzip member is rescanned
 * from just after its start), which a plain {@code InputStream} cannot.
 */
final class FileWindow implements Closeable {

    private static final int SIZE = 64 * 1024;

    private final FileChannel channel;
    private final byte[] bytes = new byte[SIZE];
    private final ByteBuffer wrapper = ByteBuffer.wrap(bytes);
    private long windowStart;
    private int pos;
    private int limit;

    FileWindow(Path file) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
    }

    long size() throws IOException {
        return channel.size();
    }

    /** The file offset of the next unread byte. */
    long position() {
        return windowStart + pos;
    }

    byte[] bytes() {
        return bytes;
    }

    int start() {
        return pos;
    }

    int available() {
        return limit - pos;
    }

    void advance(int n) {
        pos += n;
    }

    /** Makes at least one byte available; false at the end of the file. */
    boolean fill() throws IOException {
        if (pos < limit) {
            return true;
        }
        windowStart += limit;
        pos = 0;
        limit = 0;
        wrapper.clear();
        int n;
        do {
            n = channel.read(wrapper, windowStart);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        limit = n;
        return true;
    }

    /** The next byte, or -1 at the end of the file. */
    int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return bytes[pos++] & 0xFF;
    }

    void seek(long offset) {
        if (offset >= windowStart && offset <= windowStart + limit) {
            pos = (int) (offset - windowStart);
            return;
        }
        windowStart = offset;
        pos = 0;
        limit = 0;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
