package org.storyline.source.fetch;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Reads a response body: framing (Content-Length, chunked, or until close), then decompression, with the
 * size limit counted on the wire and again on the decoded bytes while they stream.
 */
final class BodyReader {

    private final long maxBytes;

    BodyReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    byte[] read(ResponseHead head, InputStream socketIn) throws IOException {
        InputStream framed = framed(head, socketIn);
        InputStream wire = new CappedInputStream(framed, maxBytes, "the body on the wire");
        String encoding = head.header("content-encoding");
        try (InputStream decoded = new CappedInputStream(decoded(encoding, wire), maxBytes, "the decoded body")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            decoded.transferTo(out);
            return out.toByteArray();
        } catch (ZipException | EOFException e) {
            throw new FetchProblem(FailureKind.MALFORMED, "corrupt %s body: %s".formatted(encoding, e.getMessage()));
        }
    }

    private InputStream framed(ResponseHead head, InputStream in) throws FetchProblem {
        String transfer = head.header("transfer-encoding");
        if (transfer != null && transfer.toLowerCase(Locale.ROOT).contains("chunked")) {
            return new ChunkedInputStream(in);
        }
        String length = head.header("content-length");
        if (length == null) {
            return in; // HTTP/1.0 style: the body ends when the server closes
        }
        if (!length.strip().matches("\\d{1,18}")) {
            throw new FetchProblem(FailureKind.MALFORMED, "bad Content-Length: " + length);
        }
        long declared = Long.parseLong(length.strip());
        if (declared > maxBytes) {
            throw new FetchProblem(FailureKind.TOO_LARGE, "Content-Length %d is over the limit of %s"
                    .formatted(declared, CappedInputStream.human(maxBytes)));
        }
        return new LengthInputStream(in, declared);
    }

    private static InputStream decoded(String encoding, InputStream in) throws IOException {
        String e = encoding == null ? "" : encoding.strip().toLowerCase(Locale.ROOT);
        return switch (e) {
            case "", "identity", "none" -> in;
            case "gzip", "x-gzip" -> gzip(in);
            case "deflate" -> deflate(in);
            default -> throw new FetchProblem(FailureKind.MALFORMED, "unsupported Content-Encoding: " + encoding);
        };
    }

    private static InputStream gzip(InputStream in) throws IOException {
        try {
            return new GZIPInputStream(in, 8192);
        } catch (ZipException | EOFException e) {
            throw new FetchProblem(FailureKind.MALFORMED, "corrupt gzip body: " + e.getMessage());
        }
    }

    private static InputStream deflate(InputStream in) throws IOException {
        // "deflate" should be zlib-wrapped (RFC 9110), but some servers send raw deflate: look at the header.
        var peek = new java.io.PushbackInputStream(in, 2);
        byte[] two = peek.readNBytes(2);
        peek.unread(two);
        boolean zlib = two.length == 2 && (two[0] & 0x0F) == 8 && (((two[0] & 0xFF) << 8) | (two[1] & 0xFF)) % 31 == 0;
        Inflater inflater = new Inflater(!zlib);
        return new InflaterInputStream(peek, inflater, 8192) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    inflater.end(); // a supplied Inflater is not ended by close(); free its native memory now
                }
            }
        };
    }
}
