package org.storyline.queue.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.pipeline.Batch;
import org.storyline.pipeline.DocumentOutcome;
import org.storyline.pipeline.Pipeline;
import org.storyline.source.MadeUpDocuments;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/**
 * kill -9 of a worker process mid-batch: another worker of the group takes over its partitions, and in the end
 * every document is stored once and applied once (counted against the input and the change feed).
 */
class WorkerKillTest {

    private static final int DOCUMENTS = 60;

    @TempDir
    Path dir;

    private KafkaBroker broker;

    @BeforeEach
    void start() {
        broker = KafkaBroker.start();
    }

    @AfterEach
    void stop() {
        broker.close();
    }

    @Test
    void aWorkerKilledMidBatchLosesNothingAndNothingIsAppliedTwice() throws Exception {
        Path data = dir.resolve("data");
        KafkaQueueSettings settings = KafkaQueueSettings.of(broker.bootstrapServers(), "docs", "workers")
                .withPartitions(2).withSessionTimeout(Duration.ofSeconds(3)).withAckGrace(Duration.ofSeconds(2));
        try (ArticleStore store = SqliteArticleStore.open(data);
                KafkaDocumentQueue reader = KafkaDocumentQueue.open(settings)) {
            Process worker = startWorker(settings, data);
            Path log = dir.resolve("worker.log");
            for (int round = 0; round < 600 && !Files.readString(log).contains("worker: taking documents"); round++) {
                Thread.sleep(100); // the JVM starts and opens the store
            }
            Thread.sleep(2000); // and joins the group
            Thread publishing = new Thread(() -> {
                for (int i = 0; i < DOCUMENTS; i++) {
                    reader.publish(MadeUpDocuments.document(i));
                    pause(50); // a stream, so the worker applies it in small batches and the kill lands inside
                }
            }, "test-reader");
            publishing.start();
            try {
                for (int round = 0; round < 1200 && store.counts().documents() < DOCUMENTS / 4; round++) {
                    Thread.sleep(100);
                }
            } finally {
                worker.destroyForcibly(); // SIGKILL: no shutdown hook, no commit, no leaving the group
                worker.waitFor();
            }
            publishing.join();
            int storedByTheKilled = store.counts().documents();
            assertThat(storedByTheKilled).as("the kill came mid-stream").isBetween(DOCUMENTS / 4, DOCUMENTS - 1);

            List<DocumentOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
            KafkaDocumentQueue survivor = KafkaDocumentQueue.open(settings);
            try (Batch batch = Pipeline.open(store).batch(survivor, 2, outcomes::add)) {
                for (int round = 0; round < 1200 && store.counts().documents() < DOCUMENTS; round++) {
                    Thread.sleep(100);
                }
            }
            assertThat(survivor.awaitStopped(Duration.ofSeconds(30))).isTrue();

            assertThat(store.counts().documents()).isEqualTo(DOCUMENTS);
            assertThat(store.counts().articles()).isEqualTo(DOCUMENTS);
            assertThat(store.changesAfter(0, store.lastChange())).filteredOn(c -> c.kind().equals("article"))
                    .hasSize(DOCUMENTS).extracting(ArticleStore.Change::subject).doesNotHaveDuplicates();
            assertThat(outcomes).filteredOn(o -> o.status() == DocumentOutcome.Status.INGESTED)
                    .hasSize(DOCUMENTS - storedByTheKilled);
            assertThat(outcomes).allMatch(o -> o.status() == DocumentOutcome.Status.INGESTED
                    || o.status() == DocumentOutcome.Status.UNCHANGED);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Process startWorker(KafkaQueueSettings settings, Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx512m",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                WorkerProcess.class.getName(), settings.bootstrapServers(), settings.topic(), settings.group(),
                data.toString());
        File log = dir.resolve("worker.log").toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }
}
