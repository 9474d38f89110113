package org.storyline.source.warc;

import java.io.IOException;

/**
 * Bad bytes found deep inside a read, carried up to {@link WarcReader}, which turns it into a
 * {@link WarcItem.Failed}. It never leaves the package: outside, bad input is data.
 *
 * <p>An exception is used inside because the problem is found several calls down (in the gzip layer, in the
 * middle of a line) and the only sensible reaction is to abandon the record being read.
 */
final class BadInput extends IOException {

    /** What went wrong, which decides whether reading can go on. */
    enum Kind {
        /** The file ends where more bytes were promised: nothing further can be read. */
        TRUNCATED,
        /** A gzip member cannot be decompressed: the reader skips to the next member. */
        CORRUPT_GZIP,
        /** The WARC structure is broken (a header too long, a bad length): the reader looks for the next record. */
        MALFORMED
    }

    private final Kind kind;
    private final long offset;

    BadInput(Kind kind, long offset, String message) {
        super(message);
        this.kind = kind;
        this.offset = offset;
    }

    /** No stack trace: this is bad data found, not a fault in the code, and a damaged file may raise many. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    Kind kind() {
        return kind;
    }

    /** The file offset the problem is about (a record or a gzip member), or -1 for the record being read. */
    long offset() {
        return offset;
    }
}
