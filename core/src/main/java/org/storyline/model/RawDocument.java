package org.storyline.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A document as it arrived, decoded to text but not yet parsed.
 *
 * @param origin          where it came from: a file path or a URL, used in messages and provenance
 * @param format          how to parse {@code content}
 * @param content         the decoded text (UTF-8 already checked by the source)
 * @param capturedAt      when the page was captured; relative dates ("3 days ago") count back from it
 * @param capturedAtApprox true when {@code capturedAt} is a guess (a file's modification time)
 */
public record RawDocument(String origin, Format format, String content, Instant capturedAt, boolean capturedAtApprox) {

    /** The shapes of input the pipeline knows how to parse. */
    public enum Format { TEXT_DUMP, HTML }

    public RawDocument {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(capturedAt, "capturedAt");
    }
}
