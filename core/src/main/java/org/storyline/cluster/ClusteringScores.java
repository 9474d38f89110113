package org.storyline.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Agreement between a predicted clustering and the true one, over the same items.
 *
 * <pre>{@code
 * ClusteringScores s = ClusteringScores.of(List.of("a", "a", "b"), List.of("x", "x", "x"));
 * s.bcubedRecall(); // 1.0
 * }</pre>
 *
 * @param nmi              normalised mutual information, arithmetic-mean normalisation (as scikit-learn)
 * @param ari              adjusted Rand index
 * @param bcubedPrecision  mean over items of the share of its predicted cluster that shares its true label
 * @param bcubedRecall     mean over items of the share of its true cluster that shares its predicted label
 * @param bcubedF1         harmonic mean of the two
 */
public record ClusteringScores(double nmi, double ari, double bcubedPrecision, double bcubedRecall,
                               double bcubedF1) {

    /** Scores for parallel lists: {@code truth.get(i)} and {@code predicted.get(i)} label the same item. */
    public static ClusteringScores of(List<String> truth, List<String> predicted) {
        if (truth.size() != predicted.size() || truth.isEmpty()) {
            throw new IllegalArgumentException("cluster: need two non-empty label lists of equal length");
        }
        Map<String, Integer> t = counts(truth);
        Map<String, Integer> p = counts(predicted);
        Map<String, Integer> joint = new HashMap<>();
        for (int i = 0; i < truth.size(); i++) {
            joint.merge(truth.get(i) + '\u0000' + predicted.get(i), 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (int i = 0; i < truth.size(); i++) {
            double shared = joint.get(truth.get(i) + '\u0000' + predicted.get(i));
            precision += shared / p.get(predicted.get(i));
            recall += shared / t.get(truth.get(i));
        }
        precision /= truth.size();
        recall /= truth.size();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ClusteringScores(nmi(t, p, joint, truth.size()), ari(t, p, joint, truth.size()), precision,
                recall, f1);
    }

    private static double nmi(Map<String, Integer> t, Map<String, Integer> p, Map<String, Integer> joint, int n) {
        double ht = entropy(t, n);
        double hp = entropy(p, n);
        if (ht == 0 && hp == 0) {
            return 1;
        }
        double mi = 0;
        for (Map.Entry<String, Integer> cell : joint.entrySet()) {
            String[] labels = cell.getKey().split("\u0000", 2);
            double nij = cell.getValue();
            mi += nij / n * Math.log(n * nij / ((double) t.get(labels[0]) * p.get(labels[1])));
        }
        return Math.max(0, mi / ((ht + hp) / 2));
    }

    private static double ari(Map<String, Integer> t, Map<String, Integer> p, Map<String, Integer> joint, int n) {
        double index = pairs(joint);
        double sumT = pairs(t);
        double sumP = pairs(p);
        double expected = sumT * sumP / choose2(n);
        double max = (sumT + sumP) / 2;
        return max == expected ? 1 : (index - expected) / (max - expected);
    }

    private static double entropy(Map<String, Integer> counts, int n) {
        double h = 0;
        for (int c : counts.values()) {
            h -= (double) c / n * Math.log((double) c / n);
        }
        return h;
    }

    private static double pairs(Map<String, Integer> counts) {
        double sum = 0;
        for (int c : counts.values()) {
            sum += choose2(c);
        }
        return sum;
    }

    private static double choose2(double n) {
        return n * (n - 1) / 2;
    }

    private static Map<String, Integer> counts(List<String> labels) {
        Map<String, Integer> out = new HashMap<>();
        labels.forEach(label -> out.merge(label, 1, Integer::sum));
        return out;
    }
}
