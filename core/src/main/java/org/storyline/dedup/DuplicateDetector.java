package org.storyline.dedup;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.storyline.text.Words;

/**
 * Finds earlier copies of an article by word-shingle containment: the share of the shorter body's
 * 5-word shingles that also occur in the other. Containment, not Jaccard, because one copy is often
 * a trimmed or extended version of the other.
 *
 * <pre>{@code
 * DuplicateDetector copies = new DuplicateDetector();
 * copies.add("a1", apStory);
 * copies.findCopyOf(republishedApStory); // Optional[a1]
 * }</pre>
 */
public final class DuplicateDetector {

    static final int SHINGLE = 5;
    static final double MIN_CONTAINMENT = 0.6;
    static final int MIN_SHINGLES = 8;

    private final Map<String, Set<Long>> shinglesById = new LinkedHashMap<>();

    /** Remembers an article so later copies of it are found. Adding an id again replaces its text. */
    public void add(String articleId, String text) {
        shinglesById.put(articleId, shingles(text));
    }

    /** The id of the most similar remembered article that {@code text} is a copy of, if any. */
    public Optional<String> findCopyOf(String text) {
        Set<Long> probe = shingles(text);
        if (probe.size() < MIN_SHINGLES) {
            return Optional.empty();
        }
        String best = null;
        double bestScore = MIN_CONTAINMENT;
        for (Map.Entry<String, Set<Long>> entry : shinglesById.entrySet()) {
            double score = containment(probe, entry.getValue());
            if (score >= bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Share of the smaller set's shingles found in the larger, 0..1. Symmetric. */
    public static double containment(String a, String b) {
        return containment(shingles(a), shingles(b));
    }

    private static double containment(Set<Long> a, Set<Long> b) {
        if (a.size() < MIN_SHINGLES || b.size() < MIN_SHINGLES) {
            return 0;
        }
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        int shared = 0;
        for (Long s : small) {
            if (large.contains(s)) {
                shared++;
            }
        }
        return (double) shared / small.size();
    }

    static Set<Long> shingles(String text) {
        List<String> words = Words.of(text);
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + SHINGLE; j++) {
                h = 31 * h + words.get(j).hashCode();
            }
            out.add(h);
        }
        return out;
    }
}
