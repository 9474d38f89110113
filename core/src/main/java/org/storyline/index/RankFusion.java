package org.storyline.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal-rank fusion: merges ranked lists by {@code sum 1 / (k + rank)}, so a document near the top of
 * either list ranks high and one found by both ranks higher, without comparing BM25 scores to cosines.
 *
 * <pre>{@code
 * RankFusion.fuse(List.of(List.of("a", "b"), List.of("b", "c")))  // [b, a, c]
 * }</pre>
 *
 * <p>k = 60 is the constant of Cormack, Clarke and Büttcher (SIGIR 2009); it damps the head of each list.
 */
public final class RankFusion {

    /** The damping constant. */
    public static final int K = 60;

    private RankFusion() {
    }

    /** A fused document: its id and fused score. */
    public record Fused(String id, double score) {}

    /** The union of the lists, best fused score first; ties keep first-seen order. */
    public static List<Fused> fuse(List<List<String>> rankings) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (List<String> ranking : rankings) {
            for (int rank = 0; rank < ranking.size(); rank++) {
                scores.merge(ranking.get(rank), 1.0 / (K + rank + 1), Double::sum);
            }
        }
        List<Fused> fused = new ArrayList<>();
        scores.forEach((id, score) -> fused.add(new Fused(id, score)));
        fused.sort(Comparator.comparingDouble(Fused::score).reversed());
        return fused;
    }
}
