package org.storyline.cluster;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * A sparse vector over term ids, sorted by id, in two primitive arrays: a story keeps a few of these,
 * so at millions of articles boxed maps would cost several times more.
 */
final class SparseVector {

    static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    final int[] terms;
    final float[] weights;

    private SparseVector(int[] terms, float[] weights) {
        this.terms = terms;
        this.weights = weights;
    }

    /** A vector from unsorted parallel arrays (ids distinct). */
    static SparseVector of(int[] terms, double[] weights) {
        Integer[] order = new Integer[terms.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(terms[a], terms[b]));
        int[] t = new int[terms.length];
        float[] w = new float[terms.length];
        for (int i = 0; i < order.length; i++) {
            t[i] = terms[order[i]];
            w[i] = (float) weights[order[i]];
        }
        return new SparseVector(t, w);
    }

    int size() {
        return terms.length;
    }

    double dot(SparseVector other) {
        double sum = 0;
        for (int i = 0, j = 0; i < terms.length && j < other.terms.length; ) {
            int c = Integer.compare(terms[i], other.terms[j]);
            if (c == 0) {
                sum += (double) weights[i++] * other.weights[j++];
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /** This vector scaled to unit length (or itself when zero). */
    SparseVector normalised() {
        double norm = 0;
        for (float w : weights) {
            norm += (double) w * w;
        }
        return norm == 0 ? this : scaled(1 / Math.sqrt(norm));
    }

    SparseVector scaled(double factor) {
        float[] w = new float[weights.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (weights[i] * factor);
        }
        return new SparseVector(terms, w);
    }

    /** {@code this + factor * other}. */
    SparseVector plus(SparseVector other, double factor) {
        int[] t = new int[terms.length + other.terms.length];
        float[] w = new float[t.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < terms.length || j < other.terms.length) {
            int c = i == terms.length ? 1 : j == other.terms.length ? -1 : Integer.compare(terms[i], other.terms[j]);
            t[n] = c <= 0 ? terms[i] : other.terms[j];
            w[n++] = (float) ((c <= 0 ? weights[i++] : 0) + (c >= 0 ? factor * other.weights[j++] : 0));
        }
        return new SparseVector(Arrays.copyOf(t, n), Arrays.copyOf(w, n));
    }

    /** The {@code k} heaviest entries (ties to the lower id), still sorted by id. */
    SparseVector top(int k) {
        return terms.length <= k ? this : top(k, term -> true);
    }

    /** The {@code k} heaviest entries whose term passes {@code eligible}, still sorted by id. */
    SparseVector top(int k, IntPredicate eligible) {
        Integer[] order = new Integer[terms.length];
        int n = 0;
        for (int i = 0; i < terms.length; i++) {
            if (eligible.test(terms[i])) {
                order[n++] = i;
            }
        }
        Arrays.sort(order, 0, n, (a, b) -> weights[a] != weights[b] ? Float.compare(weights[b], weights[a])
                : Integer.compare(terms[a], terms[b]));
        k = Math.min(k, n);
        int[] keep = new int[k];
        for (int i = 0; i < k; i++) {
            keep[i] = order[i];
        }
        Arrays.sort(keep);
        int[] t = new int[k];
        float[] w = new float[k];
        for (int i = 0; i < k; i++) {
            t[i] = terms[keep[i]];
            w[i] = weights[keep[i]];
        }
        return new SparseVector(t, w);
    }

    /** Sum of the weights. */
    double sum() {
        double total = 0;
        for (float w : weights) {
            total += w;
        }
        return total;
    }

    /** The share of this vector's weight on terms {@code other} also holds (0 when this is empty). */
    double coverage(SparseVector other) {
        double shared = 0;
        for (int i = 0, j = 0; i < terms.length && j < other.terms.length; ) {
            int c = Integer.compare(terms[i], other.terms[j]);
            if (c == 0) {
                shared += weights[i++];
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        double total = sum();
        return total == 0 ? 0 : shared / total;
    }
}
