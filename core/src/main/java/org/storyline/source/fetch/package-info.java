/**
 * Fetching over HTTP, safely. In: a URL and the validators from the last fetch. Out: a
 * {@link org.storyline.source.fetch.FetchResult} — {@code Fetched} (decoded body, content type, charset,
 * validators), {@code NotModified}, or {@code FetchFailed} with a {@link org.storyline.source.fetch.FailureKind},
 * a message and, for 429/503, when to retry. Nothing a server or URL does makes it throw.
 *
 * <h2>Server-side request forgery defence</h2>
 * A feed URL comes from users and from redirects, so it may point at the machine itself, the private network
 * or a cloud metadata service. The {@link org.storyline.source.fetch.Fetcher} speaks HTTP/1.1 over its own
 * sockets instead of {@code java.net.http.HttpClient}, because HttpClient resolves host names itself (a second
 * lookup that a rebinding DNS server can answer differently), follows redirects without asking, and forbids a
 * custom Host header, which rules out pinning an address behind its back. For every hop, redirects included:
 * <ol>
 *   <li>the scheme must be http or https;</li>
 *   <li>the host is resolved once, with the lookup bounded by the fetch deadline; an IP literal is parsed,
 *       never looked up, and an IPv4 address written as {@code [::ffff:a.b.c.d]} is its own refused class;</li>
 *   <li>every resolved address is classified from its bytes ({@link org.storyline.source.fetch.AddressClassifier})
 *       and if any one is not allowed the hop is refused — loopback, private, link-local (metadata), CGNAT,
 *       IPv6 ULA and link-local, multicast, unspecified, reserved, and IPv4 carried in IPv6 (mapped,
 *       compatible, NAT64 and 6to4 with a non-public inside);</li>
 *   <li>the socket connects to one of those checked addresses ({@code Proxy.NO_PROXY}), and TLS runs on top of
 *       that socket with the URL's host name for SNI and certificate verification, so pinning does not
 *       weaken TLS;</li>
 *   <li>a redirect's Location goes back to step 1; at most {@code maxRedirects}, and a repeated URL is a loop.</li>
 * </ol>
 * Limits: HTTP/1.1 only (no HTTP/2, no keep-alive, no proxy support); ports are not restricted, so a public
 * host's non-web ports are reachable; a public address that forwards to internal services (an open proxy, a
 * NAT rule) cannot be seen from here — network egress rules remain the real boundary; a DNS lookup that
 * outlives the deadline keeps its virtual thread until the platform resolver gives up; host names that are
 * not ASCII must be given in their punycode form.
 *
 * <h2>Other limits it enforces</h2>
 * A connect timeout per address and one deadline for the whole fetch (each socket read may only wait for
 * what is left of it, so a slow-drip server is cut off on time); a cap on header bytes and on the body both on
 * the wire and after gzip/deflate decoding, counted while streaming (a decompression bomb stops at the cap).
 *
 * <p>It does not parse bodies, retry, schedule or store anything. Politeness between fetches is
 * {@link org.storyline.source.fetch.HostThrottle}, used by whoever schedules fetches.
 */
package org.storyline.source.fetch;
