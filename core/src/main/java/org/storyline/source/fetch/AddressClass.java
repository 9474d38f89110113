package org.storyline.source.fetch;

/**
 * The kinds of IP address the fetcher tells apart. Only {@link #PUBLIC} is reachable by default; a
 * {@link FetchPolicy} may allow others (tests allow {@link #LOOPBACK}).
 */
public enum AddressClass {
    /** globally routable unicast */
    PUBLIC,
    /** 127.0.0.0/8, ::1 */
    LOOPBACK,
    /** 10/8, 172.16/12, 192.168/16, fec0::/10 (deprecated site-local) */
    PRIVATE,
    /** 169.254/16 (cloud metadata lives at 169.254.169.254), fe80::/10 */
    LINK_LOCAL,
    /** 100.64.0.0/10, carrier-grade NAT shared space */
    SHARED_CGNAT,
    /** fc00::/7, IPv6 unique local */
    UNIQUE_LOCAL,
    /** 224/4, ff00::/8 */
    MULTICAST,
    /** 0.0.0.0/8, :: (reaches the local host on many systems) */
    UNSPECIFIED,
    /**
     * IPv6 forms that carry an IPv4 address: mapped {@code [::ffff:a.b.c.d]} and compatible {@code [::a.b.c.d]}
     * literals, and NAT64/6to4 addresses whose embedded IPv4 is not public
     */
    IPV4_IN_IPV6,
    /** documentation, benchmarking, future-use and broadcast ranges: never a real feed host */
    RESERVED
}
