package org.storyline.source.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.LongSupplier;

/**
 * Politeness per host: at most {@code maxConcurrent} fetches at once and at least {@code minInterval} between
 * the starts of two fetches to the same host. Start times are reserved in arrival order, so concurrent callers
 * spread out instead of all waking together. Time comes from an injected clock and sleeper so tests need no
 * wall clock.
 *
 * <pre>{@code
 * try (HostThrottle.Permit permit = throttle.acquire(url.getHost())) {
 *     result = fetcher.fetch(url, validators);
 * }
 * }</pre>
 */
public final class HostThrottle {

    /** Waits; the real one is {@code Thread::sleep}, tests advance a fake clock instead. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final int maxConcurrent;
    private final long minIntervalNanos;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private final Map<String, HostState> hosts = new ConcurrentHashMap<>();

    public HostThrottle(int maxConcurrent, Duration minInterval, LongSupplier nanoClock, Sleeper sleeper) {
        if (maxConcurrent < 1 || minInterval.isNegative()) {
            throw new IllegalArgumentException("fetch: throttle needs at least 1 connection and a positive interval");
        }
        this.maxConcurrent = maxConcurrent;
        this.minIntervalNanos = minInterval.toNanos();
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
    }

    /** Two connections per host, one second apart, on the real clock. */
    public static HostThrottle standard() {
        return new HostThrottle(2, Duration.ofSeconds(1), System::nanoTime, Thread::sleep);
    }

    /** Waits for a free slot for {@code host} and for its turn, then holds the slot until the permit is closed. */
    public Permit acquire(String host) throws InterruptedException {
        HostState state = state(host);
        state.slots.acquire();
        try {
            long wait = state.reserveStart(nanoClock.getAsLong(), minIntervalNanos);
            if (wait > 0) {
                sleeper.sleep(Duration.ofNanos(wait));
            }
            return new Permit(state);
        } catch (InterruptedException | RuntimeException e) {
            state.slots.release();
            throw e;
        }
    }

    /** A permit only when a slot is free and no wait is needed right now; never blocks. */
    public Optional<Permit> tryAcquire(String host) {
        HostState state = state(host);
        if (!state.slots.tryAcquire()) {
            return Optional.empty();
        }
        if (!state.tryStartNow(nanoClock.getAsLong(), minIntervalNanos)) {
            state.slots.release();
            return Optional.empty();
        }
        return Optional.of(new Permit(state));
    }

    private HostState state(String host) {
        return hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new HostState(maxConcurrent));
    }

    /** A held slot for one host; closing it (once) frees the slot. */
    public static final class Permit implements AutoCloseable {
        private final HostState state;
        private boolean closed;

        private Permit(HostState state) {
            this.state = state;
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                state.slots.release();
            }
        }
    }

    private static final class HostState {
        final Semaphore slots;
        private long nextStart = Long.MIN_VALUE;

        HostState(int slots) {
            this.slots = new Semaphore(slots, true);
        }

        /** Reserves the next start time at or after {@code now}; returns how long to wait for it. */
        synchronized long reserveStart(long now, long interval) {
            long start = nextStart == Long.MIN_VALUE ? now : Math.max(now, nextStart);
            nextStart = start + interval;
            return start - now;
        }

        synchronized boolean tryStartNow(long now, long interval) {
            if (nextStart != Long.MIN_VALUE && nextStart > now) {
                return false;
            }
            nextStart = now + interval;
            return true;
        }
    }
}
