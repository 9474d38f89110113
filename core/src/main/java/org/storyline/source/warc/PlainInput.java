package org.storyline.source.warc;

import java.io.IOException;

/** An uncompressed WARC file, read through a {@link FileWindow}. */
final class PlainInput implements DecodedInput {

    private final FileWindow window;
    private long lastReadOffset;

    PlainInput(FileWindow window) {
        this.window = window;
    }

    @Override
    public int read(byte[] into, int off, int len) throws IOException {
        if (!window.fill()) {
            return -1;
        }
        int n = Math.min(len, window.available());
        lastReadOffset = window.position();
        System.arraycopy(window.bytes(), window.start(), into, off, n);
        window.advance(n);
        return n;
    }

    @Override
    public long lastReadOffset() {
        return lastReadOffset;
    }

    @Override
    public boolean exactOffsets() {
        return true;
    }

    @Override
    public void settle() {
        // No trailer to check in a plain file.
    }

    @Override
    public boolean skipToNextMember() {
        return false;
    }

    @Override
    public void close() throws IOException {
        window.close();
    }
}
