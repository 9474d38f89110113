package org.storyline.bench.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storyline.cluster.ClusteringScores;
import org.storyline.cluster.PairwiseScores;

/**
 * The distributed path against the single process, on labelled story sets: each set through {@link ProductionRun}
 * (one process, SQLite) and through {@link ClusterRun} with 1, 2 and 4 worker processes (PostgreSQL, Kafka,
 * OpenSearch), with B3-F1 and pair-F1 side by side, throughput, publish-to-stored latency and the bytes each
 * stored article costs in PostgreSQL and OpenSearch. With {@code --replay}, each distributed run is followed by a
 * single-process run of the same set in the order the workers applied it: when that scores as the workers did,
 * what changed the stories is the order of placement, not placement across processes (merges, lost updates). The servers are the ones of {@code --config} (a
 * {@code cluster.properties} of {@code bin/cluster-servers}), or, without it, started for the run with
 * {@code bin/cluster-servers} and stopped afterwards.
 *
 * <pre>
 * bin/bench ClusterRunBench ../shared/bench/stories/ecbplus-dev.jsonl ../shared/bench/stories/gvc-dev.jsonl \
 *     [--workers 1,2,4] [--config DIR/cluster.properties] [--replay]
 * </pre>
 */
public final class ClusterRunBench {

    private ClusterRunBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> inputs = new ArrayList<>();
        List<Integer> workers = List.of(1, 2, 4);
        Path config = null;
        boolean replay = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--workers" -> workers = List.of(args[++i].split(",")).stream().map(Integer::parseInt).toList();
                case "--config" -> config = Path.of(args[++i]);
                case "--replay" -> replay = true;
                default -> inputs.add(Path.of(args[i]));
            }
        }
        if (inputs.isEmpty()) {
            System.err.println("usage: ClusterRunBench FILE.jsonl... [--workers 1,2,4] [--config cluster.properties]");
            System.exit(2);
        }
        Path servers = config == null ? Files.createTempDirectory("cluster-servers") : null;
        try {
            if (servers != null) {
                config = servers("start", servers).resolve("cluster.properties");
            }
            compare(inputs, workers, new ClusterRun(config), replay);
        } finally {
            if (servers != null) {
                servers("stop", servers);
                WorkerProcesses.delete(servers);
            }
        }
    }

    private static void compare(List<Path> inputs, List<Integer> workers, ClusterRun cluster, boolean replay)
            throws Exception {
        System.out.printf("%d cores; load average at start %.1f%n", Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("| set | run | B3 F1 | pair F1 | ΔB3 | Δpair | stories (true) | articles/s | publish→stored p50 / p95 ms | PG B/article | OS B/article | worker CPU ms/article | decide+write ms/document |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Path input : inputs) {
            LabelledArticles set = LabelledArticles.read(input);
            ProductionRun.Result single = ProductionRun.run(set);
            Scores base = Scores.of(set, single.predicted());
            System.out.printf("| %s | single process (SQLite) | %.3f | %.3f | | | %d (%d) | %.1f | | | | | |%n", set.name(),
                    base.b3, base.pair, single.stories(), set.stories().stream().distinct().count(),
                    single.articlesPerSecond());
            for (int n : workers) {
                ClusterRun.Result r = cluster.run(set, n);
                Scores s = Scores.of(set, r.predicted());
                System.out.printf("| %s | %d worker%s | %.3f | %.3f | %+.3f | %+.3f | %d (%d) | %.1f | %d / %d | %d | %d | %.0f | %.2f |%n",
                        set.name(), n, n == 1 ? "" : "s", s.b3, s.pair, s.b3 - base.b3, s.pair - base.pair,
                        r.predicted().stream().distinct().count(), set.stories().stream().distinct().count(),
                        r.articlesPerSecond(), r.latencyP50(), r.latencyP95(), r.postgresBytesPerArticle(),
                        r.openSearchBytesPerArticle(), r.workerCpuMsPerArticle(), r.decideAndWriteMs());
                if (replay) {
                    ProductionRun.Result again = ProductionRun.run(inOrder(set, r.appliedOrder()));
                    Scores a = Scores.of(inOrder(set, r.appliedOrder()), again.predicted());
                    System.out.printf("| %s | single process, in the order of %d worker(s) | %.3f | %.3f | %+.3f | %+.3f | %d (%d) | %.1f | | | | | |%n",
                            set.name(), n, a.b3, a.pair, a.b3 - base.b3, a.pair - base.pair, again.stories(),
                            set.stories().stream().distinct().count(), again.articlesPerSecond());
                }
            }
        }
    }

    /** The set in the order given by addresses (those the run refused last, in the set's order). */
    private static LabelledArticles inOrder(LabelledArticles set, List<String> urls) {
        java.util.Map<String, Integer> rank = new java.util.HashMap<>();
        for (int i = 0; i < urls.size(); i++) {
            rank.putIfAbsent(urls.get(i), i);
        }
        List<LabelledArticles.Item> items = new ArrayList<>(set.items());
        items.sort(java.util.Comparator.comparingInt(item -> rank.getOrDefault(ProductionRun.url(item).toString(),
                Integer.MAX_VALUE)));
        return new LabelledArticles(set.name(), List.copyOf(items));
    }

    private record Scores(double b3, double pair) {
        static Scores of(LabelledArticles set, List<String> predicted) {
            return new Scores(ClusteringScores.of(set.stories(), predicted).bcubedF1(),
                    PairwiseScores.of(set.stories(), predicted).f1());
        }
    }

    /** {@code bin/cluster-servers start|stop DIR}, its messages passed through. */
    private static Path servers(String action, Path dir) throws Exception {
        Process p = new ProcessBuilder("bin/cluster-servers", action, dir.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("ClusterRunBench: bin/cluster-servers " + action + " failed");
        }
        return dir;
    }
}
