package org.storyline.source.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.source.fetch.FetchTestSupport.CLOCK;
import static org.storyline.source.fetch.FetchTestSupport.dns;
import static org.storyline.source.fetch.FetchTestSupport.loopbackPolicy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS over a pinned address: the certificate is still checked against the URL's host name. The server's
 * certificate is made with the JDK's keytool for the name {@code feeds.test} only.
 */
class FetcherTlsTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    static Path dir;
    private static HttpsServer server;
    private static SSLContext trusting;

    @BeforeAll
    static void start() throws Exception {
        Path store = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=feeds.test",
                "-ext", "SAN=dns:feeds.test", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        assertThat(keytool.waitFor()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD);
        }
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext(keys)));
        server.createContext("/", ex -> FetcherTest.send(ex, 200, "text/plain", "secret hello".getBytes(StandardCharsets.UTF_8)));
        server.start();
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        trusting = SSLContext.getInstance("TLS");
        trusting.init(null, trust.getTrustManagers(), null);
    }

    private static SSLContext serverContext(KeyStore keys) throws Exception {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return context;
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static FetchResult fetch(String host, SSLSocketFactory tls) {
        Fetcher fetcher = new Fetcher(loopbackPolicy(), dns(Map.of("feeds.test", "127.0.0.1", "other.test", "127.0.0.1")),
                tls, CLOCK);
        return fetcher.fetch(URI.create("https://" + host + ":" + server.getAddress().getPort() + "/"), Validators.NONE);
    }

    @Test
    void trustedCertificateForTheUrlHostWorksOverThePinnedAddress() {
        FetchResult r = fetch("feeds.test", trusting.getSocketFactory());
        assertThat(r).isInstanceOf(Fetched.class);
        assertThat(((Fetched) r).text()).isEqualTo("secret hello");
    }

    @Test
    void certificateForAnotherNameIsATlsFailure() {
        FetchFailed f = (FetchFailed) fetch("other.test", trusting.getSocketFactory());
        assertThat(f.kind()).isEqualTo(FailureKind.TLS);
    }

    @Test
    void untrustedCertificateIsATlsFailure() {
        FetchFailed f = (FetchFailed) fetch("feeds.test", (SSLSocketFactory) SSLSocketFactory.getDefault());
        assertThat(f.kind()).isEqualTo(FailureKind.TLS);
        assertThat(f.message()).contains("feeds.test");
    }

    @Test
    void plainHttpToATlsPortIsNotMistakenForSuccess() {
        Fetcher fetcher = new Fetcher(loopbackPolicy(), dns(Map.of()), trusting.getSocketFactory(), CLOCK);
        FetchResult r = fetcher.fetch(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"), Validators.NONE);
        assertThat(r).isInstanceOf(FetchFailed.class);
    }
}
