package org.storyline.source.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Checks one hop's URL and resolves its host: scheme, host and port first, then every address the name
 * resolves to must be in a class the policy allows. One refused address refuses the whole name: a host
 * answering with both a public and an internal address is a rebinding attempt, not a feed. Cloud metadata
 * services (link-local 169.254/16 and fe80::/10, Alibaba's 100.100.100.200, AWS's fd00:ec2::254) are refused
 * whatever the policy allows: no self-hosted feed lives there, and a redirect there hands out credentials.
 */
final class TargetResolver {

    /** Metadata addresses outside link-local space. */
    private static final java.util.Set<String> METADATA = java.util.Set.of("100.100.100.200", "fd00:ec2:0:0:0:0:0:254");

    private final FetchPolicy policy;
    private final HostResolver resolver;

    TargetResolver(FetchPolicy policy, HostResolver resolver) {
        this.policy = policy;
        this.resolver = resolver;
    }

    Target resolve(URI uri, Deadline deadline) throws FetchProblem {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchProblem(FailureKind.UNSUPPORTED_SCHEME,
                    "only http and https are fetched, not " + (scheme.isEmpty() ? "a relative URL" : scheme + ":"));
        }
        String host = uri.getHost();
        if (uri.isOpaque() || host == null || host.isEmpty()) {
            throw new FetchProblem(FailureKind.MALFORMED, "no host name in the URL");
        }
        boolean tls = scheme.equals("https");
        int port = uri.getPort() == -1 ? (tls ? 443 : 80) : uri.getPort();
        if (port <= 0 || port > 65535) {
            throw new FetchProblem(FailureKind.MALFORMED, "bad port " + port);
        }
        host = host.toLowerCase(Locale.ROOT);
        List<InetAddress> addresses = literal(host) ? List.of(parseLiteral(host)) : lookUp(host, deadline);
        for (InetAddress address : addresses) {
            AddressClass kind = AddressClassifier.classifyLiteral(host, address);
            if (kind == AddressClass.LINK_LOCAL || METADATA.contains(address.getHostAddress())) {
                throw new FetchProblem(FailureKind.BLOCKED_ADDRESS, ("%s resolves to %s, a cloud metadata or link-local"
                        + " address, which is never fetched").formatted(host, address.getHostAddress()));
            }
            if (!policy.allows(kind)) {
                throw new FetchProblem(FailureKind.BLOCKED_ADDRESS, "%s resolves to %s, a %s address, which is not fetched"
                        .formatted(host, address.getHostAddress(), kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
            }
        }
        return new Target(uri, host, port, tls, addresses);
    }

    /** IP literals are parsed here, not given to the resolver: numbers must never depend on DNS. */
    static boolean literal(String host) {
        return host.startsWith("[") || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
    }

    /** A literal with a leading zero is refused ({@link AddressClassifier#ambiguous}). */
    private static InetAddress parseLiteral(String host) throws FetchProblem {
        if (AddressClassifier.ambiguous(host)) {
            throw new FetchProblem(FailureKind.MALFORMED, ("ambiguous IP address %s: a part with a leading zero is octal"
                    + " to some programs and decimal to others; write it without leading zeros").formatted(host));
        }
        try {
            return InetAddress.getByName(host); // a literal: parsed, never looked up
        } catch (UnknownHostException e) {
            throw new FetchProblem(FailureKind.MALFORMED, "bad IP address " + host);
        }
    }

    private List<InetAddress> lookUp(String host, Deadline deadline) throws FetchProblem {
        // The platform resolver has no timeout of its own; run it aside and stop waiting at the deadline.
        FutureTask<List<InetAddress>> lookup = new FutureTask<>(() -> resolver.resolve(host));
        Thread.ofVirtual().name("dns-" + host).start(lookup);
        try {
            List<InetAddress> found = lookup.get(deadline.remainingMillis("looking up " + host), TimeUnit.MILLISECONDS);
            if (found == null || found.isEmpty()) {
                throw new FetchProblem(FailureKind.DNS, host + " has no addresses");
            }
            return found;
        } catch (TimeoutException e) {
            lookup.cancel(true);
            throw deadline.expired("looking up " + host);
        } catch (ExecutionException e) {
            String why = e.getCause() instanceof UnknownHostException ? "unknown host" : String.valueOf(e.getCause());
            throw new FetchProblem(FailureKind.DNS, "cannot resolve %s (%s)".formatted(host, why));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchProblem(FailureKind.TIMEOUT, "interrupted while looking up " + host);
        }
    }
}
