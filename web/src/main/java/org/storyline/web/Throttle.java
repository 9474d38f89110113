package org.storyline.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits attempts in a sliding window, per key (a name being tried, a client address, an account). For sign-in the
 * same limit holds for names that exist and names that do not, so being throttled says nothing about whether an
 * account exists.
 *
 * <pre>{@code
 * Throttle perName = new Throttle(5, Duration.ofMinutes(15));
 * if (!perName.allows("anna", now)) { ... 429 ... }
 * perName.count("anna", now);
 * }</pre>
 */
final class Throttle {

    /** Keys kept at most; beyond it, windows that have run out are dropped (and, if that is not enough, all). */
    private static final int MAX_KEYS = 50_000;

    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    Throttle(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** Whether another attempt for {@code key} may be tried now. */
    boolean allows(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return true;
        }
        synchronized (times) {
            prune(times, now);
            return times.size() < limit;
        }
    }

    /** How many attempts {@code key} has in the window now. */
    int attempts(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times, now);
            return times.size();
        }
    }

    /** Counts an attempt (a failed sign-in, a sign-up). */
    void count(String key, Instant now) {
        if (failures.size() >= MAX_KEYS) {
            failures.values().removeIf(times -> {
                synchronized (times) {
                    prune(times, now);
                    return times.isEmpty();
                }
            });
            if (failures.size() >= MAX_KEYS) {
                failures.clear();
            }
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    /** Forgets the failures of {@code key} (after a successful sign-in). */
    void reset(String key) {
        failures.remove(key);
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
    }
}
