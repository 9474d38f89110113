package org.storyline.pipeline;

import java.time.Duration;
import java.util.List;
import org.storyline.source.ReadResult;

/**
 * Where read documents wait for the pipeline: readers publish, a {@link Batch} (or a worker process) takes them
 * in order and acknowledges each once it is applied. The embedded default is {@link InMemoryDocumentQueue}; a
 * distributed one (Kafka: records keyed by content hash, consumer groups, offsets committed on acknowledge) is
 * the seam for running the pipeline on several machines.
 *
 * <p>Contract (checked by {@code DocumentQueueContract} for every implementation): deliveries come in publish
 * order; a poll returns at most {@code max} and waits at most {@code wait} when there is none; an acknowledged
 * delivery is never delivered again; after {@link #close} publishing fails and polls return what was published
 * before, then nothing.
 */
public interface DocumentQueue extends AutoCloseable {

    /**
     * One queued input, its place in the queue and when it was published (milliseconds since the epoch, as the
     * queue stamped it; {@link Long#MIN_VALUE} when the queue keeps no time).
     */
    record Delivery(long offset, ReadResult input, long publishedAt) {

        public Delivery(long offset, ReadResult input) {
            this(offset, input, Long.MIN_VALUE);
        }
    }

    /** Queues a read document (or a read that failed, to be recorded); waits while the queue is full. */
    void publish(ReadResult input);

    /** The next deliveries in order, at most {@code max}; waits up to {@code wait} for the first. */
    List<Delivery> poll(int max, Duration wait);

    /** The delivery was applied: it is never delivered again. */
    void acknowledge(Delivery delivery);

    /** Stops the queue: no more publishing; pollers get what is left, then nothing. */
    @Override
    void close();

    /**
     * When the oldest delivery this process has fetched and not handed out yet was published, or
     * {@link org.storyline.store.PlacementPace#NOTHING}; a queue that keeps no time has none.
     */
    default long oldestWaiting() {
        return org.storyline.store.PlacementPace.NOTHING;
    }
}
