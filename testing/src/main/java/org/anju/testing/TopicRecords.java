package org.anju.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Reads what is on a topic of the shared test broker, from the beginning, as a test would observe it. */
public final class TopicRecords {

    private TopicRecords() {
    }

    /**
     * Waits until at least {@code count} records matching {@code filter} are on the topic and returns
     * every matching record in partition order; fails after {@code timeout}.
     */
    public static List<ConsumerRecord<String, byte[]>> await(String topic, Predicate<ConsumerRecord<String, byte[]>> filter,
                                                              int count, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> matching = read(topic, filter, count, timeout);
        if (matching.size() < count) {
            throw new AssertionError("expected at least " + count + " records on " + topic + " within " + timeout
                    + " but found " + matching.size());
        }
        return matching;
    }

    /** Every matching record on the topic now (reads until the end offsets seen at the start). */
    public static List<ConsumerRecord<String, byte[]>> all(String topic, Predicate<ConsumerRecord<String, byte[]>> filter) {
        return read(topic, filter, Integer.MAX_VALUE, Duration.ZERO);
    }

    private static List<ConsumerRecord<String, byte[]>> read(String topic, Predicate<ConsumerRecord<String, byte[]>> filter,
                                                             int count, Duration timeout) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.get().kafka().bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
            List<ConsumerRecord<String, byte[]>> matching = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                consumer.poll(Duration.ofMillis(100)).forEach(record -> {
                    if (filter.test(record)) {
                        matching.add(record);
                    }
                });
                boolean caughtUp = partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
                if (matching.size() >= count || (caughtUp && System.nanoTime() >= deadline)) {
                    return matching;
                }
                if (caughtUp) {
                    end.putAll(consumer.endOffsets(partitions));
                }
            }
        }
    }
}
