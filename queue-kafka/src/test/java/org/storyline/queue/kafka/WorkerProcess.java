package org.storyline.queue.kafka;

import java.nio.file.Path;
import java.time.Duration;
import org.storyline.pipeline.Batch;
import org.storyline.pipeline.Pipeline;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/**
 * A worker in a process of its own, for {@link WorkerKillTest} to kill: the pipeline over a store, taking from the
 * queue until the process dies. Each outcome takes a moment after its transaction committed and before it is
 * acknowledged, so a kill lands between a store commit and an offset commit, the case at-least-once has to survive.
 *
 * <p>Arguments: bootstrap servers, topic, group, data directory.
 */
public final class WorkerProcess {

    private WorkerProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        KafkaQueueSettings settings = KafkaQueueSettings.of(args[0], args[1], args[2]).withPartitions(2)
                .withSessionTimeout(Duration.ofSeconds(3));
        ArticleStore store = SqliteArticleStore.open(Path.of(args[3]));
        KafkaDocumentQueue queue = KafkaDocumentQueue.open(settings);
        Batch batch = Pipeline.open(store).batch(queue, 1, outcome -> pause());
        System.out.println("worker: taking documents");
        Thread.sleep(Long.MAX_VALUE); // until killed; the batch is never closed
        batch.close();
    }

    private static void pause() {
        try {
            Thread.sleep(40);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
