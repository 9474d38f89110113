package org.storyline.source.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.source.fetch.FetchTestSupport.dns;
import static org.storyline.source.fetch.FetchTestSupport.fetcher;
import static org.storyline.source.fetch.FetchTestSupport.loopbackPolicy;
import static org.storyline.source.fetch.ScriptedServer.write;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Server-side request forgery: internal addresses are refused directly, by name, and after redirects. */
class FetcherAddressTest {

    private static final ScriptedServer.Script OK = (head, out) -> write(out, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "127.1", "2130706433", "[::1]", "[::ffff:127.0.0.1]", "0.0.0.0"})
    void loopbackInAnySpellingIsRefusedByDefault(String host) throws IOException {
        try (ScriptedServer server = new ScriptedServer(OK)) {
            URI url = URI.create("http://" + host + ":" + server.port() + "/");
            FetchResult r = new Fetcher(FetchPolicy.defaults()).fetch(url, Validators.NONE);

            assertThat(r).isInstanceOf(FetchFailed.class);
            // java.net.URI finds no host in "127.1" (a label may not start with a digit): refused as MALFORMED
            FailureKind expected = host.equals("127.1") ? FailureKind.MALFORMED : FailureKind.BLOCKED_ADDRESS;
            assertThat(((FetchFailed) r).kind()).isEqualTo(expected);
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void mappedLiteralStaysRefusedEvenWhenLoopbackIsAllowed() throws IOException {
        try (ScriptedServer server = new ScriptedServer(OK)) {
            URI url = URI.create("http://[::ffff:127.0.0.1]:" + server.port() + "/");
            FetchFailed f = (FetchFailed) fetcher(loopbackPolicy()).fetch(url, Validators.NONE);
            assertThat(f.kind()).isEqualTo(FailureKind.BLOCKED_ADDRESS);
            assertThat(f.message()).contains("ipv4 in ipv6");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://10.0.0.5/admin", "http://internal.test/",
            "http://[fd00::1]/", "http://100.100.100.200/", "http://metadata.test/computeMetadata/v1/"})
    void redirectToAnInternalHostIsRefused(String location) throws IOException {
        HostResolver names = dns(Map.of("internal.test", "192.168.1.10", "metadata.test", "169.254.169.254"));
        try (ScriptedServer server = new ScriptedServer((head, out) -> write(out,
                "HTTP/1.1 302 Found\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n"))) {
            FetchFailed f = (FetchFailed) fetcher(loopbackPolicy(), names).fetch(server.uri("/feed"), Validators.NONE);

            assertThat(f.kind()).isEqualTo(FailureKind.BLOCKED_ADDRESS);
            assertThat(f.message()).startsWith(location);
        }
    }

    @Test
    void aNameWithOneInternalAddressAmongPublicOnesIsRefused() {
        HostResolver rebinding = host -> List.of(InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.1"));
        FetchFailed f = (FetchFailed) fetcher(FetchPolicy.defaults(), rebinding)
                .fetch(URI.create("http://rebind.test/feed"), Validators.NONE);

        assertThat(f.kind()).isEqualTo(FailureKind.BLOCKED_ADDRESS);
        assertThat(f.message()).contains("10.0.0.1");
    }

    @Test
    void theNameIsResolvedOnceAndTheCheckedAddressIsTheOneConnected() throws IOException {
        // A rebinding DNS server: harmless answer first, internal address on every later lookup.
        AtomicInteger lookups = new AtomicInteger();
        HostResolver rebinding = host -> List.of(InetAddress.getByName(lookups.getAndIncrement() == 0 ? "127.0.0.1" : "10.0.0.1"));
        try (ScriptedServer server = new ScriptedServer(OK)) {
            URI url = URI.create("http://rebind.test:" + server.port() + "/feed");
            FetchResult r = fetcher(loopbackPolicy(), rebinding).fetch(url, Validators.NONE);

            assertThat(r).isInstanceOf(Fetched.class);
            assertThat(lookups.get()).isEqualTo(1);
            assertThat(server.requests().get(0)).contains("Host: rebind.test:" + server.port());
        }
    }

    @Test
    void eachRedirectHopIsResolvedAndCheckedAgain() throws IOException {
        AtomicInteger lookups = new AtomicInteger();
        HostResolver counting = host -> {
            lookups.incrementAndGet();
            return List.of(InetAddress.getByName(host.equals("a.test") ? "127.0.0.1" : "10.9.9.9"));
        };
        try (ScriptedServer server = new ScriptedServer((head, out) -> write(out,
                "HTTP/1.1 301 Moved\r\nLocation: http://b.test/\r\nContent-Length: 0\r\n\r\n"))) {
            URI url = URI.create("http://a.test:" + server.port() + "/");
            FetchFailed f = (FetchFailed) fetcher(loopbackPolicy(), counting).fetch(url, Validators.NONE);

            assertThat(f.kind()).isEqualTo(FailureKind.BLOCKED_ADDRESS);
            assertThat(lookups.get()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0177.0.0.1", "0127.0.0.1", "127.0.0.01", "010.0.0.1"})
    void literalsWithLeadingZerosAreRefusedAsAmbiguous(String host) throws IOException {
        try (ScriptedServer server = new ScriptedServer(OK)) {
            URI url = URI.create("http://" + host + ":" + server.port() + "/");
            FetchFailed f = (FetchFailed) new Fetcher(FetchPolicy.defaults()).fetch(url, Validators.NONE);
            assertThat(f.kind()).isEqualTo(FailureKind.MALFORMED);
            assertThat(f.message()).contains("ambiguous IP address " + host).contains("leading zero");
            assertThat(server.requests()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://metadata.test/computeMetadata/v1/",
            "http://[fe80::1]/", "http://100.100.100.200/latest/meta-data/", "http://[fd00:ec2::254]/"})
    void metadataAddressesAreRefusedEvenWhenEveryPrivateClassIsAllowed(String location) throws IOException {
        FetchPolicy everything = FetchPolicy.defaults().allowing(AddressClass.values());
        HostResolver names = dns(Map.of("metadata.test", "169.254.169.254"));
        try (ScriptedServer server = new ScriptedServer((head, out) -> write(out,
                "HTTP/1.1 302 Found\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n"))) {
            FetchFailed f = (FetchFailed) fetcher(everything, names).fetch(server.uri("/feed"), Validators.NONE);
            assertThat(f.kind()).isEqualTo(FailureKind.BLOCKED_ADDRESS);
            assertThat(f.message()).contains("never fetched");
        }
    }
}
