package org.storyline.source.warc;

import java.util.Objects;
import org.storyline.model.RawDocument;
import org.storyline.source.SourceFailure;

/**
 * One thing {@link WarcReader} found in a WARC file: an HTML page, a response record it did not take and why,
 * or a problem with the file itself.
 *
 * <p>Offsets are file offsets: of the record in a plain file, of the gzip member the record starts in for a
 * gzipped file (the offset a Common Crawl index gives).
 */
public sealed interface WarcItem permits WarcItem.Document, WarcItem.Skipped, WarcItem.Failed {

    /** Where in the file the item is. */
    long offset();

    /** Why a response record gave no document. */
    enum Reason {
        /** The HTTP Content-Type is not text/html or application/xhtml+xml. */
        NOT_HTML,
        /** The HTTP status is not 200 (redirects, errors, 304s). */
        NOT_OK,
        /** The body, or the body once decompressed, is over the size cap. */
        TOO_LARGE,
        /** The block does not start with a readable HTTP response head. */
        BAD_HTTP,
        /** The body's content-encoding is unknown or corrupt. */
        BAD_PAYLOAD,
        /** A WARC field the document needs (target URI, date) is missing or unreadable. */
        BAD_RECORD
    }

    /**
     * An HTML page.
     *
     * @param document           format HTML; origin is the WARC-Target-URI, capturedAt the WARC-Date
     * @param recordId           the WARC-Record-ID without angle brackets
     * @param truncatedByCrawler the record says (WARC-Truncated) that the crawler stored only the start of the body
     */
    record Document(RawDocument document, String recordId, long offset, boolean truncatedByCrawler)
            implements WarcItem {
        public Document {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(recordId, "recordId");
        }
    }

    /** A response record that gave no document; {@code targetUri} may be empty when the record has none. */
    record Skipped(String recordId, String targetUri, long offset, Reason reason, String detail) implements WarcItem {
        public Skipped {
            Objects.requireNonNull(recordId, "recordId");
            Objects.requireNonNull(targetUri, "targetUri");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /**
     * A problem with the file: truncated, corrupt, not a WARC. The failure's reason names the offset.
     *
     * @param resumed true when reading went on after it (garbage skipped, a corrupt gzip member skipped),
     *                false when it was the last item
     */
    record Failed(SourceFailure failure, long offset, boolean resumed) implements WarcItem {
        public Failed {
            Objects.requireNonNull(failure, "failure");
        }
    }
}
