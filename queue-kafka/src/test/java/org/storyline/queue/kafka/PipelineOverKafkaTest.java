package org.storyline.queue.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.pipeline.Batch;
import org.storyline.pipeline.DocumentOutcome;
import org.storyline.pipeline.DocumentQueue;
import org.storyline.pipeline.Pipeline;
import org.storyline.source.MadeUpDocuments;
import org.storyline.source.ReadResult;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/**
 * The real pipeline taking its documents from Kafka, counted against the input: a broker restart in the middle
 * loses nothing and applies nothing twice, and a redelivery of documents already applied (a worker that died after
 * its transaction committed but before its offsets did) changes nothing in the store.
 */
class PipelineOverKafkaTest {

    private static final int DOCUMENTS = 40;

    @TempDir
    Path dir;

    private KafkaBroker broker;
    private ArticleStore store;

    @BeforeEach
    void start() {
        broker = KafkaBroker.start();
        store = SqliteArticleStore.open(dir.resolve("data"));
    }

    @AfterEach
    void stop() {
        store.close();
        broker.close();
    }

    @Test
    void aBrokerRestartMidStreamLosesNothingAndAppliesNothingTwice() throws Exception {
        KafkaQueueSettings settings = KafkaQueueSettings.of(broker.bootstrapServers(), "docs", "workers")
                .withPartitions(3);
        List<DocumentOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        KafkaDocumentQueue worker = KafkaDocumentQueue.open(settings);
        try (Batch batch = Pipeline.open(store).batch(worker, 2, outcomes::add);
                KafkaDocumentQueue reader = KafkaDocumentQueue.open(settings)) {
            for (int i = 0; i < DOCUMENTS / 2; i++) {
                reader.publish(MadeUpDocuments.document(i));
            }
            awaitCount(outcomes, o -> true, 5);
            broker.restart(); // the worker is applying and committing; the reader has half still to publish
            for (int i = DOCUMENTS / 2; i < DOCUMENTS; i++) {
                reader.publish(MadeUpDocuments.document(i)); // waits for the broker to be back
            }
            awaitCount(outcomes, o -> o.status() == DocumentOutcome.Status.INGESTED, DOCUMENTS);
        }
        assertThat(worker.awaitStopped(Duration.ofSeconds(60))).isTrue();

        assertThat(ingestedOnceEach(outcomes)).isTrue();
        assertThat(store.counts().documents()).isEqualTo(DOCUMENTS);
        assertThat(store.counts().articles()).isEqualTo(DOCUMENTS);
        assertThat(store.counts().problems()).isZero();
        assertThat(nextWorkerGets(settings)).as("every offset was committed after its apply").isEmpty();
    }

    @Test
    void documentsDeliveredAgainAfterTheirApplyChangeNothing() throws Exception {
        KafkaQueueSettings settings = KafkaQueueSettings.of(broker.bootstrapServers(), "docs", "workers")
                .withPartitions(3).withAckGrace(Duration.ofMillis(500));
        try (KafkaDocumentQueue reader = KafkaDocumentQueue.open(settings)) {
            for (int i = 0; i < DOCUMENTS; i++) {
                reader.publish(MadeUpDocuments.document(i));
            }
        }
        List<DocumentOutcome> first = Collections.synchronizedList(new ArrayList<>());
        KafkaDocumentQueue dying = KafkaDocumentQueue.open(settings);
        try (Batch batch = Pipeline.open(store).batch(new AcknowledgementsLost(dying), 2, first::add)) {
            awaitCount(first, o -> o.status() == DocumentOutcome.Status.INGESTED, DOCUMENTS);
        }
        assertThat(dying.awaitStopped(Duration.ofSeconds(30))).isTrue(); // left the group, nothing committed
        ArticleStore.Counts applied = store.counts();

        List<DocumentOutcome> again = Collections.synchronizedList(new ArrayList<>());
        KafkaDocumentQueue next = KafkaDocumentQueue.open(settings);
        try (Batch batch = Pipeline.open(store).batch(next, 2, again::add)) {
            awaitCount(again, o -> true, DOCUMENTS);
        }
        assertThat(next.awaitStopped(Duration.ofSeconds(30))).isTrue();
        assertThat(again).hasSize(DOCUMENTS).allMatch(o -> o.status() == DocumentOutcome.Status.UNCHANGED);
        assertThat(store.counts()).isEqualTo(applied);
        assertThat(applied.documents()).isEqualTo(DOCUMENTS);
        assertThat(nextWorkerGets(settings)).isEmpty();
    }

    /** True when every input document was ingested exactly once (redeliveries show as UNCHANGED). */
    private static boolean ingestedOnceEach(List<DocumentOutcome> outcomes) {
        Map<String, Long> ingested = outcomes.stream().filter(o -> o.status() == DocumentOutcome.Status.INGESTED)
                .collect(Collectors.groupingBy(DocumentOutcome::origin, Collectors.counting()));
        return ingested.size() == DOCUMENTS && ingested.values().stream().allMatch(n -> n == 1);
    }

    /** What a new worker of the group is given within a second: nothing, once every offset is committed. */
    private static List<ReadResult> nextWorkerGets(KafkaQueueSettings settings) throws InterruptedException {
        KafkaDocumentQueue probe = KafkaDocumentQueue.open(settings);
        List<ReadResult> got = new ArrayList<>();
        for (int round = 0; round < 100 && probe.partitionsHeld() < settings.partitions(); round++) {
            Thread.sleep(50);
        }
        probe.poll(100, Duration.ofSeconds(1)).forEach(d -> got.add(d.input()));
        probe.close();
        probe.awaitStopped(Duration.ofSeconds(30));
        return got;
    }

    /** Waits (bounded, so a lost document fails the test instead of hanging it) until enough outcomes match. */
    private static void awaitCount(List<DocumentOutcome> outcomes, Predicate<DocumentOutcome> which, int count)
            throws InterruptedException {
        for (int round = 0; round < 1200 && count(outcomes, which) < count; round++) {
            Thread.sleep(100);
        }
        assertThat(count(outcomes, which)).isGreaterThanOrEqualTo(count);
    }

    private static long count(List<DocumentOutcome> outcomes, Predicate<DocumentOutcome> which) {
        synchronized (outcomes) {
            return outcomes.stream().filter(which).count();
        }
    }

    /** A worker killed after its transactions committed and before its offsets did: no acknowledgement arrives. */
    private record AcknowledgementsLost(DocumentQueue queue) implements DocumentQueue {

        @Override
        public void publish(ReadResult input) {
            queue.publish(input);
        }

        @Override
        public List<Delivery> poll(int max, Duration wait) {
            return queue.poll(max, wait);
        }

        @Override
        public void acknowledge(Delivery delivery) {
            // lost with the process
        }

        @Override
        public void close() {
            queue.close();
        }
    }
}
