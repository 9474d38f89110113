package org.storyline.bench.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.text.Words;

/**
 * The reference clusterer of the stories README, about 60 lines: single pass in date order, an article's
 * TF-IDF vector (title words counted twice, English stop words out) against every story's centroid (the sum
 * of its members' unit vectors), joining the most similar above cosine 0.2 when the story's last article is
 * at most 30 days older, else founding a story. Document frequencies follow the stream.
 */
final class TfidfBaseline {

    private static final Set<String> STOP = Set.of(("a an the and or but of to in on at for with by from as is "
            + "are was were be been it its this that these those he she they his her their we you i not no has have "
            + "had will would said says about after before over into than then there which who what when where").split(" "));
    private static final double THRESHOLD = 0.2;
    private static final Duration WINDOW = Duration.ofDays(30);

    private final Map<String, Integer> df = new HashMap<>();
    private int documents;
    private final List<Map<String, Double>> sums = new ArrayList<>();
    private final List<Instant> last = new ArrayList<>();

    /** The story number the article joins or founds. */
    int assign(String title, String text, Instant published) {
        Map<String, Integer> counts = new HashMap<>();
        count(title == null ? "" : title, 2, counts);
        count(text, 1, counts);
        documents++;
        counts.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        Map<String, Double> v = new HashMap<>();
        counts.forEach((t, n) -> v.put(t, (1 + Math.log(n)) * (Math.log((documents + 1.0) / (df.get(t) + 1.0)) + 1)));
        scale(v, 1 / norm(v));
        int best = -1;
        double bestScore = THRESHOLD;
        for (int s = 0; s < sums.size(); s++) {
            if (published != null && last.get(s) != null && Duration.between(last.get(s), published).compareTo(WINDOW) > 0) {
                continue;
            }
            double score = dot(v, sums.get(s)) / norm(sums.get(s));
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        if (best < 0) {
            best = sums.size();
            sums.add(new HashMap<>());
            last.add(published);
        }
        Map<String, Double> sum = sums.get(best);
        v.forEach((t, w) -> sum.merge(t, w, Double::sum));
        if (published != null && (last.get(best) == null || published.isAfter(last.get(best)))) {
            last.set(best, published);
        }
        return best;
    }

    private static void count(String text, int weight, Map<String, Integer> counts) {
        for (String w : Words.of(text)) {
            if (w.length() > 1 && !STOP.contains(w)) {
                counts.merge(w, weight, Integer::sum);
            }
        }
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        double d = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double o = b.get(e.getKey());
            d += o == null ? 0 : e.getValue() * o;
        }
        return d;
    }

    private static double norm(Map<String, Double> v) {
        double s = 0;
        for (double x : v.values()) {
            s += x * x;
        }
        return s == 0 ? 1 : Math.sqrt(s);
    }

    private static void scale(Map<String, Double> v, double k) {
        v.replaceAll((t, w) -> w * k);
    }
}
