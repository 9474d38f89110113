package org.storyline.app;

import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.storyline.config.StorylineConfig;
import org.storyline.pipeline.Batch;
import org.storyline.pipeline.DocumentQueue;
import org.storyline.pipeline.StageTimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code storyline worker}: runs the pipeline on the documents others publish to the shared queue, until stopped.
 * Any number of workers on any number of machines share the queue (one consumer group), the store and the index;
 * story placement stays correct across them because each decides under the store's write lock after taking in
 * what the others committed (see {@code org.storyline.pipeline}).
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Run the pipeline on documents from the shared queue (queue.kind=kafka) until stopped.",
                "Start one per machine (or more); ingest and fetch with the same settings publish to the queue."})
final class WorkerCommand implements Callable<Integer> {

    /** How often a running worker stores its stories' analyses and commits the index. */
    private static final long FLUSH_SECONDS = 5;

    @Mixin
    private CommonOptions common;

    @Option(names = "--threads", paramLabel = "N", description = "Threads preparing documents (default: the cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws InterruptedException {
        StorylineConfig config = common.config();
        if (!config.backends().sharedQueue()) {
            System.err.println("storyline: a worker takes documents from a shared queue: set queue.kind=kafka and"
                    + " queue.bootstrap in the settings file (--config); with the embedded queue, ingest runs the"
                    + " pipeline itself");
            return 2;
        }
        Components components = Components.open(config);
        DocumentQueue queue = Backends.sharedQueue(config).orElseThrow();
        AtomicLong done = new AtomicLong();
        Batch batch = components.pipeline().batch(queue, threads, outcome -> {
            done.incrementAndGet();
            if (outcome.isProblem()) {
                System.err.println("storyline: " + Terminal.safe(outcome.toString()));
            }
        });
        ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor();
        flusher.scheduleWithFixedDelay(() -> {
            try {
                components.pipeline().flush();
            } catch (RuntimeException e) {
                System.err.println("storyline: storing analyses failed, retrying: " + e.getMessage());
            }
        }, FLUSH_SECONDS, FLUSH_SECONDS, TimeUnit.SECONDS);
        System.out.printf("Storyline worker: running the pipeline on %s (group %s) with %d threads (Ctrl-C to stop)%n",
                config.backends().queueTopic(), config.backends().queueGroup(), threads);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            flusher.shutdownNow();
            try {
                batch.close(); // applies what it took, acknowledges it, closes the queue
            } catch (RuntimeException e) {
                System.err.println("storyline: the worker stopped with: " + e.getMessage());
            }
            System.out.println("Storyline worker: stopped after " + done.get() + " documents; "
                    + perDocument(components.pipeline().stageTimes(), done.get()));
            components.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    /** Milliseconds per document by stage, summed over threads: {@code ms per document: extract 12.10, ...}. */
    static String perDocument(StageTimes times, long documents) {
        StringJoiner line = new StringJoiner(", ", "ms per document: ", "");
        times.millis().forEach((stage, ms) -> line.add("%s %.2f".formatted(stage.name().toLowerCase(Locale.ROOT),
                ms / Math.max(1, documents))));
        return line.toString();
    }
}
