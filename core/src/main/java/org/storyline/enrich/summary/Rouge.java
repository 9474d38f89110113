package org.storyline.enrich.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ROUGE-N (Lin, 2004): n-gram overlap of a candidate summary with a reference, as recall, precision and F1.
 *
 * <pre>{@code
 * Rouge.Score s = Rouge.score(2, "the cat sat on the mat", "the cat was on the mat");
 * // recall 0.6, precision 0.6, f1 0.6
 * }</pre>
 *
 * <p>Tokens are lower-cased runs of letters and digits; no stemming and no stop-word removal (as ROUGE-1.5.5
 * without -m and -s). Counts are clipped: a reference bigram seen twice matches at most twice.
 */
public final class Rouge {

    /** Recall, precision and their harmonic mean; all 0 when either side has no n-grams. */
    public record Score(double recall, double precision, double f1) {}

    private Rouge() {
    }

    public static Score score(int n, String candidate, String reference) {
        Map<String, Integer> c = grams(n, candidate);
        Map<String, Integer> r = grams(n, reference);
        int cTotal = c.values().stream().mapToInt(Integer::intValue).sum();
        int rTotal = r.values().stream().mapToInt(Integer::intValue).sum();
        if (cTotal == 0 || rTotal == 0) {
            return new Score(0, 0, 0);
        }
        int overlap = 0;
        for (var e : c.entrySet()) {
            overlap += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
        }
        double recall = (double) overlap / rTotal;
        double precision = (double) overlap / cTotal;
        double f1 = overlap == 0 ? 0 : 2 * recall * precision / (recall + precision);
        return new Score(recall, precision, f1);
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static Map<String, Integer> grams(int n, String text) {
        List<String> t = tokens(text);
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + n <= t.size(); i++) {
            out.merge(String.join(" ", t.subList(i, i + n)), 1, Integer::sum);
        }
        return out;
    }
}
