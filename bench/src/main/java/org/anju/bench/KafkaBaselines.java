package org.anju.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the broker itself does: Kafka's own {@code ProducerPerformance} and
 * {@code ConsumerPerformance} (kafka-tools), each run as a child JVM on this module's class path
 * so that it neither shares the benchmark's heap nor can exit it, plus the topic facts they need.
 */
final class KafkaBaselines {

    /** A count of records and the seconds a tool took for them. */
    record Throughput(long records, double seconds) {
        double perSecond() {
            return records / seconds;
        }
    }

    private static final Pattern PRODUCED = Pattern.compile("^(\\d+) records sent, ([\\d.]+) records/sec", Pattern.MULTILINE);
    private static final Duration TOOL_TIMEOUT = Duration.ofMinutes(5);

    private final String bootstrap;
    private final Path logs;

    KafkaBaselines(String bootstrap, Path logs) {
        this.bootstrap = bootstrap;
        this.logs = logs;
    }

    /** The mean value size of the newest records of {@code topic} (up to {@code sample} per partition). */
    double averageValueSize(String topic, int sample) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            partitions.forEach(p -> consumer.seek(p, Math.max(0, end.get(p) - sample)));
            long records = 0, bytes = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read the newest records of " + topic + " within 60 s");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    records++;
                    bytes += record.serializedValueSize();
                }
            }
            if (records == 0) {
                throw new IllegalStateException(topic + " has no records to measure");
            }
            return (double) bytes / records;
        }
    }

    /** Records in each topic (the suite's producers are idempotent, not transactional: end offsets count records). */
    long records(String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum()
                    - consumer.beginningOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    void createTopic(String topic, int partitions) throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            if (!admin.listTopics().names().get().contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
            }
        }
    }

    /** ProducerPerformance at full speed with the suite relay's guarantees (acks=all, idempotent). */
    Throughput producerPerformance(String topic, long records, int recordSize) throws IOException, InterruptedException {
        String output = tool("producer-performance", "org.apache.kafka.tools.ProducerPerformance", "--topic", topic,
                "--num-records", Long.toString(records), "--record-size", Integer.toString(recordSize), "--throughput", "-1",
                "--producer-props", "bootstrap.servers=" + bootstrap, "acks=all", "enable.idempotence=true");
        Matcher summary = PRODUCED.matcher(output);
        String last = null;
        String rate = null;
        while (summary.find()) {
            last = summary.group(1);
            rate = summary.group(2);
        }
        if (last == null || Long.parseLong(last) != records) {
            throw new IllegalStateException("ProducerPerformance printed no final summary for " + records + " records:\n" + output);
        }
        double perSecond = Double.parseDouble(rate);
        return new Throughput(records, records / perSecond);
    }

    /** ConsumerPerformance reading every record of {@code topic} from the beginning with a fresh group. */
    Throughput consumerPerformance(String topic, long messages) throws IOException, InterruptedException {
        String output = tool("consumer-performance-" + topic, "org.apache.kafka.tools.ConsumerPerformance", "--bootstrap-server", bootstrap,
                "--topic", topic, "--messages", Long.toString(messages), "--group", "bench-consumer-performance-" + System.nanoTime(),
                "--timeout", "30000", "--hide-header");
        // start.time, end.time, MB, MB.sec, nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec
        for (String line : output.lines().toList()) {
            String[] fields = line.split(",\\s*");
            if (fields.length >= 6 && fields[4].strip().matches("\\d+")) {
                long consumed = Long.parseLong(fields[4].strip());
                if (consumed < messages) {
                    throw new IllegalStateException("ConsumerPerformance read " + consumed + " of " + messages + " records of " + topic);
                }
                return new Throughput(consumed, consumed / Double.parseDouble(fields[5].strip()));
            }
        }
        throw new IllegalStateException("ConsumerPerformance printed no figures:\n" + output);
    }

    private String tool(String name, String mainClass, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        Path log = logs.resolve(name + ".log");
        Files.createDirectories(logs);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(TOOL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(mainClass + " did not finish in " + TOOL_TIMEOUT + "; see " + log);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(mainClass + " failed (exit " + process.exitValue() + "):\n" + output);
        }
        return output;
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
        return consumer.partitionsFor(topic).stream().map(info -> new TopicPartition(topic, info.partition())).toList();
    }
}
