package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Storyline contacts nothing its user did not configure: {@code ingest} and {@code serve} (with pages, search and
 * query embedding) in a fresh JVM, without {@code OPT_OUT_TRACKING} in the environment, try no connection to any
 * non-loopback address. The second test shows the probe would see DJL's call to the cloud metadata service if the
 * opt-out were missing (the opt-out leaves explicitly set properties alone, so setting them to false turns it off).
 *
 * <p>Where it can (root, {@code unshare} and {@code ip}: CI here), the probe runs in a network namespace of its own
 * whose loopback answers for every address, so a connection to any address on ports 80 and 443 is seen, whatever
 * Java API made it; elsewhere only connections made through the JVM's proxy selector are seen, and the second
 * test, which needs the namespace (DJL bypasses the selector), is skipped.
 */
class NoOutboundConnectionsTest {

    @TempDir
    Path dir;

    @Test
    void ingestAndServeTryNoOutboundConnection() throws Exception {
        List<String> lines = probe(List.of());
        assertThat(lines).contains("DONE").contains("INGEST 0");
        assertThat(lines).filteredOn(l -> l.startsWith("GET ")).allSatisfy(l -> assertThat(l).endsWith(" 200"));
        assertThat(lines).filteredOn(l -> l.startsWith("OUTBOUND ")).isEmpty();
    }

    @Test
    void theProbeSeesDjlCallingHomeWhenTheOptOutIsOverridden() throws Exception {
        Assumptions.assumeTrue(NAMESPACE, "needs root, unshare and ip to run the probe in its own network namespace");
        List<String> lines = probe(List.of("-DOPT_OUT_TRACKING=false", "-Doffline=false", "-Dai.djl.offline=false"));
        assertThat(lines).contains("DONE");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("OUTBOUND ").contains("169.254.169.254"));
    }

    /** True when a network namespace can be made here, with every address on its loopback. */
    private static final boolean NAMESPACE = namespaceWorks();

    private static boolean namespaceWorks() {
        try {
            Process p = new ProcessBuilder(namespaced("true")).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** {@code command} in a new network namespace where loopback is up and owns every address. */
    private static List<String> namespaced(String command) {
        return List.of("unshare", "--net", "sh", "-c",
                "ip link set lo up && ip route add local 0.0.0.0/0 dev lo && exec " + command);
    }

    private List<String> probe(List<String> jvmFlags) throws IOException, InterruptedException {
        Path seeds = Fixtures.seeds(dir.resolve("seeds-" + jvmFlags.size()));
        Path data = dir.resolve("data-" + jvmFlags.size());
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "--enable-native-access=ALL-UNNAMED"));
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", classpath, OutboundProbe.class.getName(), seeds.toString(), data.toString()));
        if (NAMESPACE) {
            command.add("--listen");
            command = namespaced(command.stream().map(NoOutboundConnectionsTest::quoted)
                    .collect(java.util.stream.Collectors.joining(" ")));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.equals("OPT_OUT_TRACKING") || k.startsWith("DJL_")
                || k.equals("AWS_REGION"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(output).isTrue();
        return output.lines().toList();
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
