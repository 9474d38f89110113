package org.storyline.queue.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storyline.pipeline.DocumentQueue.Delivery;

/**
 * The one thread that touches the {@link KafkaConsumer} (it is not thread-safe): it fetches ahead into a bounded
 * buffer, turns acknowledgements into commits and answers rebalances. The pipeline's threads only take from the
 * buffer and hand in acknowledgements, so a slow apply never stalls the group's heartbeat or poll deadline.
 *
 * <p>The buffer ({@link PublishOrderBuffer}) hands out the oldest published record first across the partitions
 * this process holds, and each partition gets an even share of it (a partition with its share waiting is paused),
 * so that a worker given a backlog applies it about in the order it was published, as one process would.
 */
final class ConsumerLoop implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ConsumerLoop.class);
    private static final Duration TICK = Duration.ofMillis(50);

    /** Where a delivery came from. */
    private record Position(TopicPartition partition, long offset) {}

    private final KafkaQueueSettings settings;
    private final RecordCodec codec;
    private final PublishOrderBuffer buffer = new PublishOrderBuffer();
    private final Map<Long, Position> positions = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Long> acks = new ConcurrentLinkedQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Map<TopicPartition, PartitionProgress> progress = new HashMap<>(); // loop thread only
    private final Map<TopicPartition, Long> committed = new HashMap<>();             // loop thread only
    private final Map<TopicPartition, Long> lastPublished = new HashMap<>();         // loop thread only
    private final Thread thread;
    private KafkaConsumer<String, byte[]> consumer;
    private final Map<Integer, Long> published;  // partition to the offset after this process's last record
    private volatile Map<Integer, Long> fetched;  // assigned partition to the next offset to fetch; null before any
    private volatile boolean finishing;
    private volatile boolean assignedOnce;
    private volatile long lastTouch = System.nanoTime(); // the pipeline's last take or acknowledgement
    private volatile boolean stopped;
    private volatile RuntimeException failure;

    ConsumerLoop(KafkaQueueSettings settings, RecordCodec codec, Map<Integer, Long> published) {
        this.settings = settings;
        this.codec = codec;
        this.published = published;
        this.thread = new Thread(this, "storyline-kafka-consumer");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /**
     * Up to {@code max} buffered deliveries; see {@link KafkaDocumentQueue#poll}. Waits up to {@code wait} for the
     * first, and within it for the rest of what this process published (it exists, only not fetched yet); after
     * {@link #finish}, until that is delivered, however long.
     */
    List<Delivery> take(int max, Duration wait) {
        List<Delivery> out = new ArrayList<>();
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (out.size() < max) {
                failIfBroken();
                lastTouch = System.nanoTime();
                long slice = finishing ? TICK.toNanos() : Math.min(TICK.toNanos(), deadline - System.nanoTime());
                List<Delivery> next = buffer.take(max - out.size(), Math.max(0, slice));
                if (!next.isEmpty()) {
                    out.addAll(next);
                    continue;
                }
                boolean own = ownPending();
                if (stopped || (finishing && !own)) {
                    return out;
                }
                if (!finishing && (System.nanoTime() >= deadline || (!own && !out.isEmpty()))) {
                    return out;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out;
    }

    /** True while a record this process published is on a partition it holds and not fetched yet. */
    private boolean ownPending() {
        Map<Integer, Long> at = fetched;
        if (published.isEmpty()) {
            return false;
        }
        if (at == null) {
            return true; // not assigned yet: this process's records will come to it or to another member
        }
        for (Map.Entry<Integer, Long> p : published.entrySet()) {
            Long position = at.get(p.getKey());
            if (position != null && position < p.getValue()) {
                return true;
            }
        }
        return false;
    }

    /** When the oldest fetched delivery not yet taken was published, or {@code Long.MAX_VALUE}. */
    long oldestWaiting() {
        return buffer.oldest();
    }

    void acknowledge(Delivery delivery) {
        acks.add(delivery.offset());
        lastTouch = System.nanoTime();
    }

    /** Fetch what this process published, let the pipeline take and acknowledge it, then commit and leave. */
    void finish() {
        finishing = true;
        lastTouch = System.nanoTime();
    }

    /** Partitions this process holds now (tests wait for a group to settle with it). */
    int held() {
        Map<Integer, Long> at = fetched;
        return at == null ? 0 : at.size();
    }

    /** Waits until the consumer has committed and left its group; true when it has. */
    boolean awaitStop(Duration timeout) throws InterruptedException {
        thread.join(timeout.toMillis());
        return !thread.isAlive();
    }

    @Override
    public void run() {
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(properties())) {
            consumer = c;
            c.subscribe(List.of(settings.topic()), new Rebalance());
            while (true) {
                applyAcks();
                commit(false);
                if (finishing && finished()) {
                    break;
                }
                fetch();
            }
            applyAcks();
            commit(true);
        } catch (RuntimeException e) {
            LOG.warn("queue: kafka consumer stopped: {}", e.toString());
            failure = new IllegalStateException("queue: kafka consumer failed: " + e.getMessage(), e);
        } finally {
            stopped = true;
        }
    }

    private void fetch() {
        boolean room = buffer.size() < settings.buffer() && !(finishing && !ownPending());
        Collection<TopicPartition> assigned = consumer.assignment();
        if (room) {
            pauseFull(assigned);
        } else {
            consumer.pause(assigned);
        }
        List<PublishOrderBuffer.Waiting> fetchedNow = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : consumer.poll(TICK)) {
            TopicPartition tp = new TopicPartition(r.topic(), r.partition());
            String place = "kafka:" + r.topic() + "/" + r.partition() + "@" + r.offset();
            long at = Math.max(r.timestamp(), lastPublished.getOrDefault(tp, Long.MIN_VALUE));
            lastPublished.put(tp, at);
            Delivery d = new Delivery(sequence.incrementAndGet(), codec.decode(r.value(), place), at);
            positions.put(d.offset(), new Position(tp, r.offset()));
            progress.computeIfAbsent(tp, p -> new PartitionProgress()).delivered(r.offset());
            fetchedNow.add(new PublishOrderBuffer.Waiting(at, d));
        }
        buffer.addAll(fetchedNow);
        if (assignedOnce) {
            fetched = positions(consumer.assignment()); // after poll: a rebalance may have changed what is held
        }
    }

    /** Pauses the partitions that have their share of the buffer waiting; resumes the others. */
    private void pauseFull(Collection<TopicPartition> assigned) {
        int share = Math.max(1, settings.buffer() / Math.max(1, assigned.size()));
        Map<TopicPartition, Integer> waiting = buffer.countBy(d -> {
            Position p = positions.get(d.offset());
            return p == null ? null : p.partition();
        });
        List<TopicPartition> full = assigned.stream().filter(tp -> waiting.getOrDefault(tp, 0) >= share).toList();
        consumer.pause(full);
        consumer.resume(assigned.stream().filter(tp -> !full.contains(tp)).toList());
    }

    /** The next offset to fetch on each partition held; a partition whose position is not known yet is left out. */
    private Map<Integer, Long> positions(Collection<TopicPartition> assigned) {
        Map<Integer, Long> at = new HashMap<>();
        for (TopicPartition tp : assigned) {
            try {
                at.put(tp.partition(), consumer.position(tp, Duration.ZERO));
            } catch (KafkaException | IllegalStateException e) {
                at.put(tp.partition(), -1L); // held, position not fetched yet (or the broker is away)
            }
        }
        return Map.copyOf(at);
    }

    /**
     * Done once what this process published is fetched, taken and acknowledged; or when the pipeline has neither
     * taken nor acknowledged anything for the grace period (it stopped): the rest is delivered again later.
     */
    private boolean finished() {
        int outstanding = progress.values().stream().mapToInt(PartitionProgress::outstanding).sum();
        if (outstanding == 0 && buffer.isEmpty() && !ownPending()) {
            return true;
        }
        boolean gaveUp = System.nanoTime() - lastTouch > settings.ackGrace().toNanos();
        if (gaveUp) {
            LOG.warn("queue: kafka: {} deliveries not acknowledged after close; they will be delivered again",
                    outstanding);
        }
        return gaveUp;
    }

    private boolean applyAcks() {
        boolean any = false;
        for (Long seq = acks.poll(); seq != null; seq = acks.poll()) {
            Position p = positions.remove(seq);
            PartitionProgress pp = p == null ? null : progress.get(p.partition());
            if (pp != null) {
                pp.acknowledged(p.offset());
            }
            any = true;
        }
        return any;
    }

    /** Commits each partition's acknowledged prefix that moved; a failed commit is tried again next time. */
    private void commit(boolean last) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        progress.forEach((tp, pp) -> {
            long at = pp.committable();
            if (at >= 0 && at > committed.getOrDefault(tp, -1L)) {
                offsets.put(tp, new OffsetAndMetadata(at));
            }
        });
        if (offsets.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(offsets, last ? Duration.ofSeconds(30) : Duration.ofSeconds(5));
            offsets.forEach((tp, o) -> committed.put(tp, o.offset()));
        } catch (KafkaException e) {
            // broker away or a rebalance under way: the offsets stay committable and are tried next round
            LOG.warn("queue: kafka: commit of {} deferred: {}", offsets.keySet(), e.toString());
        }
    }

    private void failIfBroken() {
        RuntimeException f = failure;
        if (f != null) {
            throw f;
        }
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, settings.group());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.buffer());
        p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) settings.sessionTimeout().toMillis());
        p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) settings.sessionTimeout().toMillis() / 4);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return p;
    }

    /** Runs inside {@code poll} on the loop thread. */
    private final class Rebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            assignedOnce = true;
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            applyAcks();
            commit(false);   // what was applied stays applied; the rest goes to the new owner
            forget(partitions);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            forget(partitions); // cannot commit: another member may own them already
        }

        private void forget(Collection<TopicPartition> partitions) {
            buffer.removeIf(d -> {
                Position p = positions.get(d.offset());
                boolean gone = p != null && partitions.contains(p.partition());
                if (gone) {
                    positions.remove(d.offset());
                }
                return gone;
            });
            partitions.forEach(tp -> {
                progress.remove(tp);
                committed.remove(tp);
                lastPublished.remove(tp);
            });
            fetched = positions(consumer.assignment().stream().filter(tp -> !partitions.contains(tp)).toList());
        }
    }
}
