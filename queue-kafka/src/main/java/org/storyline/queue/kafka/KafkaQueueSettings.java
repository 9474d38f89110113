package org.storyline.queue.kafka;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the queue lives and how workers share it.
 *
 * <pre>{@code
 * var settings = KafkaQueueSettings.of("127.0.0.1:9092", "storyline-documents", "storyline-workers");
 * try (DocumentQueue queue = KafkaDocumentQueue.open(settings)) { ... }
 * }</pre>
 *
 * @param bootstrapServers the brokers, {@code host:port,...}
 * @param topic            the topic of raw documents; created with {@code partitions} when missing
 * @param group            the consumer group: every process with the same group shares the topic's partitions
 * @param partitions       partitions of a new topic: the most workers that can consume at once
 * @param replication      replicas of a new topic (1 on one broker; 3 in production)
 * @param buffer           records fetched ahead of the pipeline at most (memory stays bounded)
 * @param sessionTimeout   how long a silent worker keeps its partitions before the group gives them to others
 * @param ackGrace         after {@code close}, how long to wait for the pipeline to acknowledge what it was given
 *                         before leaving the group without committing the rest (those are delivered again)
 * @param compression      the producer's compression ({@code zstd}, {@code lz4}, {@code gzip}, {@code none})
 */
public record KafkaQueueSettings(String bootstrapServers, String topic, String group, int partitions,
        short replication, int buffer, Duration sessionTimeout, Duration ackGrace, String compression) {

    /** The largest record: a 16 MiB document (the fetcher's cap) plus its JSON escaping. */
    static final int MAX_RECORD_BYTES = 32 * 1024 * 1024;

    public KafkaQueueSettings {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(group, "group");
        if (partitions < 1 || replication < 1 || buffer < 1) {
            throw new IllegalArgumentException("queue: partitions, replication and buffer must be positive");
        }
        Objects.requireNonNull(sessionTimeout, "sessionTimeout");
        Objects.requireNonNull(ackGrace, "ackGrace");
        Objects.requireNonNull(compression, "compression");
    }

    /** Defaults for one broker: 12 partitions (up to 12 workers), replication 1, a 10 s session. */
    public static KafkaQueueSettings of(String bootstrapServers, String topic, String group) {
        return new KafkaQueueSettings(bootstrapServers, topic, group, 12, (short) 1, 256, Duration.ofSeconds(10),
                Duration.ofSeconds(30), "zstd");
    }

    public KafkaQueueSettings withPartitions(int count) {
        return new KafkaQueueSettings(bootstrapServers, topic, group, count, replication, buffer, sessionTimeout,
                ackGrace, compression);
    }

    public KafkaQueueSettings withGroup(String name) {
        return new KafkaQueueSettings(bootstrapServers, topic, name, partitions, replication, buffer, sessionTimeout,
                ackGrace, compression);
    }

    public KafkaQueueSettings withSessionTimeout(Duration timeout) {
        return new KafkaQueueSettings(bootstrapServers, topic, group, partitions, replication, buffer, timeout,
                ackGrace, compression);
    }

    public KafkaQueueSettings withAckGrace(Duration grace) {
        return new KafkaQueueSettings(bootstrapServers, topic, group, partitions, replication, buffer, sessionTimeout,
                grace, compression);
    }
}
