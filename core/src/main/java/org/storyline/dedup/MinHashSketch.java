package org.storyline.dedup;

/**
 * Containment estimated from a bottom-k MinHash sketch: the k smallest shingle hashes of a stored text
 * are a uniform sample of its shingles, so the share of them found in a probe's full shingle set
 * estimates how much of the stored text the probe repeats.
 *
 * <p>Why bottom-k and not k independent minima with LSH bands: banding finds pairs of high Jaccard
 * similarity, and a copy trimmed to a third of the original has Jaccard about 0.3 while its containment
 * is 1. Sampled shingles keep containment measurable whatever the length ratio. When the stored text has
 * no more than k shingles, the sketch is the whole set and the estimate is exact.
 */
final class MinHashSketch {

    private MinHashSketch() {
    }

    /**
     * Estimated share of the smaller text's shingles that occur in the other, 0..1.
     *
     * @param probe       all shingle hashes of the probe, ascending
     * @param pool        array holding the stored text's sketch
     * @param from        start of the sketch in {@code pool}
     * @param length      sketch length (min of k and stored shingle count)
     * @param storedCount number of distinct shingles of the stored text
     */
    static double containment(int[] probe, int[] pool, int from, int length, int storedCount) {
        if (length == 0 || probe.length == 0) {
            return 0;
        }
        double sharedShareOfStored = (double) Shingles.sharedCount(pool, from, length, probe) / length;
        double shared = sharedShareOfStored * storedCount;
        return Math.min(1.0, shared / Math.min(probe.length, storedCount));
    }

    /** Exact containment of the smaller sorted set in the larger, 0..1. */
    static double containment(int[] a, int[] b) {
        int[] small = a.length <= b.length ? a : b;
        int[] large = small == a ? b : a;
        if (small.length == 0) {
            return 0;
        }
        return (double) Shingles.sharedCount(small, 0, small.length, large) / small.length;
    }
}
