package org.storyline.bench.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import org.storyline.cluster.ClusterInput;
import org.storyline.cluster.ClusterSettings;
import org.storyline.cluster.ClusteringScores;
import org.storyline.cluster.StoryClusterer;

/** Clustering quality on a labelled set: ours against the baseline, with a tuning sweep on one half. */
final class QualityBench {

    private QualityBench() {
    }

    static void run(LabelledSnippets all) {
        LabelledSnippets tune = all.half(0);
        LabelledSnippets test = all.half(1);
        System.out.println("== clustering quality: tuning sweep on half A (" + tune.inputs().size() + " items),"
                + " chosen by NMI + B-cubed F1");
        double base = 0;
        double bestBase = -1;
        for (double th : new double[] {0.05, 0.08, 0.1, 0.15, 0.2, 0.3}) {
            ClusteringScores s = score(tune, () -> new CentroidBaseline(th)::assign);
            System.out.printf("baseline th=%.2f                     %s%n", th, format(s));
            if (s.bcubedF1() + s.nmi() > bestBase) {
                bestBase = s.bcubedF1() + s.nmi();
                base = th;
            }
        }
        ClusterSettings tuned = null;
        double bestOurs = -1;
        for (double prior : new double[] {0, 1000}) {
            for (double margin : new double[] {0, 0.1, 0.2}) {
                for (double th : new double[] {0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.26}) {
                    ClusterSettings settings = ClusterSettings.defaults().withJoin(th, margin, prior);
                    ClusteringScores s = score(tune, () -> new StoryClusterer(settings)::assign);
                    System.out.printf("ours     th=%.2f margin=%.1f prior=%4.0f  %s%n", th, margin, prior, format(s));
                    if (s.bcubedF1() + s.nmi() > bestOurs) {
                        bestOurs = s.bcubedF1() + s.nmi();
                        tuned = settings;
                    }
                }
            }
        }
        double chosenBase = base;
        ClusterSettings chosen = tuned;
        System.out.printf("== chosen: baseline th=%.2f; ours th=%.2f margin=%.1f prior=%.0f%n", base,
                tuned.joinThreshold(), tuned.youngMargin(), tuned.priorDocuments());
        System.out.println("== half B (held out) and full set in file order; then mean over 5 shuffles of the full set");
        report("baseline (tuned)", test, all, () -> new CentroidBaseline(chosenBase)::assign);
        report("ours (tuned on A)", test, all, () -> new StoryClusterer(chosen)::assign);
        report("ours (defaults)", test, all, () -> new StoryClusterer()::assign);
    }

    private static void report(String name, LabelledSnippets test, LabelledSnippets all,
                               Supplier<Function<ClusterInput, String>> clusterer) {
        System.out.printf("%-22s half B: %s%n", name, format(score(test, clusterer)));
        System.out.printf("%-22s full  : %s%n", name, format(score(all, clusterer)));
        double nmi = 0, ari = 0, f1 = 0;
        Random random = new Random(42);
        for (int round = 0; round < 5; round++) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < all.inputs().size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, random);
            List<ClusterInput> in = order.stream().map(all.inputs()::get).toList();
            List<String> truth = order.stream().map(all.stories()::get).toList();
            ClusteringScores s = score(new LabelledSnippets(in, truth), clusterer);
            nmi += s.nmi() / 5;
            ari += s.ari() / 5;
            f1 += s.bcubedF1() / 5;
        }
        System.out.printf("%-22s full, 5 shuffles: NMI %.3f ARI %.3f B3-F1 %.3f%n", name, nmi, ari, f1);
    }

    static ClusteringScores score(LabelledSnippets set, Supplier<Function<ClusterInput, String>> clusterer) {
        Function<ClusterInput, String> assign = clusterer.get();
        List<String> predicted = set.inputs().stream().map(assign).toList();
        return ClusteringScores.of(set.stories(), predicted);
    }

    static String format(ClusteringScores s) {
        return String.format("NMI %.3f  ARI %.3f  B3 P %.3f R %.3f F1 %.3f", s.nmi(), s.ari(), s.bcubedPrecision(),
                s.bcubedRecall(), s.bcubedF1());
    }
}
