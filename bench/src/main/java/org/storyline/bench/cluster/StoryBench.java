package org.storyline.bench.cluster;

import java.nio.file.Path;
import java.util.List;
import org.storyline.cluster.ClusteringScores;
import org.storyline.cluster.PairwiseScores;

/**
 * Story clustering on labelled full articles, measured as users get it: each set through the production
 * pipeline ({@link ProductionRun}) and, in the same run, the README's plain TF-IDF baseline
 * ({@link TfidfBaseline}); per set the whole set, the part a fit may use and the held-back part.
 *
 * <pre>
 * bin/bench StoryBench ../shared/bench/stories/ecbplus-dev.jsonl ../shared/bench/stories/gvc-dev.jsonl
 * </pre>
 */
public final class StoryBench {

    private StoryBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: StoryBench FILE.jsonl...  (lines {id, title, text, published, story})");
            System.exit(2);
        }
        System.out.println("| set | clusterer | B3 P | B3 R | B3 F1 | pair P | pair R | pair F1 | stories (true) | articles/s |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (String arg : args) {
            LabelledArticles all = LabelledArticles.read(Path.of(arg));
            for (LabelledArticles set : List.of(all, all.part(0), all.part(1))) {
                ProductionRun.Result ours = ProductionRun.run(set);
                row(set, "storyline" + (ours.refused() > 0 ? " (" + ours.refused() + " refused)" : ""),
                        ours.predicted(), ours.articlesPerSecond());
                long start = System.nanoTime();
                TfidfBaseline baseline = new TfidfBaseline();
                List<String> base = set.items().stream()
                        .map(i -> "b" + baseline.assign(i.title(), i.text(), i.published())).toList();
                row(set, "tf-idf baseline", base, set.items().size() / ((System.nanoTime() - start) / 1e9));
            }
        }
    }

    static void row(LabelledArticles set, String name, List<String> predicted, double speed) {
        ClusteringScores b3 = ClusteringScores.of(set.stories(), predicted);
        PairwiseScores pairs = PairwiseScores.of(set.stories(), predicted);
        System.out.printf("| %s | %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %d (%d) | %.0f |%n", set.name(), name,
                b3.bcubedPrecision(), b3.bcubedRecall(), b3.bcubedF1(), pairs.precision(), pairs.recall(), pairs.f1(),
                predicted.stream().distinct().count(), set.stories().stream().distinct().count(), speed);
    }
}
