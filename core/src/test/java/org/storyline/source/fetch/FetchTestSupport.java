package org.storyline.source.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLSocketFactory;

/** Fetchers for tests: loopback allowed, short deadlines, a fixed clock and a fake DNS. */
final class FetchTestSupport {

    static final Instant NOW = Instant.parse("2025-07-10T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private FetchTestSupport() {
    }

    static FetchPolicy loopbackPolicy() {
        return FetchPolicy.defaults().allowing(AddressClass.LOOPBACK).withDeadline(Duration.ofSeconds(2), Duration.ofSeconds(3));
    }

    /** A resolver that knows only the given names. */
    static HostResolver dns(Map<String, String> names) {
        return host -> {
            String ip = names.get(host);
            if (ip == null) {
                throw new UnknownHostException(host);
            }
            return List.of(InetAddress.getByName(ip));
        };
    }

    static Fetcher fetcher(FetchPolicy policy) {
        return fetcher(policy, dns(Map.of("feeds.test", "127.0.0.1")));
    }

    static Fetcher fetcher(FetchPolicy policy, HostResolver resolver) {
        return new Fetcher(policy, resolver, (SSLSocketFactory) SSLSocketFactory.getDefault(), CLOCK);
    }
}
