package org.storyline.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.storyline.source.ReadResult;
import org.storyline.source.SourceFailure;

/**
 * Both cores: documents are read and prepared (extracted, embedded, their entities and quotes found) by worker
 * threads, and decided and applied by one writer thread in the order they were submitted, several ready documents
 * to a transaction. The results are exactly those of {@link Pipeline#ingest} called for each document in turn:
 * preparation is pure, and every decision is taken in input order against the decisions before it.
 *
 * <pre>{@code
 * try (Batch batch = pipeline.batch(2, outcome -> summary.add(outcome))) {
 *     for (Path file : files) {
 *         batch.submit(() -> reader.read(file));
 *     }
 * }   // close waits for every document, then makes the search index durable
 * }</pre>
 *
 * <p>Documents pass through a {@link DocumentQueue} (in memory by default; acknowledged once applied), so the same
 * consumer can take them from a distributed queue. Memory is bounded: the queue's capacity plus
 * {@code 4 × workers + }{@value #MAX_GROUP} documents are in flight; {@link #submit} waits when the writer is behind. A document already ingested (same content hash) is recognised before it is
 * prepared. When the store fails (a full disk), {@link #submit} and {@link #close} throw with the cause, and
 * documents not yet applied are not recorded as ingested, so running the same input again completes it.
 */
public final class Batch implements DocumentSink {

    /** Documents applied in one transaction at most. */
    static final int MAX_GROUP = 64;

    /** What a worker made of one input. */
    private sealed interface Prepared {
        record Ready(PreparedDocument document) implements Prepared {}
        record Known(String origin) implements Prepared {}
        record Rejected(SourceFailure failure) implements Prepared {}
    }

    /** A delivery being prepared. */
    private record Pending(DocumentQueue.Delivery delivery, Future<Prepared> prepared) {}

    private static final Pending END = new Pending(null, CompletableFuture.completedFuture(null));

    private final Pipeline pipeline;
    private final DocumentQueue queue;
    private final Consumer<DocumentOutcome> outcomes;
    private final ExecutorService workers;
    private final BlockingQueue<Pending> pending;
    private final Thread dispatcher;
    private final Thread writer;
    private volatile RuntimeException broken;
    private volatile boolean closed;

    Batch(Pipeline pipeline, DocumentQueue queue, int workers, Consumer<DocumentOutcome> outcomes) {
        int threads = Math.max(1, workers);
        this.pipeline = pipeline;
        this.queue = queue;
        this.outcomes = outcomes;
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "storyline-prepare");
            t.setDaemon(true);
            return t;
        });
        this.pending = new ArrayBlockingQueue<>(4 * threads + MAX_GROUP);
        this.dispatcher = new Thread(this::dispatch, "storyline-dispatch");
        this.dispatcher.setDaemon(true);
        this.writer = new Thread(this::write, "storyline-apply");
        this.writer.setDaemon(true);
        this.dispatcher.start();
        this.writer.start();
    }

    /** Reads one input (on the caller's thread) and queues it; waits while too many documents are in flight. */
    @Override
    public void submit(java.util.function.Supplier<ReadResult> read) {
        if (closed) {
            throw new IllegalStateException("pipeline: batch closed");
        }
        failIfBroken();
        ReadResult input = read.get();
        try {
            queue.publish(input);
        } catch (IllegalStateException e) {
            failIfBroken(); // the queue closed because the writer failed: say why
            throw e;
        }
    }

    /** Takes deliveries from the queue in order and starts their preparation on the workers. */
    private void dispatch() {
        try {
            while (true) {
                List<DocumentQueue.Delivery> deliveries = queue.poll(MAX_GROUP, java.time.Duration.ofMillis(100));
                if (deliveries.isEmpty() && closed) {
                    pending.put(END);
                    return;
                }
                for (DocumentQueue.Delivery d : deliveries) {
                    pending.put(new Pending(d, workers.submit(() -> prepare(d.input()))));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            broken = e;
        }
    }

    /** Waits until every submitted document is applied, then makes the search index durable. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        queue.close();
        try {
            writer.join();
            dispatcher.interrupt();
            dispatcher.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            workers.shutdownNow();
        }
        failIfBroken();
        pipeline.flush();
    }

    private Prepared prepare(ReadResult read) {
        return switch (read) {
            case ReadResult.Failed failed -> new Prepared.Rejected(failed.failure());
            case ReadResult.Read r when pipeline.knows(r.contentHash()) -> new Prepared.Known(r.document().origin());
            case ReadResult.Read r -> new Prepared.Ready(pipeline.prepare(r.document(), r.contentHash()));
        };
    }

    /** The writer: takes prepared documents in submission order and applies ready runs of them together. */
    private void write() {
        try {
            while (true) {
                Pending next = pending.take();
                if (next == END) {
                    return;
                }
                Prepared first = next.prepared().get();
                if (!(first instanceof Prepared.Ready ready)) {
                    outcomes.accept(single(first));
                    queue.acknowledge(next.delivery());
                    continue;
                }
                List<Pending> taken = new ArrayList<>(List.of(next));
                List<PreparedDocument> group = new ArrayList<>(List.of(ready.document()));
                for (PreparedDocument more = readyNext(); more != null && group.size() < MAX_GROUP; more = readyNext()) {
                    taken.add(pending.poll());
                    group.add(more);
                }
                pipeline.apply(group).forEach(outcomes);
                taken.forEach(p -> queue.acknowledge(p.delivery()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            broken = new IllegalStateException("pipeline: interrupted");
        } catch (ExecutionException e) {
            broken = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (RuntimeException e) {
            broken = e;
        }
        queue.close();
        dispatcher.interrupt();
        pending.clear(); // unblock the dispatcher; submitters see the failure
    }

    /** The next queued document when it is prepared already, without error, and ready to apply; else null. */
    private PreparedDocument readyNext() {
        Pending next = pending.peek();
        if (next == null || next == END || !next.prepared().isDone()
                || next.prepared().state() != Future.State.SUCCESS) {
            return null;
        }
        return next.prepared().resultNow() instanceof Prepared.Ready ready ? ready.document() : null;
    }

    private DocumentOutcome single(Prepared prepared) {
        return switch (prepared) {
            case Prepared.Known known -> new DocumentOutcome(known.origin(), DocumentOutcome.Status.UNCHANGED, 0, 0, 0,
                    null);
            case Prepared.Rejected rejected -> pipeline.reject(rejected.failure());
            case Prepared.Ready ready -> throw new IllegalStateException("pipeline: a ready document is applied");
        };
    }

    private void failIfBroken() {
        RuntimeException failure = broken;
        if (failure != null) {
            throw failure;
        }
    }
}
