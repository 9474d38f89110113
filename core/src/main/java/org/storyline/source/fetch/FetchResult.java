package org.storyline.source.fetch;

import java.net.URI;

/** What one fetch gave: {@link Fetched}, {@link NotModified} or {@link FetchFailed}; never an exception. */
public sealed interface FetchResult permits Fetched, NotModified, FetchFailed {

    /** The URL that was asked for (before redirects). */
    URI requested();
}
