package org.storyline.queue.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.storyline.pipeline.DocumentQueue;
import org.storyline.source.MadeUpDocuments;
import org.storyline.source.ReadResult;

/**
 * A worker that joins with a backlog on several partitions takes it in the order it was published, not one
 * partition after another (story placement depends on the order; one process takes its input in order).
 */
class BacklogOrderTest {

    private static final int DOCUMENTS = 48;

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
    void aBacklogOnFourPartitionsComesOutInPublishOrder() throws Exception {
        KafkaQueueSettings settings = KafkaQueueSettings.of(broker.bootstrapServers(), "backlog", "workers")
                .withPartitions(4).withAckGrace(Duration.ofSeconds(1));
        List<String> published = new ArrayList<>();
        List<Integer> partitions = new ArrayList<>();
        try (KafkaDocumentQueue publisher = KafkaDocumentQueue.open(settings)) {
            for (ReadResult document : IntStream.range(0, DOCUMENTS).mapToObj(MadeUpDocuments::document).toList()) {
                publisher.publish(document);
                published.add(((ReadResult.Read) document).document().origin());
                partitions.add(Utils.toPositive(Utils.murmur2(RecordCodec.key(document)
                        .getBytes(StandardCharsets.UTF_8))) % 4); // the producer's partitioner for a keyed record
                Thread.sleep(3); // publish times a few milliseconds apart (a record's time is in milliseconds)
            }
        }
        assertThat(partitions).as("the backlog spreads over the partitions").containsAll(List.of(0, 1, 2, 3));

        List<String> taken = new ArrayList<>();
        KafkaDocumentQueue worker = KafkaDocumentQueue.open(settings);
        try {
            for (int round = 0; round < 200 && taken.size() < DOCUMENTS; round++) {
                for (DocumentQueue.Delivery d : worker.poll(DOCUMENTS, Duration.ofMillis(500))) {
                    taken.add(((ReadResult.Read) d.input()).document().origin());
                    worker.acknowledge(d);
                }
            }
        } finally {
            worker.close();
            worker.awaitStopped(Duration.ofSeconds(30));
        }
        assertThat(taken).containsExactlyElementsOf(published);
    }
}
