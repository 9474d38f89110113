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
        System.out.println("== clustering quality: tuning sweep on half A (" + tune.inputs().size() + " items)");
        double bestBase = 0;
        double bestBaseF = -1;
        for (double th = 0.1; th <= 0.6; th += 0.05) {
            double t = th;
            ClusteringScores s = score(tune, () -> new CentroidBaseline(t)::assign);
            System.out.printf("baseline th=%.2f  %s%n", th, format(s));
            if (s.bcubedF1() + s.nmi() > bestBaseF) {
                bestBaseF = s.bcubedF1() + s.nmi();
                bestBase = th;
            }
        }
        for (double th = 0.1; th <= 0.6; th += 0.05) {
            ClusterSettings settings = ClusterSettings.defaults().withJoinThreshold(th);
            System.out.printf("ours     th=%.2f  %s%n", th, format(score(tune, () -> new StoryClusterer(settings)::assign)));
        }
        double base = bestBase;
        System.out.println("== half B (held out) and full set, input order as in file; then mean over 5 shuffles");
        report("baseline (th " + String.format("%.2f", base) + ")", test, all, () -> new CentroidBaseline(base)::assign);
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
