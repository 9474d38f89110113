package org.storyline.source.warc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Undoes HTTP chunked transfer-encoding and gzip/deflate content-encoding of a response body, never producing
 * more than the size cap (a small gzip body can inflate to gigabytes).
 *
 * <p>Archivers disagree on what they store: some keep the bytes as sent, others (Common Crawl) store them
 * decoded and keep the original header under another name, others decode and keep the header. So a body
 * declared chunked that does not start like a chunk, or declared gzip that does not start with the gzip magic,
 * is taken as already decoded. A crawler that truncated a long body leaves an incomplete chunk or gzip stream:
 * what decodes before the cut is kept.
 */
final class PayloadDecoder {

    /** The decoded body, or why it could not be decoded. */
    sealed interface Decoded permits Body, Refused {}

    record Body(byte[] bytes) implements Decoded {}

    record Refused(WarcItem.Reason reason, String detail) implements Decoded {}

    private final int cap;

    PayloadDecoder(int cap) {
        this.cap = cap;
    }

    Decoded decode(byte[] body, String transferEncoding, String contentEncoding) {
        byte[] bytes = transferEncoding.toLowerCase(Locale.ROOT).contains("chunked") ? ChunkedBody.decode(body) : body;
        List<String> codings = Arrays.stream(contentEncoding.toLowerCase(Locale.ROOT).split(","))
                .map(String::strip).filter(s -> !s.isEmpty() && !s.equals("identity")).toList();
        for (int i = codings.size() - 1; i >= 0; i--) {
            Decoded step = undo(codings.get(i), bytes);
            if (!(step instanceof Body(byte[] decoded))) {
                return step;
            }
            bytes = decoded;
        }
        if (bytes.length > cap) {
            return tooLarge();
        }
        return new Body(bytes);
    }

    private Decoded undo(String coding, byte[] bytes) {
        try {
            return switch (coding) {
                case "gzip", "x-gzip" -> bytes.length >= 2 && GzipMemberInput.looksGzipped(bytes[0] & 0xFF, bytes[1] & 0xFF)
                        ? inflate(new GZIPInputStream(new ByteArrayInputStream(bytes))) : new Body(bytes);
                case "deflate" -> inflateDeflate(bytes);
                default -> new Refused(WarcItem.Reason.BAD_PAYLOAD, "unsupported Content-Encoding " + coding);
            };
        } catch (IOException e) {
            return new Refused(WarcItem.Reason.BAD_PAYLOAD, "corrupt " + coding + " body: " + e.getMessage());
        }
    }

    /** "deflate" should be zlib-wrapped (RFC 9110) but some servers send raw deflate; try both. */
    private Decoded inflateDeflate(byte[] bytes) throws IOException {
        try {
            return inflate(new InflaterInputStream(new ByteArrayInputStream(bytes), new Inflater(false)));
        } catch (ZipException wrapped) {
            return inflate(new InflaterInputStream(new ByteArrayInputStream(bytes), new Inflater(true)));
        }
    }

    private Decoded inflate(InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] chunk = new byte[16 * 1024];
        try (in) {
            int n;
            while ((n = in.read(chunk)) > 0) {
                out.write(chunk, 0, n);
                if (out.size() > cap) {
                    return tooLarge();
                }
            }
        } catch (EOFException cutShort) {
            // The crawler truncated the body: keep what decodes before the cut.
        }
        return new Body(out.toByteArray());
    }

    private Refused tooLarge() {
        return new Refused(WarcItem.Reason.TOO_LARGE, "the decoded body is over the limit of " + cap + " bytes");
    }
}
