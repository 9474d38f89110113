package org.storyline.source.fetch;

/** Why a fetch gave no body; a scheduler decides on retries by kind. */
public enum FailureKind {
    /** the connect timeout or the overall deadline passed */
    TIMEOUT,
    /** the host name does not resolve */
    DNS,
    /** the TLS handshake failed: untrusted or mismatched certificate, no common protocol */
    TLS,
    /** the connection was refused, reset or unroutable */
    CONNECT,
    /** the server answered with a status other than 2xx, 3xx-followed or 304 */
    HTTP_STATUS,
    /** the body (after decompression) or the response headers are over the limit */
    TOO_LARGE,
    /** the host resolves to an address the policy refuses (private, loopback, metadata...) */
    BLOCKED_ADDRESS,
    /** more redirects than allowed, or a redirect loop */
    TOO_MANY_REDIRECTS,
    /** the URL or the server's response is not valid HTTP */
    MALFORMED,
    /** a scheme other than http or https, in the URL or a redirect */
    UNSUPPORTED_SCHEME
}
