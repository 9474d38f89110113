package org.storyline.pipeline;

import java.util.function.Supplier;
import org.storyline.source.ReadResult;

/**
 * Where a reader hands read documents: a local {@link Batch} that runs the pipeline on them, or a
 * {@link QueuePublisher} that puts them on a shared queue for worker processes. Readers (the CLI's ingest) do
 * not know which.
 */
public interface DocumentSink extends AutoCloseable {

    /** Reads one input (on the caller's thread) and hands it on. */
    void submit(Supplier<ReadResult> read);

    /** Waits until everything submitted is handed on (stored, or durably queued). */
    @Override
    void close();
}
