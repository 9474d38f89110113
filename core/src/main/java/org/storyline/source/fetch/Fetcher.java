package org.storyline.source.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;

/**
 * Fetches one URL over HTTP/1.1 within a {@link FetchPolicy}: only http/https, only allowed addresses (checked
 * on every redirect hop), bounded in time and size, conditional when validators are given. Every outcome is a
 * {@link FetchResult}; nothing is thrown for anything a server or a URL can do. Safe to share between threads.
 *
 * <pre>{@code
 * Fetcher fetcher = new Fetcher(FetchPolicy.defaults());
 * switch (fetcher.fetch(URI.create("https://example.org/feed.xml"), Validators.NONE)) {
 *     case Fetched f -> parse(f.body());
 *     case NotModified n -> keepOldCopy();
 *     case FetchFailed f -> report(f.kind(), f.message(), f.retryAt());
 * }
 * }</pre>
 */
public final class Fetcher {

    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5";

    private final FetchPolicy policy;
    private final TargetResolver targets;
    private final SSLSocketFactory tls;
    private final Clock clock;
    private final BodyReader bodies;

    public Fetcher(FetchPolicy policy) {
        this(policy, HostResolver.SYSTEM, (SSLSocketFactory) SSLSocketFactory.getDefault(), Clock.systemUTC());
    }

    /** @param tls sockets for https; tests pass one that trusts their own certificate */
    public Fetcher(FetchPolicy policy, HostResolver resolver, SSLSocketFactory tls, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.targets = new TargetResolver(policy, Objects.requireNonNull(resolver, "resolver"));
        this.tls = Objects.requireNonNull(tls, "tls");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.bodies = new BodyReader(policy.maxBodyBytes());
    }

    /** Fetches a URL given as text; text that is not a URL is a MALFORMED failure. */
    public FetchResult fetch(String url, Validators previous) {
        try {
            return fetch(new URI(url.strip()), previous);
        } catch (URISyntaxException e) {
            URI shown = URI.create("invalid:" + Integer.toHexString(url.hashCode()));
            return new FetchFailed(shown, FailureKind.MALFORMED, "not a URL: " + e.getMessage(), 0, null);
        }
    }

    /** Fetches {@code url}, sending {@code previous} validators (or {@link Validators#NONE}) to make it conditional. */
    /**
     * Why {@code url} would be refused, judged without a DNS lookup, or null: an IP literal this policy does not
     * reach (metadata and link-local never), an ambiguous literal, or a local network name (localhost, *.local,
     * *.internal...) unless private addresses are allowed. For lists imported without fetching (OPML); every
     * fetch checks the resolved addresses again.
     */
    public String refusal(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(java.util.Locale.ROOT);
        if (TargetResolver.literal(host)) {
            try {
                targets.resolve(url, Deadline.after(java.time.Duration.ofSeconds(1)));
                return null;
            } catch (FetchProblem problem) {
                return problem.getMessage();
            }
        }
        boolean local = AddressClassifier.localHostReason(host) != null;
        return local && !policy.allows(AddressClass.PRIVATE) ? host + " is a local network name, which is not fetched"
                : null;
    }

    public FetchResult fetch(URI url, Validators previous) {
        Deadline deadline = Deadline.after(policy.deadline());
        List<URI> chain = new ArrayList<>();
        Set<URI> seen = new HashSet<>();
        boolean permanent = true;
        URI current = withoutFragment(url);
        try {
            while (true) {
                chain.add(current);
                if (!seen.add(current)) {
                    throw new FetchProblem(FailureKind.TOO_MANY_REDIRECTS, "redirect loop: " + shown(chain));
                }
                if (chain.size() > policy.maxRedirects() + 1) {
                    throw new FetchProblem(FailureKind.TOO_MANY_REDIRECTS,
                            "more than %d redirects: %s".formatted(policy.maxRedirects(), shown(chain)));
                }
                Hop hop = exchange(targets.resolve(current, deadline), url, previous, deadline, permanent && chain.size() > 1);
                if (hop.result() != null) {
                    return hop.result();
                }
                permanent &= hop.permanent();
                current = hop.next();
            }
        } catch (FetchProblem p) {
            return new FetchFailed(url, p.kind(), current + ": " + p.getMessage(), 0, null);
        }
    }

    /** What one request gave: a final result, or where to go next. */
    private record Hop(FetchResult result, URI next, boolean permanent) {}

    private Hop exchange(Target target, URI requested, Validators previous, Deadline deadline, boolean moved)
            throws FetchProblem {
        try (HttpConnection connection = HttpConnection.open(target, policy, tls, deadline)) {
            ResponseHead head = connection.send(request(target, previous), policy.maxHeaderBytes());
            int status = head.status();
            if (isRedirect(status) && head.header("location") != null) {
                return new Hop(null, redirectTarget(target.uri(), head.header("location")), status == 301 || status == 308);
            }
            if (status == 304) {
                Validators next = validators(head);
                return new Hop(new NotModified(requested, next.isEmpty() ? previous : next), null, false);
            }
            if (status < 200 || status > 299) {
                return new Hop(statusFailure(requested, target, head), null, false);
            }
            byte[] body = bodies.read(head, connection.in());
            String type = head.header("content-type");
            return new Hop(new Fetched(requested, target.uri(), moved, status,
                    type, CharsetSniffer.detect(type, body), body, validators(head), clock.instant()), null, false);
        } catch (FetchProblem p) {
            throw p;
        } catch (IOException e) {
            throw classify(e);
        }
    }

    private String request(Target target, Validators previous) {
        StringBuilder request = new StringBuilder(256)
                .append("GET ").append(target.requestTarget()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(target.hostHeader()).append("\r\n")
                .append("User-Agent: ").append(policy.userAgent()).append("\r\n")
                .append("Accept: ").append(ACCEPT).append("\r\n")
                .append("Accept-Encoding: gzip, deflate\r\n")
                .append("Connection: close\r\n");
        if (previous.etag() != null) {
            request.append("If-None-Match: ").append(previous.etag()).append("\r\n");
        }
        if (previous.lastModified() != null) {
            request.append("If-Modified-Since: ").append(previous.lastModified()).append("\r\n");
        }
        return request.append("\r\n").toString();
    }

    private FetchFailed statusFailure(URI requested, Target target, ResponseHead head) {
        int status = head.status();
        var retryAt = status == 429 || status == 503 ? RetryAfter.parse(head.header("retry-after"), clock.instant()) : null;
        String message = "%s: HTTP %d %s".formatted(target.uri(), status, head.reason()).strip();
        if (isRedirect(status)) {
            message += " without a Location header";
        }
        return new FetchFailed(requested, FailureKind.HTTP_STATUS, message, status, retryAt);
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI redirectTarget(URI base, String location) throws FetchProblem {
        try {
            // Servers send spaces and non-ASCII in Location; encode what a browser would, reject the rest.
            URI relative = new URI(location.strip().replace(" ", "%20"));
            return withoutFragment(URI.create(base.resolve(relative).toASCIIString()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchProblem(FailureKind.MALFORMED, "bad redirect Location: " + location);
        }
    }

    private static Validators validators(ResponseHead head) {
        return new Validators(head.header("etag"), head.header("last-modified"));
    }

    private static FetchProblem classify(IOException e) {
        if (e instanceof SocketTimeoutException) {
            return new FetchProblem(FailureKind.TIMEOUT, "timed out: " + e.getMessage());
        }
        if (e instanceof SSLException) {
            return new FetchProblem(FailureKind.TLS, "TLS error: " + e.getMessage());
        }
        return new FetchProblem(FailureKind.CONNECT, "connection lost: " + e.getMessage());
    }

    private static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String text = uri.toString();
        return URI.create(text.substring(0, text.indexOf('#')));
    }

    private static String shown(List<URI> chain) {
        return chain.stream().map(URI::toString).collect(Collectors.joining(" → "));
    }
}
