package org.storyline.bench.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code storyline worker} processes started as a user starts them ({@code ./storyline worker --config FILE}, from
 * the repository's root, the working folder of {@code bin/bench}), each with a data folder and a log of its own.
 */
final class WorkerProcesses {

    private WorkerProcesses() {
    }

    /** Starts one worker and waits until it says it runs (its JVM is up, the store and index are open). */
    static Process start(Path config, Path data, Map<String, String> env) throws IOException, InterruptedException {
        Path storyline = Path.of("storyline").toAbsolutePath();
        if (!Files.isExecutable(storyline)) {
            throw new IllegalStateException("ClusterRun: run from the repository's root (no ./storyline here)");
        }
        Files.createDirectories(data);
        Path log = data.resolve("worker.log");
        ProcessBuilder builder = new ProcessBuilder(storyline.toString(), "worker", "--config", config.toString(),
                "--data", data.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process p = builder.start();
        while (p.isAlive() && !Files.readString(log).contains("Storyline worker: running")) {
            Thread.sleep(200);
        }
        if (!p.isAlive()) {
            throw new IllegalStateException("ClusterRun: a worker exited at start: " + Files.readString(log));
        }
        return p;
    }

    /** SIGTERM to each (a worker drains and leaves its group), then waits for all. */
    static void stop(List<Process> workers) throws InterruptedException {
        workers.forEach(Process::destroy);
        for (Process p : workers) {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    /** CPU time the workers' JVMs (the children of each {@code storyline} script) have used so far. */
    static long cpuMillis(List<Process> workers) {
        return workers.stream().flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p.toHandle()),
                        p.descendants())).mapToLong(h -> h.info().totalCpuDuration().map(java.time.Duration::toMillis)
                        .orElse(0L)).sum();
    }

    /**
     * A stage's milliseconds per document over the workers, from the line each prints when it stops
     * ({@code stopped after N documents; ms per document: ... decide_and_write 2.31, ...}); NaN when none said.
     */
    static double stageMillis(List<Path> logs, String stage) throws IOException {
        java.util.regex.Pattern line = java.util.regex.Pattern.compile(
                "stopped after (\\d+) documents; ms per document:.*\\b" + stage + " ([0-9.]+)");
        double total = 0;
        long documents = 0;
        for (Path log : logs) {
            java.util.regex.Matcher m = line.matcher(Files.readString(log));
            if (m.find()) {
                long n = Long.parseLong(m.group(1));
                total += n * Double.parseDouble(m.group(2));
                documents += n;
            }
        }
        return documents == 0 ? Double.NaN : total / documents;
    }

    static void delete(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
