package org.storyline.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.storyline.source.ReadResult;

/**
 * The embedded {@link DocumentQueue}: a bounded in-process queue. What is not yet applied when the process dies is
 * gone with it, which loses nothing: the inputs are the user's files and feeds, and a document is recorded as
 * ingested only when it is applied, so running the input again completes it. Deliveries carry the time they were
 * published, so that two processes ingesting into one shared store keep pace with each other
 * ({@link org.storyline.store.PlacementPace}); alone on a store, nobody waits.
 */
public final class InMemoryDocumentQueue implements DocumentQueue {

    private final BlockingQueue<Delivery> queue;
    private final AtomicLong offsets = new AtomicLong();
    private volatile boolean closed;

    /** @param capacity deliveries held at most; {@link #publish} waits beyond it (memory stays bounded) */
    public InMemoryDocumentQueue(int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    @Override
    public synchronized void publish(ReadResult input) {
        if (closed) {
            throw new IllegalStateException("queue: closed");
        }
        Delivery delivery = new Delivery(offsets.incrementAndGet(), input, System.currentTimeMillis());
        try {
            while (!queue.offer(delivery, 100, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    throw new IllegalStateException("queue: closed");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("queue: interrupted while publishing", e);
        }
    }

    @Override
    public List<Delivery> poll(int max, Duration wait) {
        List<Delivery> out = new ArrayList<>();
        if (closed && queue.isEmpty()) {
            return out;
        }
        try {
            Delivery first = queue.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
            if (first != null) {
                out.add(first);
                queue.drainTo(out, max - 1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out;
    }

    @Override
    public void acknowledge(Delivery delivery) {
        // Taken deliveries are gone from memory already; nothing is kept to redeliver.
    }

    @Override
    public long oldestWaiting() {
        Delivery first = queue.peek();
        return first == null ? org.storyline.store.PlacementPace.NOTHING : first.publishedAt();
    }

    /** True when nothing is waiting. */
    public boolean isEmpty() {
        return queue.isEmpty();
    }

    @Override
    public void close() {
        closed = true; // not synchronized: a publisher waiting for room must see it and give up
    }
}
