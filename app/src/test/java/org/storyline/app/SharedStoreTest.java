package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Processes share one store: two real {@code storyline serve} processes on one data folder both search (the first
 * writes the index, the second reads it), and what a {@code storyline ingest} beside them stores shows up in both
 * servers' search without a restart.
 */
class SharedStoreTest {

    private static final Pattern SERVING = Pattern.compile("at (http://[^/ ]+/)");

    @TempDir
    Path dir;

    private final List<Process> servers = new ArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(Process::destroyForcibly);
    }

    @Test
    void twoServesOnOneStoreBothFindWhatAnIngestBesideThemStored() throws Exception {
        Path data = dir.resolve("data");
        Path first = Files.createDirectories(dir.resolve("first"));
        Files.writeString(first.resolve(Fixtures.SEEDS.get(0)), Fixtures.seed(Fixtures.SEEDS.get(0)));
        assertThat(Fixtures.cli("ingest", first.toString(), "--data", data.toString(), "--quiet").exitCode()).isZero();

        Server writer = serve(data);
        Server reader = serve(data);
        assertThat(reader.said()).contains("searches it read-only");
        assertThat(search(writer.base(), "Sputnik")).contains("Sputnik");

        Path more = Files.createDirectories(dir.resolve("more"));
        Files.writeString(more.resolve("later.txt"), """
                Glaciologists count the Thwaites calving front

                A team measuring the calving front of a fast Antarctic glacier reported on Tuesday that the ice
                shelf retreated by three kilometres. The glaciologists said the measurements came from radar.
                """);
        var ingest = Fixtures.cli("ingest", more.toString(), "--data", data.toString(), "--quiet");
        assertThat(ingest.exitCode()).isZero();

        assertThat(eventually(writer.base(), "glaciologists", "calving front")).as("the writing serve's search").contains("calving front");
        assertThat(eventually(reader.base(), "glaciologists", "calving front")).as("the read-only serve's search").contains("calving front");
    }

    /** A running {@code storyline serve} child process, its address and what it said on stderr. */
    private record Server(String base, StringBuilder stderr) {
        String said() {
            synchronized (stderr) {
                return stderr.toString();
            }
        }
    }

    private Server serve(Path data) throws IOException, InterruptedException {
        Process p = Fixtures.storylineProcess("serve", "--data", data.toString(), "--port", "0", "--no-demo").start();
        servers.add(p);
        StringBuilder stderr = new StringBuilder();
        Thread.ofPlatform().daemon().start(() -> drain(p, stderr)); // not the common pool: one thread on 2 cores
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    Thread.sleep(200); // its stderr lines come before the serving line; let the drain catch them
                    Thread.ofPlatform().daemon().start(() -> drainQuietly(out));
                    return new Server(m.group(1), stderr);
                }
            }
        }
        throw new AssertionError("serve did not start: " + stderr);
    }

    private static void drain(Process p, StringBuilder into) {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                synchronized (into) {
                    into.append(line).append('\n');
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    private static void drainQuietly(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // keep the pipe from filling up
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    /** The search API's answer for {@code word}, once it lists {@code expected} (the follower looks every 2 s). */
    private static String eventually(String base, String word, String expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String body = "";
        while (System.nanoTime() < deadline) {
            body = search(base, word);
            if (body.contains(expected)) {
                return body;
            }
            Thread.sleep(250);
        }
        return body;
    }

    private static String search(String base, String word) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "api/search?q=" + word)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
