package org.storyline.source.warc;

import java.io.IOException;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A gzipped WARC file, decompressed member by member: one member for the whole file, or one member per record
 * as Common Crawl writes them.
 *
 * <p>{@code GZIPInputStream} also reads concatenated members, but it cannot say where a member starts and
 * cannot skip a corrupt one. Here the gzip header and trailer are read by hand (RFC 1952), the CRC-32 and
 * length of every member are checked, and a corrupt member is skipped by scanning for the next member start.
 */
final class GzipMemberInput implements DecodedInput {

    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;
    private static final int FHCRC = 2;
    private static final int RESERVED = 0xE0;
    private static final int MAX_NAME = 64 * 1024;

    private final FileWindow window;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private final byte[] probe = new byte[1];
    private int pending = -1;
    private boolean inMember;
    private long memberStart;
    private long memberSize;

    GzipMemberInput(FileWindow window) {
        this.window = window;
    }

    /** Whether the first bytes of a file are a gzip member header. */
    static boolean looksGzipped(int first, int second) {
        return first == 0x1F && second == 0x8B;
    }

    @Override
    public int read(byte[] into, int off, int len) throws IOException {
        if (pending >= 0) {
            into[off] = (byte) pending;
            pending = -1;
            return 1;
        }
        while (true) {
            if (!inMember && !startMember()) {
                return -1;
            }
            int n = inflate(into, off, len);
            if (n > 0) {
                crc.update(into, off, n);
                memberSize += n;
                return n;
            }
            if (inflater.finished()) {
                finishMember();
            }
        }
    }

    @Override
    public void settle() throws IOException {
        if (!inMember || pending >= 0) {
            return;
        }
        // The inflater may not yet know its stream has ended: ask for one more byte and keep it if there is one.
        int n = inflate(probe, 0, 1);
        if (n == 1) {
            crc.update(probe, 0, 1);
            memberSize++;
            pending = probe[0] & 0xFF;
        } else if (inflater.finished()) {
            finishMember();
        }
    }

    private int inflate(byte[] into, int off, int len) throws IOException {
        if (inflater.finished()) {
            return 0;
        }
        if (!window.fill()) {
            throw truncated();
        }
        int offered = window.available();
        // The input is offered afresh on every call so the inflater never holds a stale view of the window.
        inflater.setInput(window.bytes(), window.start(), offered);
        int n;
        try {
            n = inflater.inflate(into, off, len);
        } catch (DataFormatException e) {
            throw corrupt("bad deflate data (" + e.getMessage() + ")");
        }
        int consumed = offered - inflater.getRemaining();
        window.advance(consumed);
        if (n == 0 && consumed == 0 && !inflater.finished()) {
            throw corrupt("the deflate stream makes no progress");
        }
        return n;
    }

    private boolean startMember() throws IOException {
        if (!window.fill()) {
            return false;
        }
        memberStart = window.position();
        if (window.read() != 0x1F || next() != 0x8B) {
            throw corrupt("not a gzip member (no gzip magic bytes)");
        }
        if (next() != 8) {
            throw corrupt("unknown gzip compression method");
        }
        int flags = next();
        if ((flags & RESERVED) != 0) {
            throw corrupt("reserved gzip flags set");
        }
        skip(6);
        if ((flags & FEXTRA) != 0) {
            skip(next() | next() << 8);
        }
        if ((flags & FNAME) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FCOMMENT) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FHCRC) != 0) {
            skip(2);
        }
        inflater.reset();
        crc.reset();
        memberSize = 0;
        inMember = true;
        return true;
    }

    private void finishMember() throws IOException {
        long expectedCrc = next() | next() << 8 | next() << 16 | (long) next() << 24;
        long expectedSize = next() | next() << 8 | next() << 16 | (long) next() << 24;
        if (expectedCrc != crc.getValue()) {
            throw corrupt("CRC-32 mismatch: the member's data is damaged");
        }
        if (expectedSize != (memberSize & 0xFFFFFFFFL)) {
            throw corrupt("length mismatch: the member's data is damaged");
        }
        inMember = false;
    }

    @Override
    public boolean skipToNextMember() throws IOException {
        inMember = false;
        pending = -1;
        window.seek(memberStart + 1);
        int matched = 0;
        while (true) {
            int b = window.read();
            if (b < 0) {
                return false;
            }
            matched = switch (matched) {
                case 0 -> b == 0x1F ? 1 : 0;
                case 1 -> b == 0x8B ? 2 : (b == 0x1F ? 1 : 0);
                case 2 -> b == 8 ? 3 : (b == 0x1F ? 1 : 0);
                default -> (b & RESERVED) == 0 ? 4 : (b == 0x1F ? 1 : 0);
            };
            if (matched == 4) {
                window.seek(window.position() - 4);
                memberStart = window.position();
                return true;
            }
        }
    }

    private int next() throws IOException {
        int b = window.read();
        if (b < 0) {
            throw truncated();
        }
        return b;
    }

    private void skip(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            next();
        }
    }

    private void skipZeroTerminated() throws IOException {
        for (int i = 0; next() != 0; i++) {
            if (i > MAX_NAME) {
                throw corrupt("gzip header name or comment longer than 64 KiB");
            }
        }
    }

    private BadInput truncated() {
        return new BadInput(BadInput.Kind.TRUNCATED, memberStart,
                "the file ends inside the gzip member at offset " + memberStart);
    }

    private BadInput corrupt(String why) {
        return new BadInput(BadInput.Kind.CORRUPT_GZIP, memberStart,
                "corrupt gzip member at offset " + memberStart + ": " + why);
    }

    @Override
    public long lastReadOffset() {
        return memberStart;
    }

    @Override
    public boolean exactOffsets() {
        return false;
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        window.close();
    }
}
