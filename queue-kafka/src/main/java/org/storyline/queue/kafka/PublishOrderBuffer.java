package org.storyline.queue.kafka;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;
import org.storyline.pipeline.DocumentQueue.Delivery;

/**
 * The deliveries fetched and not yet taken, handed out oldest published first whichever partition they came from.
 * What one poll fetched goes in at once ({@link #addAll}), so a taker never sees half of it: the consumer drains a
 * fetch one partition after another, and a worker given a backlog would otherwise apply one partition's whole
 * share (documents of every date) before the next one's, and form its stories in that shuffled order.
 *
 * <p>Publish time is the record's timestamp, raised to its partition's previous one where a clock went back, so
 * that within a partition the order stays the log's. Ties go to the order of fetching.
 */
final class PublishOrderBuffer {

    /** A delivery waiting, with its publish time. */
    record Waiting(long publishedAt, Delivery delivery) {}

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition added = lock.newCondition();
    private final PriorityQueue<Waiting> waiting = new PriorityQueue<>(
            Comparator.comparingLong(Waiting::publishedAt).thenComparingLong(w -> w.delivery().offset()));

    void addAll(List<Waiting> fetched) {
        if (fetched.isEmpty()) {
            return;
        }
        lock.lock();
        try {
            waiting.addAll(fetched);
            added.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Up to {@code max} deliveries, oldest first; waits up to {@code nanos} when there are none. */
    List<Delivery> take(int max, long nanos) throws InterruptedException {
        lock.lock();
        try {
            long left = nanos;
            while (waiting.isEmpty() && left > 0) {
                left = added.awaitNanos(left);
            }
            List<Delivery> out = new ArrayList<>();
            while (out.size() < max && !waiting.isEmpty()) {
                out.add(waiting.poll().delivery());
            }
            return out;
        } finally {
            lock.unlock();
        }
    }

    /** The publish time of the oldest waiting delivery, or {@code Long.MAX_VALUE} when none waits. */
    long oldest() {
        lock.lock();
        try {
            Waiting first = waiting.peek();
            return first == null ? Long.MAX_VALUE : first.publishedAt();
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    boolean isEmpty() {
        return size() == 0;
    }

    /** How many wait per key (a partition), for the deliveries {@code key} knows. */
    <K> Map<K, Integer> countBy(Function<Delivery, K> key) {
        Map<K, Integer> counts = new HashMap<>();
        lock.lock();
        try {
            for (Waiting w : waiting) {
                K k = key.apply(w.delivery());
                if (k != null) {
                    counts.merge(k, 1, Integer::sum);
                }
            }
        } finally {
            lock.unlock();
        }
        return counts;
    }

    /** Drops the deliveries {@code gone} matches (a partition taken away by a rebalance). */
    void removeIf(Predicate<Delivery> gone) {
        lock.lock();
        try {
            waiting.removeIf(w -> gone.test(w.delivery()));
        } finally {
            lock.unlock();
        }
    }
}
