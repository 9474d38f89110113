package org.storyline.source.fetch;

import java.io.IOException;

/**
 * A classified failure deep inside one fetch. It extends {@link IOException} only so it can travel out of
 * {@code InputStream.read}; {@link Fetcher} turns every one into a {@link FetchFailed} and none leaves the package.
 */
final class FetchProblem extends IOException {

    private final FailureKind kind;

    FetchProblem(FailureKind kind, String message) {
        super(message);
        this.kind = kind;
    }

    FailureKind kind() {
        return kind;
    }
}
