package org.storyline.source.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Objects;

/**
 * A 2xx response with its decoded (decompressed) body.
 *
 * <p>The body is the raw bytes: XML and JSON parsers detect their own encoding, HTML and text use
 * {@link #text()}. The array is shared, not copied; treat it as read-only.
 *
 * @param requested   the URL asked for
 * @param finalUrl    the URL that answered, after redirects
 * @param permanent   true when every redirect on the way was permanent (301/308): the source may update its URL
 * @param status      the HTTP status (200, 203...)
 * @param contentType the {@code Content-Type} header as sent, or null
 * @param charset     the text encoding: the header's charset, else a byte-order mark, else an HTML meta or XML
 *                    declaration, else UTF-8
 * @param body        the decoded body, at most the policy's limit
 * @param validators  what to send next time for a conditional GET
 * @param fetchedAt   when the response arrived
 */
public record Fetched(URI requested, URI finalUrl, boolean permanent, int status, String contentType,
                      Charset charset, byte[] body, Validators validators, Instant fetchedAt) implements FetchResult {

    public Fetched {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(validators, "validators");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }

    /** The body as text in {@link #charset()}, a byte-order mark dropped; bad bytes become U+FFFD. */
    public String text() {
        String text = new String(body, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The media type without parameters, lower case ({@code application/rss+xml}), or "" when not sent. */
    public String mediaType() {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(java.util.Locale.ROOT);
    }
}
