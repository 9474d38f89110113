package org.storyline.bench.cluster;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * What Kafka knows of a worker group's progress on one topic: how many workers are members, and how many records
 * are not yet acknowledged (the group's committed offsets against the topic's end). Workers commit an offset only
 * after the document's transaction committed, so a lag of 0 means every document was applied.
 */
final class GroupProgress implements AutoCloseable {

    private final Admin admin;
    private final String topic;
    private final String group;

    GroupProgress(String bootstrap, String topic, String group) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        this.admin = Admin.create(p);
        this.topic = topic;
        this.group = group;
    }

    /** Members of the group now (none before its first member joined). */
    int members() throws ExecutionException, InterruptedException {
        try {
            return admin.describeConsumerGroups(java.util.List.of(group)).all().get().get(group).members().size();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.GroupIdNotFoundException) {
                return 0;
            }
            throw e;
        }
    }

    /** Records published to the topic that the group has not committed past. */
    long lag() throws ExecutionException, InterruptedException {
        var partitions = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get().get(topic).partitions()
                .stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream()
                        .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()))).all().get()
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        long lag = 0;
        for (TopicPartition tp : partitions) {
            OffsetAndMetadata at = committed.get(tp);
            lag += ends.get(tp) - (at == null ? 0 : at.offset());
        }
        return lag;
    }

    void deleteTopic() throws ExecutionException, InterruptedException {
        admin.deleteTopics(java.util.List.of(topic)).all().get();
    }

    @Override
    public void close() {
        admin.close();
    }
}
