package org.storyline.bench.search;

import java.util.Arrays;

/** Recorded durations and their percentiles, in milliseconds. Not thread-safe: one per measuring thread. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;

    void add(long durationNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = durationNanos;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.nanos[i]);
        }
    }

    int count() {
        return count;
    }

    /** The p-th percentile (0–100) in milliseconds, nearest rank. */
    double percentile(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * count) - 1;
        return sorted[Math.clamp(rank, 0, count - 1)] / 1e6;
    }

    /** "p50 1.23 ms · p99 4.56 ms · max 7.89 ms (n=1000)". */
    String summary() {
        return "p50 %.2f ms · p95 %.2f ms · p99 %.2f ms · max %.2f ms (n=%d)".formatted(percentile(50), percentile(95),
                percentile(99), percentile(100), count);
    }
}
