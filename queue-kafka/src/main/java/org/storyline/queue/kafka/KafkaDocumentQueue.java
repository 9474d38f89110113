package org.storyline.queue.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.storyline.pipeline.DocumentQueue;
import org.storyline.source.ReadResult;
import org.storyline.source.SourceFailure;

/**
 * A {@link DocumentQueue} on a Kafka topic, shared by any number of processes: readers publish raw documents as
 * records keyed by their content identity; every process of one consumer group gets a share of the partitions;
 * an offset is committed only once the pipeline has acknowledged (applied) every delivery before it.
 *
 * <pre>{@code
 * try (KafkaDocumentQueue queue = KafkaDocumentQueue.open(KafkaQueueSettings.of(servers, "docs", "workers"));
 *      Batch batch = pipeline.batch(queue, 2, outcomes::add)) {
 *     ...   // a worker: the batch takes from the queue until the queue is closed
 * }
 * }</pre>
 *
 * <p>Delivery offsets are this process's sequence numbers, in delivery order (Kafka's offsets are per partition).
 * Order holds per partition, so on a one-partition topic deliveries come in publish order; on several partitions,
 * copies of one content stay in order. {@link #publish} returns once the broker has the record on every in-sync
 * replica. See the package notes for what happens when a broker or a worker goes away.
 */
public final class KafkaDocumentQueue implements DocumentQueue {

    private final KafkaQueueSettings settings;
    private final RecordCodec codec = new RecordCodec();
    private final KafkaProducer<String, byte[]> producer;
    private final Map<Integer, Long> published = new ConcurrentHashMap<>();
    private ConsumerLoop consumer;
    private volatile boolean closed;

    private KafkaDocumentQueue(KafkaQueueSettings settings) {
        this.settings = settings;
        this.producer = new KafkaProducer<>(producerProperties(settings));
    }

    /** The queue on {@code settings.topic()}, created with the settings' partitions when it does not exist. */
    public static KafkaDocumentQueue open(KafkaQueueSettings settings) {
        createTopic(settings);
        return new KafkaDocumentQueue(settings);
    }

    @Override
    public void publish(ReadResult input) {
        if (closed) {
            throw new IllegalStateException("queue: closed");
        }
        byte[] value = codec.encode(input);
        if (value.length > KafkaQueueSettings.MAX_RECORD_BYTES) {
            String origin = origin(input);
            value = codec.encode(new ReadResult.Failed(new SourceFailure(origin,
                    "too large for the queue: " + value.length + " bytes")));
        }
        try {
            RecordMetadata at = producer.send(new ProducerRecord<>(settings.topic(), RecordCodec.key(input), value))
                    .get();
            published.merge(at.partition(), at.offset() + 1, Math::max);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("queue: interrupted while publishing " + origin(input), e);
        } catch (ExecutionException e) {
            String why = e.getCause() instanceof RecordTooLargeException ? "record too large" : e.getCause().toString();
            throw new IllegalStateException("queue: kafka: could not publish " + origin(input) + ": " + why, e);
        }
    }

    /**
     * The next deliveries, at most {@code max}; waits up to {@code wait} for the first. After {@link #close}, waits
     * until what this process published is delivered (here, or to another member of the group), then returns
     * nothing; a process that published nothing gets what it had fetched already, then nothing.
     */
    @Override
    public List<Delivery> poll(int max, Duration wait) {
        return consumer().take(max, wait);
    }

    @Override
    public long oldestWaiting() {
        ConsumerLoop running;
        synchronized (this) {
            running = consumer;
        }
        return running == null ? Long.MAX_VALUE : running.oldestWaiting();
    }

    @Override
    public void acknowledge(Delivery delivery) {
        consumer().acknowledge(delivery);
    }

    /** Stops publishing; the consumer (if any) drains, commits what was acknowledged and leaves the group. */
    @Override
    public void close() {
        ConsumerLoop running;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            running = consumer;
        }
        producer.close();
        if (running != null) {
            running.finish();
        }
    }

    /** Waits until the consumer (if one started) has made its last commit and left the group; true when it has. */
    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        ConsumerLoop running;
        synchronized (this) {
            running = consumer;
        }
        return running == null || running.awaitStop(timeout);
    }

    /** Partitions of the topic this process holds now; starts the consumer (tests wait for a group with it). */
    int partitionsHeld() {
        return consumer().held();
    }

    /** The consumer, started on first use: a process that only publishes never joins the group. */
    private synchronized ConsumerLoop consumer() {
        if (consumer == null) {
            consumer = new ConsumerLoop(settings, codec, published);
            if (closed) {
                consumer.finish();
            }
            consumer.start();
        }
        return consumer;
    }

    private static String origin(ReadResult input) {
        return switch (input) {
            case ReadResult.Read r -> r.document().origin();
            case ReadResult.Failed f -> f.failure().origin();
        };
    }

    private static void createTopic(KafkaQueueSettings settings) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        try (Admin admin = Admin.create(p)) {
            NewTopic topic = new NewTopic(settings.topic(), settings.partitions(), settings.replication())
                    .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                            Integer.toString(KafkaQueueSettings.MAX_RECORD_BYTES)));
            admin.createTopics(List.of(topic)).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("queue: kafka: cannot create topic " + settings.topic() + " on "
                        + settings.bootstrapServers() + ": " + e.getCause(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("queue: interrupted while creating topic " + settings.topic(), e);
        }
    }

    private static Properties producerProperties(KafkaQueueSettings settings) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true); // a retried send is not written twice
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);              // publish waits for each record anyway
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, KafkaQueueSettings.MAX_RECORD_BYTES);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, settings.compression());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return p;
    }
}
