package org.storyline.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise agreement between a predicted clustering and the true one: of the article pairs put in one story,
 * the share that truly share one (precision), and of the pairs that truly share one, the share put together
 * (recall). Unlike B-cubed it weighs a story by the square of its size, so one wrong merge of two big stories
 * shows plainly.
 *
 * <pre>{@code
 * PairwiseScores s = PairwiseScores.of(List.of("a", "a", "b"), List.of("x", "x", "x"));
 * s.precision(); // 1/3
 * }</pre>
 */
public record PairwiseScores(double precision, double recall, double f1) {

    /** Scores for parallel lists: {@code truth.get(i)} and {@code predicted.get(i)} label the same item. */
    public static PairwiseScores of(List<String> truth, List<String> predicted) {
        if (truth.size() != predicted.size() || truth.isEmpty()) {
            throw new IllegalArgumentException("cluster: need two non-empty label lists of equal length");
        }
        Map<String, Integer> t = new HashMap<>();
        Map<String, Integer> p = new HashMap<>();
        Map<String, Integer> joint = new HashMap<>();
        for (int i = 0; i < truth.size(); i++) {
            t.merge(truth.get(i), 1, Integer::sum);
            p.merge(predicted.get(i), 1, Integer::sum);
            joint.merge(truth.get(i) + '\u0000' + predicted.get(i), 1, Integer::sum);
        }
        double together = pairs(joint);
        double predictedPairs = pairs(p);
        double truePairs = pairs(t);
        double precision = predictedPairs == 0 ? 1 : together / predictedPairs;
        double recall = truePairs == 0 ? 1 : together / truePairs;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new PairwiseScores(precision, recall, f1);
    }

    private static double pairs(Map<String, Integer> counts) {
        double sum = 0;
        for (int c : counts.values()) {
            sum += c * (c - 1.0) / 2;
        }
        return sum;
    }
}
