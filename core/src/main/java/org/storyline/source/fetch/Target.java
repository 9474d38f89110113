package org.storyline.source.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;

/**
 * One hop, checked: the URL, where to connect, and the addresses that passed the policy. Connecting uses
 * only {@code addresses}, never {@code host}, so the name is not looked up a second time.
 *
 * @param uri       the URL of this hop
 * @param host      the host as written in the URL, for the Host header, SNI and certificate checks
 * @param port      the port
 * @param tls       true for https
 * @param addresses the checked addresses, in resolver order
 */
record Target(URI uri, String host, int port, boolean tls, List<InetAddress> addresses) {

    /** The Host header: the host, with the port unless it is the scheme's default. */
    String hostHeader() {
        boolean defaultPort = port == (tls ? 443 : 80);
        return defaultPort ? host : host + ":" + port;
    }

    /** The request target: raw path (or "/") and raw query, never the fragment. */
    String requestTarget() {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
