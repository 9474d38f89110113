package org.storyline.bench.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyline.cluster.ClusterInput;
import org.storyline.text.Words;

/**
 * The first StoryClusterer, kept as the baseline: TF-IDF cosine against every story centroid (a linear
 * scan), one threshold, headline words counted three times.
 */
final class CentroidBaseline {

    private final double threshold;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private int documents;
    private final Map<String, Map<String, Double>> termSums = new HashMap<>();
    private final List<String> storyOrder = new ArrayList<>();

    CentroidBaseline(double threshold) {
        this.threshold = threshold;
    }

    String assign(ClusterInput article) {
        Map<String, Integer> counts = termCounts(article);
        documents++;
        counts.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
        Map<String, Double> vector = tfidf(counts);
        String best = null;
        double bestScore = threshold;
        for (String story : storyOrder) {
            double score = cosine(vector, tfidf(termSums.get(story)));
            if (score > bestScore) {
                best = story;
                bestScore = score;
            }
        }
        String story = best != null ? best : article.articleId();
        if (!termSums.containsKey(story)) {
            storyOrder.add(story);
        }
        Map<String, Double> sums = termSums.computeIfAbsent(story, s -> new HashMap<>());
        counts.forEach((term, n) -> sums.merge(term, (double) n, Double::sum));
        return story;
    }

    private static Map<String, Integer> termCounts(ClusterInput article) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : Words.of(article.title())) {
            if (word.length() > 2) {
                counts.merge(word, 3, Integer::sum);
            }
        }
        for (String word : Words.of(article.text())) {
            if (word.length() > 2) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        return counts;
    }

    private double idf(String term) {
        return Math.log((documents + 1.0) / (documentFrequency.getOrDefault(term, 0) + 1.0)) + 1.0;
    }

    private <N extends Number> Map<String, Double> tfidf(Map<String, N> counts) {
        Map<String, Double> v = new HashMap<>();
        counts.forEach((term, n) -> v.put(term, (1 + Math.log(n.doubleValue())) * idf(term)));
        return v;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double other = b.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        return dot == 0 ? 0 : dot / (norm(a) * norm(b));
    }

    private static double norm(Map<String, Double> v) {
        double sum = 0;
        for (double x : v.values()) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }
}
