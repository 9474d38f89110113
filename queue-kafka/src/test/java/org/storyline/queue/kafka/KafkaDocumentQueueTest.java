package org.storyline.queue.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.storyline.pipeline.DocumentQueue;
import org.storyline.pipeline.DocumentQueueContract;

/** The Kafka queue against core's queue contract, on a real broker; each test gets a topic and a group of its own. */
class KafkaDocumentQueueTest extends DocumentQueueContract {

    private static KafkaBroker broker;
    private static final List<KafkaDocumentQueue> QUEUES = new ArrayList<>();

    @BeforeAll
    static void startBroker() {
        broker = KafkaBroker.start();
    }

    @AfterAll
    static void stopBroker() throws InterruptedException {
        for (KafkaDocumentQueue queue : QUEUES) {
            queue.awaitStopped(Duration.ofSeconds(10)); // leave the groups before the broker goes
        }
        broker.close();
    }

    @Override
    protected DocumentQueue newQueue() {
        String name = "docs-" + UUID.randomUUID();
        // One partition: the contract's publish order is Kafka's order within a partition. A short grace: one
        // contract test closes without acknowledging what it took.
        KafkaDocumentQueue queue = KafkaDocumentQueue.open(KafkaQueueSettings.of(broker.bootstrapServers(), name,
                name + "-workers").withPartitions(1).withAckGrace(Duration.ofSeconds(1)));
        QUEUES.add(queue);
        return queue;
    }
}
