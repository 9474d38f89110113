package org.storyline.enrich.summary;

import java.util.HashMap;
import java.util.Map;

/** A sparse weighted bag of words, normalised to length 1 (or empty). */
final class TermVector {

    private final Map<String, Double> weights;

    private TermVector(Map<String, Double> weights) {
        this.weights = weights;
    }

    /** TF-IDF of {@code words}, normalised. */
    static TermVector of(Iterable<String> words, Map<String, Double> idf) {
        Map<String, Double> w = new HashMap<>();
        for (String word : words) {
            w.merge(word, idf.getOrDefault(word, 0.0), Double::sum);
        }
        return normalised(w);
    }

    /** The normalised mean of {@code vectors}. */
    static TermVector centroid(Iterable<TermVector> vectors) {
        Map<String, Double> sum = new HashMap<>();
        for (TermVector v : vectors) {
            v.weights.forEach((k, x) -> sum.merge(k, x, Double::sum));
        }
        return normalised(sum);
    }

    double cosine(TermVector other) {
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        double dot = 0;
        for (var e : small.entrySet()) {
            Double x = large.get(e.getKey());
            dot += x == null ? 0 : x * e.getValue();
        }
        return dot;
    }

    boolean isEmpty() {
        return weights.isEmpty();
    }

    private static TermVector normalised(Map<String, Double> w) {
        double norm = Math.sqrt(w.values().stream().mapToDouble(x -> x * x).sum());
        if (norm > 0) {
            w.replaceAll((k, x) -> x / norm);
        } else {
            w.clear();
        }
        return new TermVector(w);
    }
}
