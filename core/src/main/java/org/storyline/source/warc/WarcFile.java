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
        if (in.peek() < 0) {
            if (!sawRecord) {
                items.add(failed(offset, "not a WARC file: it holds no WARC record", false));
            }
            return false;
        }
        if (!in.startsWith(RECORD_START)) {
            if (!sawRecord) {
                items.add(failed(offset, "not a WARC file: it starts with " + WarcHeaders.shorten(in.preview(60)), false));
                return false;
            }
            return resync(items, offset, "bytes that are not a WARC record at offset " + offset);
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
        skipLineEnds();
        if (in.peek() >= 0 && !in.startsWith(RECORD_START)) {
            return resync(items, offset, "the record at offset %d (%s) does not end where its Content-Length %d says"
                    .formatted(offset, headers.recordId(), length));
        }
        if (item != null) {
            items.add(item);
        }
        return true;
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
        try {
            return switch (bad.kind()) {
                case TRUNCATED -> {
                    items.add(failed(bad.offset(), bad.getMessage(), false));
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
                case MALFORMED -> resync(items, bad.offset(), "broken record at offset %d: %s"
                        .formatted(bad.offset(), bad.getMessage()));
            };
        } catch (BadInput again) {
            return recover(again, items);
        } catch (IOException e) {
            items.add(failed(in.position(), "cannot read the file: " + e.getMessage(), false));
            return false;
        }
    }

    /** Record separators are CR LF CR LF; tolerate more or fewer. */
    private void skipLineEnds() throws IOException {
        for (int b = in.peek(); b == '\r' || b == '\n'; b = in.peek()) {
            in.skip(1);
        }
    }

    static BadInput truncated(long offset, long length) {
        return new BadInput(BadInput.Kind.TRUNCATED, offset, ("the file ends inside the record at offset %d, before "
                + "the %d bytes its Content-Length promises (the file was cut short, or the length is wrong)")
                .formatted(offset, length));
    }

    private WarcItem.Failed failed(long offset, String reason, boolean resumed) {
        return new WarcItem.Failed(new SourceFailure(origin, reason), offset, resumed);
    }
}
