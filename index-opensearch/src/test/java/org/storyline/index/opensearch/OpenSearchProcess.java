package org.storyline.index.opensearch;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real OpenSearch node in a child JVM ({@link OpenSearchNode}) on free loopback ports, for tests: started once
 * per test class (or once for the run, {@link SharedOpenSearch}), killed and started again on the same data by
 * the outage test. Its log goes to {@code node.log} in its home, not to the build's output. In the test jar: another
 * module's test starts the same node from this module's build ({@link #builtClasspath}).
 */
public final class OpenSearchProcess implements AutoCloseable {

    /** Start-up on a loaded 2-core machine; a bound on waiting, not a speed assertion. */
    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final Path home;
    private final int httpPort;
    private final int transportPort;
    private final String classpath;
    private Process process;

    private OpenSearchProcess(Path home, int httpPort, int transportPort, String classpath) {
        this.home = home;
        this.httpPort = httpPort;
        this.transportPort = transportPort;
        this.classpath = classpath;
    }

    /** A new node with its data under {@code target/opensearch/<name>-<pid>}, on this test JVM's class path. */
    static OpenSearchProcess start(String name) {
        return start(name, classpath());
    }

    /**
     * A new node on the given class path (the node's jars: {@link #builtClasspath} from another module's test),
     * its data under {@code target/opensearch/<name>-<pid>}.
     */
    public static OpenSearchProcess start(String name, String classpath) {
        try {
            Path home = Files.createDirectories(Path.of("target", "opensearch"))
                    .resolve(name + "-" + ProcessHandle.current().pid()).toAbsolutePath();
            delete(home);
            OpenSearchProcess node = new OpenSearchProcess(home, freePort(), freePort(), classpath);
            try {
                node.startAgain();
            } catch (RuntimeException e) {
                node.process.destroyForcibly();
                throw e; // its home stays, for the log
            }
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The node's class path from this module's build in {@code module} (its test classes, the class path file and
     * the k-NN jars {@code generate-test-resources} writes): what {@code index-opensearch/opensearch-node} runs.
     */
    public static String builtClasspath(Path module) {
        Path target = module.resolve("target");
        try (Stream<Path> knn = Files.list(target.resolve("opensearch-knn"))) {
            List<String> entries = new ArrayList<>(List.of(target.resolve("test-classes").toString(),
                    Files.readString(target.resolve("opensearch-node.classpath")).strip()));
            knn.filter(p -> p.getFileName().toString().matches("(opensearch-knn|remote-index-build-client)-.*\\.jar"))
                    .forEach(p -> entries.add(p.toString()));
            return String.join(File.pathSeparator, entries);
        } catch (IOException e) {
            throw new UncheckedIOException("test: the OpenSearch node's build in " + module + " is missing (mvn -pl "
                    + "index-opensearch -am test-compile writes it)", e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    /** Starts the node (again, on the same data and ports) and waits until it answers. */
    void startAgain() {
        // C1 only: the node starts in 15 s instead of 27 s (measured on this loaded 2-core machine), and a test
        // node's short life never pays back C2's compile time. One small heap, one GC thread.
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms512m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "--enable-native-access=ALL-UNNAMED", "-Dlog4j2.disable.jmx=true", "-Dstoryline.node.parent=stdin",
                "-cp", classpath, OpenSearchNode.class.getName(),
                home.toString(), Integer.toString(httpPort), Integer.toString(transportPort)));
        try {
            Files.createDirectories(home);
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("node.log").toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("test: cannot start OpenSearch", e);
        }
        awaitHealthy();
    }

    /** Kills the node at once (SIGKILL): no flush, no goodbye, as a crashed machine. */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            try {
                process.getOutputStream().close(); // the node's cue to shut down cleanly
                if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    waitFor();
                }
            } catch (IOException e) {
                process.destroyForcibly();
                waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        delete(home);
    }

    private void waitFor() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitHealthy() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(endpoint().resolve("/_cluster/health?wait_for_status=yellow&timeout=5s"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("test: OpenSearch exited at start; see " + home.resolve("node.log"));
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException("test: OpenSearch did not start within " + STARTUP + "; see "
                + home.resolve("node.log"));
    }

    /** The test classpath (Surefire names it; the JVM's own when run from an IDE). */
    private static String classpath() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, Stream.of(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).toList());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
