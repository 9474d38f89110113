package org.storyline.source.fetch;

/**
 * What a server gave to make the next fetch conditional: the {@code ETag} and {@code Last-Modified} headers,
 * sent back as {@code If-None-Match} and {@code If-Modified-Since}. Either may be null.
 *
 * <pre>{@code
 * FetchResult first = fetcher.fetch(url, Validators.NONE);
 * FetchResult next = fetcher.fetch(url, ((Fetched) first).validators()); // NotModified when unchanged
 * }</pre>
 */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);

    public Validators {
        etag = clean(etag);
        lastModified = clean(lastModified);
    }

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }

    // A validator goes back into a request header: CR/LF in it would let a server inject headers.
    private static String clean(String value) {
        if (value == null || value.isBlank() || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            return null;
        }
        return value.strip();
    }
}
