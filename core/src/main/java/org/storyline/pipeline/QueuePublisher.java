package org.storyline.pipeline;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.storyline.source.ReadResult;

/**
 * Puts read documents on a shared {@link DocumentQueue} for worker processes ({@code storyline worker}) to run
 * the pipeline on; nothing is stored by this process. A publish returns once the queue holds the document
 * durably, so what was published before a crash is not lost.
 */
public final class QueuePublisher implements DocumentSink {

    private final DocumentQueue queue;
    private final AtomicInteger published = new AtomicInteger();

    public QueuePublisher(DocumentQueue queue) {
        this.queue = queue;
    }

    @Override
    public void submit(Supplier<ReadResult> read) {
        queue.publish(read.get());
        published.incrementAndGet();
    }

    /** Documents published so far (failed reads included: a worker records them as problems). */
    public int published() {
        return published.get();
    }

    /** The queue stays open for the caller to close: it may publish more. */
    @Override
    public void close() {
    }
}
