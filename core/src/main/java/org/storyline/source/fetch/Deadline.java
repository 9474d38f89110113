package org.storyline.source.fetch;

import java.time.Duration;

/** The moment one fetch must be over, on the monotonic clock so wall-clock jumps do not matter. */
final class Deadline {

    private final long endNanos;
    private final Duration total;

    private Deadline(long endNanos, Duration total) {
        this.endNanos = endNanos;
        this.total = total;
    }

    static Deadline after(Duration total) {
        return new Deadline(System.nanoTime() + total.toNanos(), total);
    }

    /** Milliseconds left, at least 1 while time remains; throws TIMEOUT once it is over. */
    int remainingMillis(String during) throws FetchProblem {
        long left = (endNanos - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw expired(during);
        }
        return (int) Math.min(left, Integer.MAX_VALUE);
    }

    FetchProblem expired(String during) {
        return new FetchProblem(FailureKind.TIMEOUT, "no complete response within the %d s deadline (%s)"
                .formatted(total.toSeconds(), during));
    }
}
