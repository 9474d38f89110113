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
import org.storyline.store.PlacementPace;

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
 *
 * <p>Workers of several processes on one store keep pace with each other ({@link PlacementPace}): the writer
 * waits, briefly, while another worker holds documents published before the one it is about to apply, so that
 * stories form in publish order across the workers as they do in one process.
 */
public final class Batch implements DocumentSink {

    /** Documents applied in one transaction at most. */
    static final int MAX_GROUP = 64;
    /**
     * Longest wait for another worker's older documents ({@link PlacementPace}): then the writer goes on, and does not
     * wait on that worker again until it moves. Long enough for a worker starved of CPU to prepare its document
     * (four workers on two busy cores took over 5 s, and the stories came out as in no single run).
     */
    private static final long PACE_WAIT_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    /** How often a waiting writer looks at the others' progress again. */
    private static final long PACE_POLL_MILLIS = 10;
    /** How often a waiting writer says again what it holds, so that the others see it alive. */
    private static final long PACE_REPORT_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(1);

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
    private final PlacementPace pace;
    /** The others' oldest held time that a wait last ran out on: not waited on again until it moves. */
    private long stalledAt = Long.MIN_VALUE;
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
        this.pace = pipeline.store().pace("worker-" + java.util.UUID.randomUUID());
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
            pace.close();
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
                    pace.holding(PlacementPace.NOTHING);
                    return;
                }
                long allowed = keepPace(next.delivery().publishedAt());
                Prepared first = next.prepared().get();
                if (!(first instanceof Prepared.Ready ready)) {
                    outcomes.accept(single(first));
                    queue.acknowledge(next.delivery());
                    pace.holding(oldestHeld());
                    continue;
                }
                List<Pending> taken = new ArrayList<>(List.of(next));
                List<PreparedDocument> group = new ArrayList<>(List.of(ready.document()));
                for (PreparedDocument more = readyNext(allowed); more != null && group.size() < MAX_GROUP;
                     more = readyNext(allowed)) {
                    taken.add(pending.poll());
                    group.add(more);
                }
                pipeline.apply(group).forEach(outcomes);
                taken.forEach(p -> queue.acknowledge(p.delivery()));
                pace.holding(oldestHeld());
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

    /**
     * Before a document published at {@code publishedAt} is applied: says what this worker holds, then waits (at
     * most {@link #PACE_WAIT_NANOS}) while another worker holds an older document. Returns the others' oldest held
     * time: documents published up to it may join the transaction.
     */
    private long keepPace(long publishedAt) throws InterruptedException {
        pace.holding(Math.min(publishedAt, queue.oldestWaiting()));
        long others = pace.othersOldest();
        if (others >= publishedAt || others == stalledAt) {
            return others == stalledAt ? Long.MAX_VALUE : others;
        }
        long start = System.nanoTime();
        long reported = start;
        while (others < publishedAt) {
            long now = System.nanoTime();
            if (now - start > PACE_WAIT_NANOS) {
                stalledAt = others; // that worker is stalled or far behind: go on, and do not wait on it again
                return Long.MAX_VALUE;
            }
            if (now - reported > PACE_REPORT_NANOS) {
                pace.holding(Math.min(publishedAt, queue.oldestWaiting()));
                reported = now;
            }
            Thread.sleep(PACE_POLL_MILLIS);
            others = pace.othersOldest();
        }
        return others;
    }

    /** The publish time of the oldest document this worker holds and has not applied. */
    private long oldestHeld() {
        Pending head = pending.peek();
        long held = head == null || head == END ? PlacementPace.NOTHING : head.delivery().publishedAt();
        return Math.min(held, queue.oldestWaiting());
    }

    /**
     * The next queued document when it is prepared already, without error, ready to apply and published no later
     * than {@code allowed}; else null.
     */
    private PreparedDocument readyNext(long allowed) {
        Pending next = pending.peek();
        if (next == null || next == END || !next.prepared().isDone() || next.delivery().publishedAt() > allowed
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
