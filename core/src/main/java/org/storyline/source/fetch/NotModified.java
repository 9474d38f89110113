package org.storyline.source.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * The server answered 304 to a conditional request: the copy from last time is still current.
 *
 * @param requested  the URL asked for
 * @param validators the validators to send next time (the server's new ones, else the ones sent)
 */
public record NotModified(URI requested, Validators validators) implements FetchResult {

    public NotModified {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(validators, "validators");
    }
}
