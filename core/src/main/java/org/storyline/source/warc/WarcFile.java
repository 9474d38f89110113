package org.storyline.source.warc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.storyline.source.SourceFailure;

/**
 * One pass over one WARC file, a record at a time: finds the record, reads its header, hands a response block
 * to {@link ResponseRecord}, skips every other block, checks the record ends where its Content-Length says,
 * and recovers from bad bytes by looking for the next record.
 */
final class WarcFile {

    private static final byte[] RECORD_START = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

    private final String origin;
    private final DecodedInput decoded;
    private final WarcInput in;
    private final ResponseRecord responses;
    private boolean sawRecord;
    private long recordOffset;
    private long records;

    WarcFile(String origin, DecodedInput decoded, WarcSettings settings) {
        this.origin = origin;
        this.decoded = decoded;
        this.in = new WarcInput(decoded);
        this.responses = new ResponseRecord(settings.maxBodyBytes());
    }

    long records() {
        return records;
    }

    /**
     * Reads the next record, adding what it gave (nothing, a document, a skip, a failure) to {@code items}.
     *
     * @return false when there is nothing more to read: the end, or a failure that stops the reading
     */
    boolean next(List<WarcItem> items) {
        try {
            return readRecord(items);
        } catch (BadInput bad) {
            return recover(bad, items);
        } catch (IOException e) {
            items.add(failed(in.position(), "cannot read the file: " + e.getMessage(), false));
            return false;
        }
    }

    private boolean readRecord(List<WarcItem> items) throws IOException {
        skipLineEnds();
        long offset = in.fileOffset();
        recordOffset = offset;
        if (!in.startsWith(RECORD_START)) {
            return notAtRecord(items, offset);
        }
        String version = in.readLine(WarcHeaders.MAX_LINE, StandardCharsets.UTF_8).strip();
        WarcHeaders headers = WarcHeaders.read(in, version, offset);
        sawRecord = true;
        records++;
        long length = headers.contentLength();
        if (length < 0) {
            return resync(items, offset, "the record at offset %d has no valid Content-Length (%s)"
                    .formatted(offset, headers.get("Content-Length")));
        }
        long blockStart = in.position();
        WarcItem item = headers.type().equals("response") && headers.holdsHttp()
                ? responses.read(in, headers, length, offset) : null;
        long rest = length - (in.position() - blockStart);
        if (in.skip(rest) < rest) {
            throw truncated(offset, length);
        }
        if (!endsWithBlankLine()) {
            return resync(items, offset, "the record at offset %d (%s) does not end where its Content-Length %d says"
                    .formatted(offset, headers.recordId(), length));
        }
        in.settle();
        if (item != null) {
            items.add(item);
        }
        return true;
    }

    /** Reading is not at a record start: the end, a file that is not a WARC, or garbage to skip. */
    private boolean notAtRecord(List<WarcItem> items, long offset) throws IOException {
        if (in.peek() < 0) {
            if (!sawRecord) {
                items.add(failed(offset, "not a WARC file: it holds no WARC record", false));
            }
            return false;
        }
        if (!sawRecord) {
            items.add(failed(offset, "not a WARC file: it starts with " + WarcHeaders.shorten(in.preview(60)), false));
            return false;
        }
        return resync(items, offset, "bytes that are not a WARC record at offset " + offset);
    }

    /** Skips forward to the next line that starts a WARC record and reports what was skipped. */
    private boolean resync(List<WarcItem> items, long offset, String problem) throws IOException {
        long skipped = 0;
        while (!in.startsWith(RECORD_START)) {
            long line = in.skipLine();
            if (line == 0) {
                items.add(failed(offset, problem + "; no further record in the %d bytes up to the end".formatted(skipped),
                        false));
                return false;
            }
            skipped += line;
        }
        items.add(failed(offset, problem + "; skipped %d bytes to the next record at offset %d"
                .formatted(skipped, in.fileOffset()), true));
        return true;
    }

    private boolean recover(BadInput bad, List<WarcItem> items) {
        long at = Math.max(recordOffset, bad.offset());
        try {
            return switch (bad.kind()) {
                case TRUNCATED -> {
                    items.add(failed(at, "the file was cut short inside the record at offset %d: %s"
                            .formatted(at, bad.getMessage()), false));
                    yield false;
                }
                case CORRUPT_GZIP -> {
                    in.discard();
                    sawRecord = true;
                    boolean more = decoded.skipToNextMember();
                    items.add(failed(bad.offset(), bad.getMessage()
                            + (more ? "; its records are lost, reading goes on with the next member"
                                    : "; no further gzip member"), more));
                    yield more;
                }
                case MALFORMED -> resync(items, at, "broken record at offset %d: %s".formatted(at, bad.getMessage()));
            };
        } catch (BadInput again) {
            return recover(again, items);
        } catch (IOException e) {
            items.add(failed(in.position(), "cannot read the file: " + e.getMessage(), false));
            return false;
        }
    }

    /**
     * Whether the block is followed by the CR LF CR LF that ends a record (LF LF, or the end of the file, also
     * pass). Reads no further than those four bytes: what follows belongs to the next record.
     */
    private boolean endsWithBlankLine() throws IOException {
        for (int ends = 0; ends < 2; ends++) {
            int b = in.peek();
            if (b == '\r') {
                in.skip(1);
                b = in.peek();
            }
            if (b < 0) {
                return true;
            }
            if (b != '\n') {
                return false;
            }
            in.skip(1);
        }
        return true;
    }

    /** Blank lines between records are tolerated. */
    private void skipLineEnds() throws IOException {
        for (int b = in.peek(); b == '\r' || b == '\n'; b = in.peek()) {
            in.skip(1);
        }
    }

    static BadInput truncated(long offset, long length) {
        return new BadInput(BadInput.Kind.TRUNCATED, offset,
                "it ends before the %d bytes its Content-Length promises (or that length is wrong)".formatted(length));
    }

    private WarcItem.Failed failed(long offset, String reason, boolean resumed) {
        return new WarcItem.Failed(new SourceFailure(origin, reason), offset, resumed);
    }
}
