package org.storyline.cluster;

import java.util.List;

/**
 * Finds where a story drifted into another: the chronological cut of its members whose two halves are
 * least alike. A story's centre follows its latest reporting, so a run of articles can walk it from one
 * subject to another (a plane crash, then a trade dispute); once the early and the late articles no
 * longer belong together by the clusterer's own measure, the late ones are a story of their own.
 *
 * <p>The similarity of the halves is the clusterer's own score between their mean vectors: TF-IDF cosine,
 * mixed with the dense cosine when there is a dense signal. A cut needs {@link #MIN_PART} articles on
 * each side so that one odd article never splits a story (it would not have joined it in the first place).
 */
final class DriftCheck {

    /**
     * Halves less alike than this are two stories. Well below the merge threshold (0.42), so that two halves
     * just split never merge back; measured on the seeds and Google News (bench ClusterBench quality).
     */
    static final double SPLIT_BELOW = 0.2;

    /** Articles each side of a cut needs. */
    static final int MIN_PART = 3;

    /** A cut: members [0, at) stay, [at, n) leave; {@code similarity} of the two halves. */
    record Cut(int at, double similarity) {
    }

    private DriftCheck() {
    }

    /** The members that leave at the weakest cut, when its halves are less similar than {@link #SPLIT_BELOW}; else null. */
    static boolean[] leaves(List<SparseVector> vectors, List<float[]> dense, double denseWeight) {
        Cut cut = weakest(vectors, dense, denseWeight);
        if (cut == null || cut.similarity() >= SPLIT_BELOW) {
            return null;
        }
        boolean[] leaves = new boolean[vectors.size()];
        java.util.Arrays.fill(leaves, cut.at(), leaves.length, true);
        return leaves;
    }

    /**
     * The cut with the least similar halves, or null when the story is too small to cut.
     *
     * @param vectors     the members' unit TF-IDF vectors, oldest first
     * @param dense       the members' unit dense vectors (entries may be null), or null without a dense signal
     * @param denseWeight the dense signal's share of the score
     */
    static Cut weakest(List<SparseVector> vectors, List<float[]> dense, double denseWeight) {
        int n = vectors.size();
        if (n < 2 * MIN_PART) {
            return null;
        }
        // Running sums from both ends, so every cut costs one comparison.
        SparseVector[] head = new SparseVector[n + 1];
        SparseVector[] tail = new SparseVector[n + 1];
        float[][] denseHead = new float[n + 1][];
        float[][] denseTail = new float[n + 1][];
        head[0] = SparseVector.EMPTY;
        tail[n] = SparseVector.EMPTY;
        for (int i = 0; i < n; i++) {
            head[i + 1] = head[i].plus(vectors.get(i), 1);
            tail[n - i - 1] = tail[n - i].plus(vectors.get(n - i - 1), 1);
            if (dense != null) {
                denseHead[i + 1] = plus(denseHead[i], dense.get(i));
                denseTail[n - i - 1] = plus(denseTail[n - i], dense.get(n - i - 1));
            }
        }
        Cut best = null;
        for (int at = MIN_PART; at <= n - MIN_PART; at++) {
            double similarity = head[at].normalised().dot(tail[at].normalised());
            if (dense != null && denseWeight > 0) {
                similarity = (1 - denseWeight) * similarity + denseWeight * cosine(denseHead[at], denseTail[at]);
            }
            if (best == null || similarity < best.similarity()) {
                best = new Cut(at, similarity);
            }
        }
        return best;
    }

    private static float[] plus(float[] sum, float[] v) {
        if (v == null) {
            return sum;
        }
        float[] out = sum == null ? new float[v.length] : sum.clone();
        for (int i = 0; i < v.length; i++) {
            out[i] += v[i];
        }
        return out;
    }

    private static double cosine(float[] a, float[] b) {
        if (a == null || b == null) {
            return 0;
        }
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
