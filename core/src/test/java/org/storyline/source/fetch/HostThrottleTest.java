package org.storyline.source.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Politeness on a fake clock: sleeping advances it, so nothing here waits for real time. */
class HostThrottleTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final List<Duration> sleeps = new ArrayList<>();
    private final HostThrottle throttle = new HostThrottle(2, Duration.ofSeconds(1), now::get, d -> {
        synchronized (sleeps) {
            sleeps.add(d);
        }
        now.addAndGet(d.toNanos());
    });

    @Test
    void requestsToOneHostAreSpacedByTheMinimumInterval() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            throttle.acquire("feeds.example").close();
        }
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void noWaitOnceTheIntervalHasPassed() throws InterruptedException {
        throttle.acquire("a.example").close();
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        throttle.acquire("a.example").close();
        assertThat(sleeps).isEmpty();
    }

    @Test
    void hostsAreIndependentAndCaseInsensitive() throws InterruptedException {
        throttle.acquire("a.example").close();
        throttle.acquire("b.example").close();
        throttle.acquire("A.EXAMPLE").close();
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void atMostTwoConnectionsPerHost() throws InterruptedException {
        HostThrottle.Permit first = throttle.acquire("busy.example");
        HostThrottle.Permit second = throttle.acquire("busy.example");
        now.addAndGet(Duration.ofSeconds(10).toNanos());

        assertThat(throttle.tryAcquire("busy.example")).isEmpty();
        assertThat(throttle.tryAcquire("other.example")).isPresent();

        CountDownLatch third = new CountDownLatch(1);
        Thread waiter = Thread.ofVirtual().start(() -> {
            try (HostThrottle.Permit p = throttle.acquire("busy.example")) {
                third.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(third.getCount()).isEqualTo(1);
        first.close();
        assertThat(third.await(10, TimeUnit.SECONDS)).isTrue();
        waiter.join();
        second.close();
    }

    @Test
    void tryAcquireRefusesBeforeTheIntervalAndClosingTwiceFreesOnce() throws InterruptedException {
        HostThrottle.Permit p = throttle.tryAcquire("x.example").orElseThrow();
        assertThat(throttle.tryAcquire("x.example")).isEmpty(); // a slot is free, but it is too soon
        p.close();
        p.close();
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        HostThrottle.Permit a = throttle.tryAcquire("x.example").orElseThrow();
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        HostThrottle.Permit b = throttle.tryAcquire("x.example").orElseThrow();
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(throttle.tryAcquire("x.example")).isEmpty(); // two held: the double close did not add a slot
        a.close();
        b.close();
    }
}
