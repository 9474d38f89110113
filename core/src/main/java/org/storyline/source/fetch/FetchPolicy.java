package org.storyline.source.fetch;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The limits a {@link Fetcher} works within. {@link #defaults()} reaches public addresses only.
 *
 * <pre>{@code
 * FetchPolicy.defaults().allowing(AddressClass.LOOPBACK)   // for tests against a local server
 * }</pre>
 *
 * @param allowed        address classes that may be connected to; {@link AddressClass#PUBLIC} is always allowed
 * @param connectTimeout how long one TCP connect may take
 * @param deadline       how long a whole fetch may take: DNS, connects, TLS, every redirect and the full body
 * @param maxRedirects   redirects followed before giving up
 * @param maxBodyBytes   limit on the body after decompression (and on the bytes on the wire)
 * @param maxHeaderBytes limit on the status line and headers of one response
 * @param userAgent      the {@code User-Agent} sent
 */
public record FetchPolicy(Set<AddressClass> allowed, Duration connectTimeout, Duration deadline, int maxRedirects,
                          long maxBodyBytes, int maxHeaderBytes, String userAgent) {

    /** No contact URL yet: the project has no public home; add one when it does, as feed hosts expect. */
    public static final String USER_AGENT = "Storyline/0.1 (news aggregator; feed reader)";

    public FetchPolicy {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(userAgent, "userAgent");
        if (maxRedirects < 0 || maxBodyBytes <= 0 || maxHeaderBytes < 256 || deadline.isNegative()
                || deadline.isZero() || connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("fetch: impossible policy " + deadline + " " + maxBodyBytes);
        }
        EnumSet<AddressClass> copy = EnumSet.of(AddressClass.PUBLIC);
        copy.addAll(allowed);
        allowed = Set.copyOf(copy);
    }

    /** Public addresses only, 10 s connect, 30 s per fetch, 5 redirects, 16 MiB body, 64 KiB headers. */
    public static FetchPolicy defaults() {
        return new FetchPolicy(Set.of(), Duration.ofSeconds(10), Duration.ofSeconds(30), 5,
                16L * 1024 * 1024, 64 * 1024, USER_AGENT);
    }

    /** The same policy also reaching {@code more}; meant for tests and for self-hosted private feeds. */
    public FetchPolicy allowing(AddressClass... more) {
        EnumSet<AddressClass> all = EnumSet.of(AddressClass.PUBLIC);
        all.addAll(allowed);
        all.addAll(Set.of(more));
        return new FetchPolicy(all, connectTimeout, deadline, maxRedirects, maxBodyBytes, maxHeaderBytes, userAgent);
    }

    public FetchPolicy withDeadline(Duration connect, Duration total) {
        return new FetchPolicy(allowed, connect, total, maxRedirects, maxBodyBytes, maxHeaderBytes, userAgent);
    }

    public FetchPolicy withLimits(long bodyBytes, int headerBytes) {
        return new FetchPolicy(allowed, connectTimeout, deadline, maxRedirects, bodyBytes, headerBytes, userAgent);
    }

    public boolean allows(AddressClass addressClass) {
        return allowed.contains(addressClass);
    }
}
