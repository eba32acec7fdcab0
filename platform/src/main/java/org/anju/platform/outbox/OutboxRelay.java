package org.anju.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.anju.platform.events.CloudEventCodec;
import org.anju.platform.events.EventsConfig;
import org.anju.platform.time.ProgrammeClock;
import org.anju.platform.runtime.Backoff;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes outbox rows to the application's topic, oldest first, with an idempotent producer
 * ({@code acks=all}), and deletes each row once Kafka has acknowledged it.
 * <p>
 * A row Kafka refuses for good (a record too large for the broker, an invalid record) is parked
 * in {@code platform_outbox_parked} with the error instead of blocking the outbox forever; the
 * aggregate's later events go on (they carry its full state with a newer version, so consumers
 * converge past the parked one). Parked rows show in readiness data, the
 * {@code anju.outbox.parked} gauge and the gateway's ops view.
 * <p>
 * One relay per database publishes at a time (a transaction-scoped advisory lock), so replicas
 * of a service never interleave. While Kafka is unreachable the rows simply stay in the table:
 * the relay backs off, never holds more than one batch in memory, and resumes in order.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x616e6a756f7574L; // "anjuout"
    private static final Exception NOT_SENT = new IllegalStateException("not sent after an earlier failure");

    private final DataSource dataSource;
    private final OutboxConfig config;
    private final Map<String, Object> kafkaConfig;
    private final MeterRegistry registry;
    private final String topic;
    private final ProgrammeClock clock;
    private final Semaphore wakeUp = new Semaphore(0);

    private volatile boolean running;
    private volatile Thread thread;
    private volatile long backlog;
    private long backlogMeasuredAt = System.nanoTime() - 2_000_000_000L;
    private volatile Instant oldestRecordedAt;
    private volatile long parked;
    private volatile String lastError;
    private KafkaProducer<String, byte[]> producer;

    public OutboxRelay(DataSource dataSource, OutboxConfig config, EventsConfig events,
                       @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry registry,
                       ProgrammeClock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
        this.kafkaConfig = kafkaConfig;
        this.registry = registry;
        this.topic = events.topic().orElse(null);
    }

    void onStart(@Observes StartupEvent event) {
        if (topic == null) {
            return;
        }
        Gauge.builder("anju.outbox.backlog", this, OutboxRelay::backlog)
                .description("Events recorded but not yet acknowledged by Kafka")
                .strongReference(true) // Micrometer holds gauge targets weakly; this bean must not be collected from under it
                .register(registry);
        Gauge.builder("anju.outbox.parked", this, OutboxRelay::parked)
                .description("Events Kafka refused for good, parked with their error (platform_outbox_parked)")
                .strongReference(true)
                .register(registry);
        Gauge.builder("anju.outbox.oldest.age", this, relay -> relay.oldestAgeSeconds())
                .description("Age of the oldest unpublished event")
                .baseUnit("seconds")
                .strongReference(true)
                .register(registry);
        start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Starts the relay thread (idempotent). */
    public synchronized void start() {
        if (running || topic == null) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the relay after its current round; unpublished rows stay for the next start. */
    public synchronized void stop() {
        running = false;
        Thread current = thread;
        if (current != null) {
            wake();
            try {
                current.join(config.deliveryTimeout().plusSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    /** Called after a commit that recorded events: publish now rather than at the next poll. */
    public void wake() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    /** Events recorded but not yet acknowledged by Kafka (measured at most once a second). */
    public long backlog() {
        refreshBacklog();
        return backlog;
    }

    /** Events parked because Kafka refused them for good (measured with the backlog). */
    public long parked() {
        refreshBacklog();
        return parked;
    }

    public double oldestAgeSeconds() {
        refreshBacklog();
        Instant oldest = oldestRecordedAt;
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.now()).toMillis() / 1000.0);
    }

    public String lastError() {
        return lastError;
    }

    public boolean isRunning() {
        return running;
    }

    private void run() {
        Duration backoff = Duration.ZERO;
        while (running) {
            try {
                Round round = QuarkusTransaction.requiringNew()
                        .timeout((int) config.deliveryTimeout().plusSeconds(30).toSeconds())
                        .call(this::publishBatch);
                if (round.failed()) {
                    backoff = Backoff.next(backoff, config.maxBackoff());
                    sleep(backoff);
                } else {
                    backoff = Duration.ZERO;
                    lastError = null;
                    if (round.published() < config.batchSize()) {
                        wakeUp.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                lastError = e.getMessage();
                LOG.warnf("Outbox relay round failed, retrying: %s", e.getMessage());
                backoff = Backoff.next(backoff, config.maxBackoff());
                sleep(backoff);
            }
        }
        closeProducer();
    }

    private record Round(int published, boolean failed) {
    }

    private record Row(long seq, String key, byte[] payload) {
    }

    /** Kafka will never take this record, however often it is sent. */
    static boolean isUnpublishable(Exception error) {
        return error instanceof RecordTooLargeException || error instanceof RecordBatchTooLargeException
                || error instanceof InvalidRecordException;
    }

    private Round publishBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!tryRelayLock(connection)) {
                return new Round(0, false); // another replica is publishing
            }
            List<Row> rows = readBatch(connection);
            if (rows.isEmpty()) {
                return new Round(0, false);
            }
            KafkaProducer<String, byte[]> kafka = producer();
            List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
            for (Row row : rows) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, row.key(), row.payload());
                record.headers().add(new RecordHeader("content-type",
                        CloudEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)));
                Future<RecordMetadata> send = kafka.send(record);
                sends.add(send);
                Exception failed = send.isDone() ? outcome(send) : null;
                if (failed != null && !isUnpublishable(failed)) {
                    break; // Kafka is unreachable: don't wait out the metadata timeout once per row
                }
            }
            kafka.flush();
            // per key, only the acknowledged prefix is deleted: a later event of an aggregate never
            // overtakes an earlier one that failed
            List<Long> acknowledged = new ArrayList<>();
            Set<String> blockedKeys = new HashSet<>();
            Exception failure = null;
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                Exception error = i < sends.size() ? outcome(sends.get(i)) : NOT_SENT;
                if (error != null && isUnpublishable(error) && !blockedKeys.contains(row.key())) {
                    park(connection, row, error);
                } else if (error == null && !blockedKeys.contains(row.key())) {
                    acknowledged.add(row.seq());
                } else {
                    blockedKeys.add(row.key());
                    failure = failure == null ? error : failure;
                }
            }
            delete(connection, acknowledged);
            if (failure != null) {
                lastError = failure.getMessage();
                LOG.warnf("Kafka did not acknowledge %d of %d events, retrying with back-off: %s",
                        rows.size() - acknowledged.size(), rows.size(), failure.getMessage());
                closeProducer(); // a producer that failed a batch may hold a broken sequence state
            }
            return new Round(acknowledged.size(), failure != null);
        }
    }

    private Exception outcome(Future<RecordMetadata> send) {
        try {
            send.get(config.deliveryTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    private static boolean tryRelayLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private List<Row> readBatch(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT seq, message_key, payload FROM platform_outbox ORDER BY seq LIMIT ?")) {
            select.setInt(1, config.batchSize());
            try (ResultSet result = select.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), result.getString(2), result.getBytes(3)));
                }
                return rows;
            }
        }
    }

    private void park(Connection connection, Row row, Exception error) throws SQLException {
        try (PreparedStatement park = connection.prepareStatement("""
                WITH moved AS (DELETE FROM platform_outbox WHERE seq = ? RETURNING *)
                INSERT INTO platform_outbox_parked (seq, event_id, topic, message_key, event_type, aggregate_version, payload,
                                                    recorded_at, error)
                SELECT seq, event_id, topic, message_key, event_type, aggregate_version, payload, recorded_at, ? FROM moved""")) {
            park.setLong(1, row.seq());
            park.setString(2, error.getClass().getSimpleName() + ": " + error.getMessage());
            park.executeUpdate();
        }
        LOG.errorf("Kafka refused outbox event seq %d (key %s) for good and it is parked in platform_outbox_parked: %s",
                row.seq(), row.key(), error.getMessage());
    }

    private static void delete(Connection connection, List<Long> sequences) throws SQLException {
        if (sequences.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM platform_outbox WHERE seq = ANY (?)")) {
            Array array = connection.createArrayOf("bigint", sequences.toArray());
            delete.setArray(1, array);
            delete.executeUpdate();
        }
    }

    private synchronized void refreshBacklog() {
        if (System.nanoTime() - backlogMeasuredAt < 1_000_000_000L) {
            return;
        }
        backlogMeasuredAt = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT count(*), min(recorded_at), (SELECT count(*) FROM platform_outbox_parked) FROM platform_outbox");
             ResultSet result = count.executeQuery()) {
            result.next();
            backlog = result.getLong(1);
            Timestamp oldest = result.getTimestamp(2);
            oldestRecordedAt = oldest == null ? null : oldest.toInstant();
            parked = result.getLong(3);
        } catch (SQLException e) {
            LOG.debugf("Could not measure the outbox backlog: %s", e.getMessage());
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Map<String, Object> properties = new HashMap<>(kafkaConfig);
            properties.put(ProducerConfig.ACKS_CONFIG, "all");
            properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
            properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
            properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.deliveryTimeout().toMillis());
            properties.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + topic);
            producer = new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                LOG.debugf("Closing the outbox producer: %s", e.getMessage());
            }
            producer = null;
        }
    }

    /** Backs off without being woken by commits, so an outage is not hammered; stops promptly. */
    private void sleep(Duration duration) {
        if (!Backoff.sleep(duration, () -> running)) {
            running = false;
        }
    }
}
