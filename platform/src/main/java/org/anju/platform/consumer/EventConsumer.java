package org.anju.platform.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.anju.platform.events.CloudEventCodec;
import org.anju.platform.events.EventEnvelope;
import org.anju.platform.events.MalformedEventException;
import org.anju.platform.runtime.Backoff;
import org.anju.platform.time.ProgrammeClock;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The managed poll loop of an application that consumes events.
 * <p>
 * Each poll is applied in one database transaction together with the next offset of every
 * partition it covers (the handler gets the poll's events at once, {@link EventHandler#handleAll}),
 * and on (re)assignment the consumer seeks to the offsets stored in the database: effects happen
 * exactly once even across crashes. Should a batch fail, its records are retried one at a time
 * ({@link EventHandler#handle}); one that still fails goes to {@code <topic>.dlq} with the error in
 * its headers, and the partition moves on.
 */
@ApplicationScoped
public class EventConsumer {

    public static final String DEAD_LETTER_SUFFIX = ".dlq";
    public static final String ERROR_HEADER = "anju-dlq-error";

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final Duration REPORT_INTERVAL = Duration.ofSeconds(1);

    private final EventConsumerConfig config;
    private final Instance<EventHandler> handlers;
    private final CloudEventCodec codec;
    private final OffsetStore offsets;
    private final DataSource dataSource;
    private final Map<String, Object> kafkaConfig;
    private final MeterRegistry registry;
    private final ProgrammeClock clock;

    private final Map<TopicPartition, Long> lags = new ConcurrentHashMap<>();
    private final Set<TopicPartition> gauged = ConcurrentHashMap.newKeySet();
    private final Map<String, TopicStatus> statuses = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile Thread thread;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private KafkaProducer<byte[], byte[]> deadLetters;
    /** Positions applied but not yet reported to Kafka; only the consumer thread touches them. */
    private final Map<TopicPartition, OffsetAndMetadata> unreported = new HashMap<>();
    private long reportedAt = System.nanoTime();

    public EventConsumer(EventConsumerConfig config, Instance<EventHandler> handlers, CloudEventCodec codec,
                         OffsetStore offsets, DataSource dataSource,
                         @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry registry,
                         ProgrammeClock clock) {
        this.config = config;
        this.clock = clock;
        this.handlers = handlers;
        this.codec = codec;
        this.offsets = offsets;
        this.dataSource = dataSource;
        this.kafkaConfig = kafkaConfig;
        this.registry = registry;
    }

    void onStart(@Observes StartupEvent event) {
        if (topics().isEmpty()) {
            return;
        }
        if (!handlers.isResolvable()) {
            throw new IllegalStateException("anju.consumer.topics is set but no single EventHandler bean exists");
        }
        start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    public List<String> topics() {
        return config.topics().orElse(List.of());
    }

    public String group() {
        return config.group();
    }

    /** Starts polling (idempotent). */
    public synchronized void start() {
        if (running) {
            return;
        }
        topics().forEach(topic -> {
            statuses.putIfAbsent(topic, new TopicStatus(topic, -1, null, null, 0));
            deadLetterCounter(topic); // at zero from the start, so that an alert on its increase can fire on the first
        });
        running = true;
        thread = new Thread(this::run, "event-consumer-" + group());
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops after the record being applied; what was applied is committed with its offsets. */
    public synchronized void stop() {
        running = false;
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        Thread worker = thread;
        if (worker != null) {
            try {
                worker.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    public boolean isRunning() {
        return running;
    }

    /** Freshness per consumed topic, for health and the ops view. */
    public List<TopicStatus> status() {
        return topics().stream()
                .map(topic -> {
                    TopicStatus status = statuses.get(topic);
                    long lag = lags.entrySet().stream().filter(e -> e.getKey().topic().equals(topic))
                            .mapToLong(Map.Entry::getValue).reduce(Long::sum).orElse(-1);
                    List<Integer> partitions = lags.keySet().stream().filter(partition -> partition.topic().equals(topic))
                            .map(TopicPartition::partition).sorted().toList();
                    return new TopicStatus(topic, lag, status.lastEventTime(), status.lastAppliedAt(), status.deadLettered(), partitions);
                })
                .toList();
    }

    private void run() {
        Duration backoff = Duration.ZERO;
        try (KafkaConsumer<byte[], byte[]> kafka = new KafkaConsumer<>(consumerProperties(),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer = kafka;
            kafka.subscribe(topics(), new SeekToStoredOffsets(kafka));
            while (running) {
                try {
                    ConsumerRecords<byte[], byte[]> records = kafka.poll(Duration.ofMillis(500));
                    if (!records.isEmpty()) {
                        apply(kafka, records);
                    }
                    measureLag(kafka);
                    reportPositions(kafka, false);
                    backoff = Duration.ZERO;
                } catch (WakeupException e) {
                    // stop() was called; the loop condition ends it
                } catch (RuntimeException e) {
                    // nothing past the stored offsets counts as done: go back to them and try again
                    LOG.warnf("Consuming %s failed, retrying from the stored offsets: %s", topics(), rootMessage(e));
                    backoff = Backoff.next(backoff, config.maxBackoff());
                    sleep(backoff);
                    try {
                        seekToStored(kafka, kafka.assignment());
                    } catch (RuntimeException again) {
                        LOG.debugf("Could not seek to stored offsets yet: %s", rootMessage(again));
                    }
                }
            }
            reportPositions(kafka, true); // close() waits for the commit
        } finally {
            consumer = null;
            if (deadLetters != null) {
                deadLetters.close(Duration.ofSeconds(5));
                deadLetters = null;
            }
        }
    }

    private void apply(KafkaConsumer<byte[], byte[]> kafka, ConsumerRecords<byte[], byte[]> records) {
        Map<TopicPartition, Long> next = new HashMap<>();
        Map<String, OffsetDateTime> newest = new HashMap<>();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                List<EventEnvelope> events = new ArrayList<>(records.count());
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    EventEnvelope event = codec.decode(record.value());
                    events.add(event);
                    next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
                    newest.merge(record.topic(), event.time(), EventConsumer::later);
                }
                handlers.get().handleAll(events);
                offsets.store(group(), next);
            });
            applied(newest);
        } catch (RuntimeException batchFailure) {
            LOG.debugf("Batch of %d records failed, applying one by one: %s", records.count(), rootMessage(batchFailure));
            for (ConsumerRecord<byte[], byte[]> record : records) {
                applyOne(record);
            }
        }
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<byte[], byte[]>> list = records.records(partition);
            unreported.put(partition, new OffsetAndMetadata(list.get(list.size() - 1).offset() + 1));
        }
    }

    /**
     * Commits the applied positions to Kafka, informational only (the database is the truth): it lets Kafka's tools
     * show the group's lag. At most once per {@code REPORT_INTERVAL} unless {@code now}: a commit per poll made the
     * broker's group coordinator write one offset record per event and consumer under a steady trickle of events.
     */
    private void reportPositions(KafkaConsumer<byte[], byte[]> kafka, boolean now) {
        if (unreported.isEmpty() || !now && System.nanoTime() - reportedAt < REPORT_INTERVAL.toNanos()) {
            return;
        }
        kafka.commitAsync(new HashMap<>(unreported), null);
        unreported.clear();
        reportedAt = System.nanoTime();
    }

    private void applyOne(ConsumerRecord<byte[], byte[]> record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        Map<TopicPartition, Long> next = Map.of(partition, record.offset() + 1);
        RuntimeException failure = null;
        for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
            try {
                OffsetDateTime time = QuarkusTransaction.requiringNew().call(() -> {
                    EventEnvelope event = codec.decode(record.value());
                    handlers.get().handle(event);
                    offsets.store(group(), next);
                    return event.time();
                });
                applied(Map.of(record.topic(), time));
                return;
            } catch (RuntimeException e) {
                failure = e;
                if (causedBy(e, MalformedEventException.class)) {
                    break; // it will never parse: no point retrying
                }
                sleep(Duration.ofMillis(100L * attempt * attempt));
            }
        }
        if (!databaseReachable()) {
            throw new IllegalStateException("database unavailable", failure); // not the record's fault
        }
        if (transactionConflict(failure)) {
            // a deadlock or serialization failure with another instance's transaction: not the record's fault either
            throw new IllegalStateException("transaction conflict", failure);
        }
        deadLetter(record, failure);
        QuarkusTransaction.requiringNew().run(() -> offsets.store(group(), next));
        deadLettered(record.topic());
    }

    private void deadLetter(ConsumerRecord<byte[], byte[]> record, RuntimeException failure) {
        Throwable reason = causedBy(failure, MalformedEventException.class) ? find(failure, MalformedEventException.class) : rootCause(failure);
        String error = reason.getClass().getSimpleName() + ": " + reason.getMessage();
        LOG.errorf("Record %s-%d@%d cannot be applied, sending it to %s: %s", record.topic(), record.partition(),
                record.offset(), record.topic() + DEAD_LETTER_SUFFIX, error);
        ProducerRecord<byte[], byte[]> dead = new ProducerRecord<>(record.topic() + DEAD_LETTER_SUFFIX, null,
                record.key(), record.value(), record.headers());
        dead.headers()
                .add(header(ERROR_HEADER, error))
                .add(header("anju-dlq-topic", record.topic()))
                .add(header("anju-dlq-partition", Integer.toString(record.partition())))
                .add(header("anju-dlq-offset", Long.toString(record.offset())))
                .add(header("anju-dlq-group", group()))
                .add(header("anju-dlq-time", clock.now().toString()));
        try {
            deadLetterProducer().send(dead).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not write to the dead-letter topic", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void applied(Map<String, OffsetDateTime> newestEventTimes) {
        Instant now = clock.now();
        newestEventTimes.forEach((topic, time) -> statuses.computeIfPresent(topic, (t, old) ->
                new TopicStatus(t, old.lag(), later(old.lastEventTime(), time), now, old.deadLettered())));
    }

    private void deadLettered(String topic) {
        statuses.computeIfPresent(topic, (t, old) ->
                new TopicStatus(t, old.lag(), old.lastEventTime(), old.lastAppliedAt(), old.deadLettered() + 1));
        deadLetterCounter(topic).increment();
    }

    private Counter deadLetterCounter(String topic) {
        return Counter.builder("anju.consumer.dead.lettered").description("Records sent to <topic>.dlq after failing every attempt")
                .tags("topic", topic, "group", group()).register(registry);
    }

    private void measureLag(KafkaConsumer<byte[], byte[]> kafka) {
        for (TopicPartition partition : kafka.assignment()) {
            kafka.currentLag(partition).ifPresent(lag -> {
                lags.put(partition, lag);
                if (gauged.add(partition)) {
                    Gauge.builder("anju.consumer.lag", lags, map -> map.getOrDefault(partition, 0L))
                            .description("Records on the partition not yet applied")
                            .tags("topic", partition.topic(), "partition", Integer.toString(partition.partition()),
                                    "group", group())
                            .strongReference(true)
                            .register(registry);
                }
            });
        }
    }

    private final class SeekToStoredOffsets implements ConsumerRebalanceListener {
        private final KafkaConsumer<byte[], byte[]> kafka;

        SeekToStoredOffsets(KafkaConsumer<byte[], byte[]> kafka) {
            this.kafka = kafka;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            seekToStored(kafka, partitions);
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            partitions.forEach(lags::remove);
            Map<TopicPartition, OffsetAndMetadata> leaving = new HashMap<>();
            partitions.forEach(partition -> {
                OffsetAndMetadata position = unreported.remove(partition);
                if (position != null) {
                    leaving.put(partition, position);
                }
            });
            if (!leaving.isEmpty()) {
                try {
                    kafka.commitSync(leaving); // their next owner's lag starts from here
                } catch (RuntimeException e) {
                    LOG.debugf("Could not report positions of revoked partitions: %s", rootMessage(e));
                }
            }
        }
    }

    private void seekToStored(KafkaConsumer<byte[], byte[]> kafka, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> stored = offsets.load(group(), partitions);
        List<TopicPartition> fromStart = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            Long offset = stored.get(partition);
            if (offset == null) {
                fromStart.add(partition);
            } else {
                kafka.seek(partition, offset);
            }
        }
        if (!fromStart.isEmpty()) {
            kafka.seekToBeginning(fromStart);
        }
    }

    private Map<String, Object> consumerProperties() {
        Map<String, Object> properties = new HashMap<>(kafkaConfig);
        properties.put(org.apache.kafka.clients.consumer.ConsumerConfig.GROUP_ID_CONFIG, group());
        properties.put(org.apache.kafka.clients.consumer.ConsumerConfig.CLIENT_ID_CONFIG, group() + "-events");
        properties.put(org.apache.kafka.clients.consumer.ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(org.apache.kafka.clients.consumer.ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(org.apache.kafka.clients.consumer.ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(org.apache.kafka.clients.consumer.ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.maxPollRecords());
        return properties;
    }

    private KafkaProducer<byte[], byte[]> deadLetterProducer() {
        if (deadLetters == null) {
            Map<String, Object> properties = new HashMap<>(kafkaConfig);
            properties.put(ProducerConfig.ACKS_CONFIG, "all");
            properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
            properties.put(ProducerConfig.CLIENT_ID_CONFIG, group() + "-dead-letters");
            deadLetters = new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
        }
        return deadLetters;
    }

    /** A failure PostgreSQL reports as a transaction rollback (SQLState class 40: deadlock, serialization failure). */
    private static boolean transactionConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    private boolean databaseReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    private static Header header(String key, String value) {
        return new RecordHeader(key, value.getBytes(StandardCharsets.UTF_8));
    }

    private static OffsetDateTime later(OffsetDateTime a, OffsetDateTime b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return find(e, type) != null;
    }

    private static Throwable find(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = rootCause(e);
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private void sleep(Duration duration) {
        if (!Backoff.sleep(duration, () -> running)) {
            running = false;
        }
    }
}
