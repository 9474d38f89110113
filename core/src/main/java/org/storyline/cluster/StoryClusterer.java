package org.storyline.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyline.text.StableHash;
import org.storyline.text.Words;

/**
 * Online story clustering by TF-IDF cosine similarity between an article and each story's centroid.
 * An article joins the most similar story above a threshold, or founds a new one whose id derives from
 * the article's id.
 *
 * <pre>{@code
 * StoryClusterer stories = new StoryClusterer();
 * String s = stories.assign(new ClusterInput("a1", title, text, published));
 * }</pre>
 */
public final class StoryClusterer {

    static final double JOIN_THRESHOLD = 0.18;
    static final int TITLE_WEIGHT = 3;

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private int documents;
    private final Map<String, Map<String, Double>> termSums = new HashMap<>();
    private final List<String> storyOrder = new ArrayList<>();

    /** Assigns the article to a story and returns the story id. */
    public String assign(ClusterInput article) {
        Map<String, Integer> counts = termCounts(article);
        observe(counts);
        Map<String, Double> vector = tfidf(counts);
        String best = null;
        double bestScore = JOIN_THRESHOLD;
        for (String story : storyOrder) {
            double score = cosine(vector, tfidfOfSums(termSums.get(story)));
            if (score > bestScore) {
                best = story;
                bestScore = score;
            }
        }
        String story = best != null ? best : storyIdFor(article.articleId());
        join(story, counts);
        return story;
    }

    /** Replays a stored assignment, so that later articles can join the story. */
    public void restore(ClusterInput article, String storyId) {
        Map<String, Integer> counts = termCounts(article);
        observe(counts);
        join(storyId, counts);
    }

    /** The id a story founded by this article gets. */
    public static String storyIdFor(String articleId) {
        return StableHash.of("story|" + articleId);
    }

    private void join(String story, Map<String, Integer> counts) {
        if (!termSums.containsKey(story)) {
            storyOrder.add(story);
        }
        Map<String, Double> sums = termSums.computeIfAbsent(story, s -> new HashMap<>());
        counts.forEach((term, n) -> sums.merge(term, (double) n, Double::sum));
    }

    private void observe(Map<String, Integer> counts) {
        documents++;
        counts.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
    }

    private static Map<String, Integer> termCounts(ClusterInput article) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : Words.of(article.title())) {
            if (word.length() > 2) {
                counts.merge(word, TITLE_WEIGHT, Integer::sum);
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

    private Map<String, Double> tfidf(Map<String, Integer> counts) {
        Map<String, Double> v = new HashMap<>();
        counts.forEach((term, n) -> v.put(term, (1 + Math.log(n)) * idf(term)));
        return v;
    }

    private Map<String, Double> tfidfOfSums(Map<String, Double> sums) {
        Map<String, Double> v = new HashMap<>();
        sums.forEach((term, n) -> v.put(term, (1 + Math.log(n)) * idf(term)));
        return v;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double other = large.get(e.getKey());
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
