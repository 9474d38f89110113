package org.storyline.source;

import java.util.Objects;

/**
 * An input that could not be read, as data: which input and why, in words a user can act on.
 *
 * @param origin the file path or URL
 * @param reason what is wrong ("empty file", "not UTF-8 text: invalid byte 0xC3 at offset 1024")
 */
public record SourceFailure(String origin, String reason) {

    public SourceFailure {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return origin + ": " + reason;
    }
}
