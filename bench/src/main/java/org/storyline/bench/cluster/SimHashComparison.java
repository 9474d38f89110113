package org.storyline.bench.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyline.dedup.DuplicateDetector;

/**
 * The alternative we did not choose, measured on the same probes: 64-bit SimHash (Charikar) over the same
 * word 4-shingles, a probe matched to the stored original at the smallest Hamming distance when that
 * distance is within a threshold. SimHash estimates resemblance (Jaccard-like, symmetric), so a copy that
 * keeps a third of the original or adds a long tail looks far away; MinHash containment does not.
 */
final class SimHashComparison {

    record Probe(String text, String copyOf, String kind) {
    }

    private SimHashComparison() {
    }

    static void report(Map<String, String> originals, List<Probe> probes) {
        Map<String, Long> stored = new HashMap<>();
        originals.forEach((id, text) -> stored.put(id, simHash(text)));
        System.out.println("== the same probes with 64-bit SimHash (nearest stored original by Hamming distance)");
        for (int maxDistance : new int[] {3, 6, 10, 14, 18}) {
            int tp = 0, fp = 0, fn = 0;
            Map<String, int[]> errors = new HashMap<>();
            for (Probe p : probes) {
                long h = simHash(p.text);
                String best = null;
                int bestDistance = Integer.MAX_VALUE;
                for (var e : stored.entrySet()) {
                    int d = Long.bitCount(h ^ e.getValue());
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = e.getKey();
                    }
                }
                String found = bestDistance <= maxDistance ? best : null;
                boolean hit = found != null && found.equals(p.copyOf);
                tp += hit ? 1 : 0;
                fp += found != null && !hit ? 1 : 0;
                fn += p.copyOf != null && !hit ? 1 : 0;
                if (found != null && !hit || p.copyOf != null && !hit) {
                    errors.computeIfAbsent(p.kind, k -> new int[1])[0]++;
                }
            }
            StringBuilder kinds = new StringBuilder();
            errors.forEach((k, v) -> kinds.append(k).append('=').append(v[0]).append(' '));
            System.out.printf("hamming <= %2d  precision %.3f  recall %.3f  (tp %d fp %d fn %d)  errors: %s%n",
                    maxDistance, tp + fp == 0 ? 1.0 : (double) tp / (tp + fp), (double) tp / (tp + fn), tp, fp, fn,
                    kinds);
        }
    }

    static long simHash(String text) {
        int[] weights = new int[64];
        for (int shingle : DuplicateDetector.shingles(text)) {
            long h = mix(shingle);
            for (int bit = 0; bit < 64; bit++) {
                weights[bit] += (h >>> bit & 1) == 1 ? 1 : -1;
            }
        }
        long out = 0;
        for (int bit = 0; bit < 64; bit++) {
            out |= weights[bit] > 0 ? 1L << bit : 0;
        }
        return out;
    }

    /** SplitMix64 finaliser: spreads a 32-bit shingle hash over 64 well-mixed bits. */
    private static long mix(int value) {
        long z = value * 0x9E3779B97F4A7C15L;
        z = (z ^ z >>> 30) * 0xBF58476D1CE4E5B9L;
        z = (z ^ z >>> 27) * 0x94D049BB133111EBL;
        return z ^ z >>> 31;
    }
}
