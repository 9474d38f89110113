package org.storyline.source.warc;

import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.storyline.model.RawDocument;

/**
 * Turns the block of a WARC {@code response} record into a {@link WarcItem.Document} or a
 * {@link WarcItem.Skipped}.
 *
 * <p>Reads only the HTTP head (at most 64 KiB) before deciding, so an image or a video is skipped without
 * being held in memory; only an HTML body under the cap is read whole.
 */
final class ResponseRecord {

    private static final int HEAD_MAX = 64 * 1024;

    private final int cap;
    private final PayloadDecoder decoder;
    private final byte[] head = new byte[HEAD_MAX];

    ResponseRecord(int cap) {
        this.cap = cap;
        this.decoder = new PayloadDecoder(cap);
    }

    /**
     * Reads what it needs of the block (never more than {@code length} bytes); the caller skips the rest.
     *
     * @throws BadInput TRUNCATED when the file ends inside the block
     */
    WarcItem read(WarcInput in, WarcHeaders warc, long length, long offset) throws IOException {
        int headSize = (int) Math.min(length, HEAD_MAX);
        if (in.readUpTo(head, 0, headSize) < headSize) {
            throw WarcFile.truncated(offset, length);
        }
        HttpHead http;
        switch (HttpHead.parse(head, headSize)) {
            case HttpHead.Bad(String reason) -> {
                return skipped(warc, offset, WarcItem.Reason.BAD_HTTP, reason);
            }
            case HttpHead.Ok(HttpHead parsed) -> http = parsed;
        }
        WarcItem refusal = refusal(warc, http, length, offset);
        if (refusal != null) {
            return refusal;
        }
        byte[] body = new byte[(int) (length - http.length())];
        int fromHead = headSize - http.length();
        System.arraycopy(head, http.length(), body, 0, fromHead);
        if (in.readUpTo(body, fromHead, body.length - fromHead) < body.length - fromHead) {
            throw WarcFile.truncated(offset, length);
        }
        return document(warc, http, body, offset);
    }

    /** Why the record gives no document, or null when it should. */
    private WarcItem refusal(WarcHeaders warc, HttpHead http, long length, long offset) {
        if (http.status() != 200) {
            return skipped(warc, offset, WarcItem.Reason.NOT_OK, "HTTP status " + http.status());
        }
        if (!http.isHtml()) {
            String type = http.mediaType().isEmpty() ? "no Content-Type" : "Content-Type " + http.mediaType();
            return skipped(warc, offset, WarcItem.Reason.NOT_HTML, type);
        }
        if (warc.targetUri().isEmpty()) {
            return skipped(warc, offset, WarcItem.Reason.BAD_RECORD, "no WARC-Target-URI");
        }
        if (capturedAt(warc) == null) {
            return skipped(warc, offset, WarcItem.Reason.BAD_RECORD, "unreadable WARC-Date " + warc.get("WARC-Date"));
        }
        if (length - http.length() > cap) {
            return skipped(warc, offset, WarcItem.Reason.TOO_LARGE,
                    "the body has %d bytes, over the limit of %d".formatted(length - http.length(), cap));
        }
        return null;
    }

    private WarcItem document(WarcHeaders warc, HttpHead http, byte[] body, long offset) {
        var decoded = decoder.decode(body, http.header("transfer-encoding"), http.header("content-encoding"));
        if (decoded instanceof PayloadDecoder.Refused(WarcItem.Reason reason, String detail)) {
            return skipped(warc, offset, reason, detail);
        }
        byte[] bytes = ((PayloadDecoder.Body) decoded).bytes();
        Charset charset = HtmlCharset.choose(http.charset(), bytes);
        var document = new RawDocument(warc.targetUri(), RawDocument.Format.HTML, HtmlCharset.decode(bytes, charset),
                capturedAt(warc), false);
        return new WarcItem.Document(document, warc.recordId(), offset, warc.get("WARC-Truncated") != null);
    }

    /** WARC-Date is a W3C date-time, in UTC for conforming writers; null when unreadable. */
    private static Instant capturedAt(WarcHeaders warc) {
        String date = warc.get("WARC-Date");
        if (date == null) {
            return null;
        }
        try {
            return Instant.parse(date);
        } catch (DateTimeParseException notInstant) {
            try {
                return OffsetDateTime.parse(date).toInstant();
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    private static WarcItem.Skipped skipped(WarcHeaders warc, long offset, WarcItem.Reason reason, String detail) {
        return new WarcItem.Skipped(warc.recordId(), warc.targetUri(), offset, reason, detail);
    }
}
