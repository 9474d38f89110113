package org.storyline.bench.cluster;

import java.nio.file.Path;

/**
 * Quality and scale benchmarks for story clustering and copy detection.
 *
 * <pre>
 * java -cp 'bench/target/classes:bench/target/lib/*:core/target/classes' org.storyline.bench.cluster.ClusterBench \
 *     quality /work/shared/bench/clustering-googlenews/dev.jsonl
 * ... ClusterBench dedup dev.jsonl ground-truth.json
 * ... ClusterBench scale 100000 1000000
 * </pre>
 */
public final class ClusterBench {

    private ClusterBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ClusterBench quality <googlenews.jsonl> | dedup <googlenews.jsonl> "
                    + "<scrapinghub ground-truth.json> | scale <stored count>...");
            System.exit(2);
        }
        switch (args[0]) {
            case "quality" -> QualityBench.run(LabelledSnippets.read(Path.of(args[1])));
            case "embeddings" -> EmbeddingBench.run(LabelledSnippets.read(Path.of(args[1])));
            case "dedup" -> DedupPairsBench.run(LabelledSnippets.read(Path.of(args[1])), Path.of(args[2]));
            case "scale" -> ScaleBench.run(args);
            default -> throw new IllegalArgumentException("bench: unknown mode " + args[0]);
        }
    }
}
