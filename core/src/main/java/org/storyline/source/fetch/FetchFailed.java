package org.storyline.source.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A fetch that gave no body, as data.
 *
 * @param requested  the URL asked for
 * @param kind       what went wrong, for retry decisions
 * @param message    what went wrong in words a user can act on, naming the URL of the failing hop
 * @param httpStatus the status code for {@link FailureKind#HTTP_STATUS}, else 0
 * @param retryAt    when the server asked us to come back ({@code Retry-After} on 429/503), or null
 */
public record FetchFailed(URI requested, FailureKind kind, String message, int httpStatus, Instant retryAt)
        implements FetchResult {

    public FetchFailed {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return kind + ": " + message;
    }
}
