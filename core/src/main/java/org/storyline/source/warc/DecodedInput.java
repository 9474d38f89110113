package org.storyline.source.warc;

import java.io.Closeable;
import java.io.IOException;

/**
 * The WARC bytes of a file, decompressed if the file is gzipped. Two implementations: {@link PlainInput} and
 * {@link GzipMemberInput}.
 */
sealed interface DecodedInput extends Closeable permits PlainInput, GzipMemberInput {

    /**
     * Reads some bytes, never across two gzip members; -1 at a clean end of the file.
     *
     * @throws BadInput when the file ends inside a gzip member or a member is corrupt
     */
    int read(byte[] into, int off, int len) throws IOException;

    /**
     * Where the bytes of the last read came from: their exact file offset for a plain file; for a gzip file
     * the offset of their gzip member (as Common Crawl's indexes give it), since a byte inside a compressed
     * stream has no file offset of its own.
     */
    long lastReadOffset();

    /** Whether {@link #lastReadOffset} is the offset of each byte (plain) or of the whole member (gzip). */
    boolean exactOffsets();

    /**
     * When every byte of the current gzip member has been read, checks the member's trailer (CRC-32, length)
     * now rather than on the next read, so a record is not given out before its member is known to be sound.
     *
     * @throws BadInput CORRUPT_GZIP when the check fails
     */
    void settle() throws IOException;

    /**
     * After a corrupt member: moves to the next thing that looks like a gzip member start.
     *
     * @return false when there is none (the end of the file follows)
     */
    boolean skipToNextMember() throws IOException;
}
