package org.storyline.queue.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.pipeline.DocumentQueue;
import org.storyline.source.MadeUpDocuments;
import org.storyline.source.ReadResult;

/** Several processes on one topic: the group shares the partitions, and only what was applied is committed. */
class ConsumerGroupTest {

    private static KafkaBroker broker;
    private final List<KafkaDocumentQueue> opened = new ArrayList<>();

    @BeforeAll
    static void startBroker() {
        broker = KafkaBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @AfterEach
    void leaveTheGroups() throws InterruptedException {
        for (KafkaDocumentQueue queue : opened) {
            queue.close();
            assertThat(queue.awaitStopped(Duration.ofSeconds(30))).isTrue();
        }
    }

    @Test
    void twoWorkersOfOneGroupShareThePartitionsAndEachDocumentReachesOneOfThem() throws Exception {
        KafkaQueueSettings settings = settings(4);
        KafkaDocumentQueue first = open(settings);
        KafkaDocumentQueue second = open(settings);
        KafkaDocumentQueue reader = open(settings);
        {
            for (int i = 0; i < 200 && !(first.partitionsHeld() > 0 && second.partitionsHeld() > 0
                    && first.partitionsHeld() + second.partitionsHeld() == 4); i++) {
                Thread.sleep(50); // the group settles: both hold partitions, four in all
            }
            assertThat(first.partitionsHeld() + second.partitionsHeld()).isEqualTo(4);
            for (int i = 0; i < 40; i++) {
                reader.publish(MadeUpDocuments.document(i)); // a process that only publishes never joins the group
            }
            List<String> got = Collections.synchronizedList(new ArrayList<>());
            ExecutorService both = Executors.newFixedThreadPool(2); // the common pool has one thread on two cores
            Future<Integer> a = both.submit(() -> work(first, got, 40));
            Future<Integer> b = both.submit(() -> work(second, got, 40));
            int byFirst = a.get();
            int bySecond = b.get();
            both.shutdown();
            assertThat(got).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 40).mapToObj(i -> "doc-" + i
                    + ".txt").toList());
            assertThat(byFirst).isPositive();
            assertThat(bySecond).isPositive();
        }
    }

    @Test
    void whatAWorkerTookButDidNotAcknowledgeGoesToTheNextWorkerAndWhatItAcknowledgedDoesNot() throws Exception {
        KafkaQueueSettings settings = settings(1).withAckGrace(Duration.ofMillis(200));
        KafkaDocumentQueue reader = open(settings);
        for (int i = 0; i < 10; i++) {
            reader.publish(MadeUpDocuments.document(i));
        }
        reader.close();
        KafkaDocumentQueue dying = open(settings);
        List<DocumentQueue.Delivery> taken = new ArrayList<>();
        for (int round = 0; round < 100 && taken.size() < 10; round++) {
            taken.addAll(dying.poll(10, Duration.ofMillis(100)));
        }
        assertThat(taken).hasSize(10);
        taken.subList(0, 3).forEach(dying::acknowledge);
        dying.acknowledge(taken.get(5)); // applied out of order: the commit stops before 3, the first not applied
        dying.close();
        assertThat(dying.awaitStopped(Duration.ofSeconds(30))).isTrue();

        KafkaDocumentQueue next = open(settings);
        {
            List<String> again = new ArrayList<>();
            for (int round = 0; round < 100 && again.size() < 7; round++) {
                next.poll(10, Duration.ofMillis(100)).forEach(d -> {
                    again.add(origin(d.input()));
                    next.acknowledge(d);
                });
            }
            assertThat(again).containsExactly("doc-3.txt", "doc-4.txt", "doc-5.txt", "doc-6.txt", "doc-7.txt",
                    "doc-8.txt", "doc-9.txt");
            assertThat(next.poll(10, Duration.ofMillis(300))).isEmpty();
        }
    }

    /** Takes and acknowledges until {@code total} documents were seen by the whole group; returns its own share. */
    private static int work(DocumentQueue queue, List<String> got, int total) {
        int mine = 0;
        for (int round = 0; round < 600 && got.size() < total; round++) {
            for (DocumentQueue.Delivery d : queue.poll(8, Duration.ofMillis(100))) {
                got.add(origin(d.input()));
                queue.acknowledge(d);
                mine++;
            }
        }
        return mine;
    }

    private KafkaDocumentQueue open(KafkaQueueSettings settings) {
        KafkaDocumentQueue queue = KafkaDocumentQueue.open(settings);
        opened.add(queue);
        return queue;
    }

    private static KafkaQueueSettings settings(int partitions) {
        String name = "group-" + UUID.randomUUID();
        return KafkaQueueSettings.of(broker.bootstrapServers(), name, name + "-workers").withPartitions(partitions)
                .withAckGrace(Duration.ofSeconds(1));
    }

    static String origin(ReadResult input) {
        return switch (input) {
            case ReadResult.Read r -> r.document().origin();
            case ReadResult.Failed f -> f.failure().origin();
        };
    }
}
