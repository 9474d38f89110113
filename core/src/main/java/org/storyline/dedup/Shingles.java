package org.storyline.dedup;

import java.util.Arrays;
import java.util.List;
import org.storyline.text.Words;

/**
 * The hashed word 5-shingles of a text, as a sorted array of distinct 32-bit values.
 *
 * <p>Hashes are mixed so that their order is a uniform random permutation of the shingles: the smallest k
 * of them are then a fair sample (a bottom-k MinHash sketch), which {@link MinHashSketch} relies on.
 * 32 bits suffice because a collision only adds one spurious shared shingle among hundreds.
 */
final class Shingles {

    static final int WORDS = 5;

    private Shingles() {
    }

    /** Distinct shingle hashes of {@code text}, ascending. Empty for texts under five words. */
    static int[] of(String text) {
        List<String> words = Words.of(text);
        int n = words.size() - WORDS + 1;
        if (n <= 0) {
            return new int[0];
        }
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = mix(words.get(i).hashCode());
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < i + WORDS; j++) {
                h = mix(h * 31 + wordHashes[j]);
            }
            out[i] = (int) (h >>> 32);
        }
        Arrays.sort(out);
        return distinct(out);
    }

    /** Number of values of {@code sample} found in the sorted array {@code all}. */
    static int sharedCount(int[] sample, int from, int length, int[] all) {
        int shared = 0;
        for (int i = from; i < from + length; i++) {
            if (Arrays.binarySearch(all, sample[i]) >= 0) {
                shared++;
            }
        }
        return shared;
    }

    private static int[] distinct(int[] sorted) {
        int w = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (w == 0 || sorted[w - 1] != sorted[i]) {
                sorted[w++] = sorted[i];
            }
        }
        return w == sorted.length ? sorted : Arrays.copyOf(sorted, w);
    }

    /** SplitMix64 finaliser: spreads similar inputs over all 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
