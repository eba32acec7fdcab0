package org.anju.gateway.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.anju.gateway.repository.ProjectionTables;
import org.anju.gateway.repository.ProjectionVersionRepository;
import org.anju.gateway.service.RebuildStatusView.State;
import org.anju.platform.consumer.EventConsumer;
import org.anju.platform.consumer.OffsetStore;
import org.anju.platform.events.CloudEventCodec;
import org.anju.platform.events.EventEnvelope;
import org.anju.platform.i18n.Message;
import org.anju.platform.events.MalformedEventException;
import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.security.CountyScope;
import org.anju.platform.security.Refused;
import org.anju.platform.time.ProgrammeClock;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Rebuilds the projections from the event log: replays every consumed topic from the beginning
 * into fresh tables while the live projection keeps serving, then pauses the live consumer, catches
 * up to the end of the log, and swaps the fresh tables in together with the consumer's offsets in
 * one transaction. The live consumer resumes from exactly where the rebuild stopped.
 */
@ApplicationScoped
public class RebuildService {

    private static final Logger LOG = Logger.getLogger(RebuildService.class);

    private final ProjectionService live;
    private final EventConsumer consumer;
    private final OffsetStore offsets;
    private final CloudEventCodec codec;
    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Map<String, Object> kafkaConfig;
    private final ProgrammeClock clock;
    private final CountyScope countyScope;
    private final ProjectionVersionRepository version;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "projection-rebuild"));
    private volatile RebuildStatusView status = new RebuildStatusView(State.IDLE, null, null, 0, null, null);

    public RebuildService(ProjectionService live, EventConsumer consumer, OffsetStore offsets, CloudEventCodec codec,
                          DataSource dataSource, ObjectMapper json, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                          ProgrammeClock clock, CountyScope countyScope,
                          ProjectionVersionRepository version) {
        this.version = version;
        this.live = live;
        this.consumer = consumer;
        this.offsets = offsets;
        this.codec = codec;
        this.dataSource = dataSource;
        this.json = json;
        this.kafkaConfig = kafkaConfig;
        this.clock = clock;
        this.countyScope = countyScope;
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    public RebuildStatusView status() {
        return status;
    }

    /** Starts a rebuild of every county's figures: the city's operators only, never a county-scoped token. */
    public synchronized RebuildStatusView start() {
        if (countyScope.isCountyScoped()) {
            throw new Refused(Message.of("scope.city-wide-only"));
        }
        if (status.state() == State.RUNNING) {
            throw DomainRuleViolation.of("rebuild-already-running", String.valueOf(status.startedAt()));
        }
        int members = groupMembers();
        if (members > 1) {
            // the swap replaces the tables and positions every instance shares, so events another instance applied to
            // the old tables after the rebuild passed them would be lost
            throw DomainRuleViolation.of("rebuild-single-instance", String.valueOf(members));
        }
        Instant started = clock.now();
        status = new RebuildStatusView(State.RUNNING, started, null, 0, null, null);
        worker.submit(() -> run(started));
        return status;
    }

    /** The members of the gateway's consumer group (instances consuming now); -1 when the broker cannot say in 5 s. */
    private int groupMembers() {
        Map<String, Object> properties = new HashMap<>(kafkaConfig);
        properties.keySet().retainAll(AdminClientConfig.configNames());
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, consumer.group() + "-rebuild-check");
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        try (Admin admin = Admin.create(properties)) {
            return admin.describeConsumerGroups(List.of(consumer.group())).describedGroups().get(consumer.group())
                    .get(5, TimeUnit.SECONDS).members().size();
        } catch (ExecutionException | TimeoutException e) {
            LOG.debugf("Could not describe consumer group %s: %s", consumer.group(), e.getMessage());
            return -1; // the rebuild itself then fails while reading the log, leaving the live projection as it is
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void run(Instant started) {
        try {
            long events = rebuild();
            Instant finished = clock.now();
            double seconds = Math.max(0.001, Duration.between(started, finished).toMillis() / 1000.0);
            status = new RebuildStatusView(State.DONE, started, finished, events, events / seconds, null);
            LOG.infof("Projections rebuilt from %d events in %.1f s", events, seconds);
        } catch (RuntimeException e) {
            LOG.error("Projection rebuild failed; the live projection is unchanged", e);
            status = new RebuildStatusView(State.FAILED, started, clock.now(), status.events(), null, e.getMessage());
        }
    }

    private long rebuild() {
        QuarkusTransaction.requiringNew().run(() -> ProjectionTables.createRebuildTables(dataSource));
        ProjectionService fresh = live.writingTo(ProjectionTables.REBUILD, dataSource, json);
        Map<String, Object> properties = new HashMap<>(kafkaConfig);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, consumer.group() + "-rebuild");
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        try (KafkaConsumer<byte[], byte[]> log = new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.topics().stream()
                    .flatMap(topic -> log.partitionsFor(topic).stream().map(info -> new TopicPartition(topic, info.partition())))
                    .toList();
            log.assign(partitions);
            log.seekToBeginning(partitions);
            long applied = replay(log, log.endOffsets(partitions), fresh);
            consumer.stop();
            try {
                Map<TopicPartition, Long> end = log.endOffsets(partitions);
                applied += replay(log, end, fresh);
                QuarkusTransaction.requiringNew().run(() -> {
                    ProjectionTables.swapInRebuild(dataSource);
                    offsets.store(consumer.group(), end);
                    version.moveOn();
                });
            } finally {
                consumer.start();
            }
            return applied;
        }
    }

    /** Applies every record up to {@code end}, each poll as one unit of work in one transaction (as the live consumer does). */
    private long replay(KafkaConsumer<byte[], byte[]> log, Map<TopicPartition, Long> end, ProjectionService fresh) {
        long applied = 0;
        while (end.entrySet().stream().anyMatch(partition -> log.position(partition.getKey()) < partition.getValue())) {
            ConsumerRecords<byte[], byte[]> records = log.poll(Duration.ofMillis(500));
            List<EventEnvelope> events = new ArrayList<>(records.count());
            for (ConsumerRecord<byte[], byte[]> record : records) {
                Long limit = end.get(new TopicPartition(record.topic(), record.partition()));
                if (limit != null && record.offset() < limit) {
                    decode(record).ifPresent(events::add);
                }
            }
            apply(fresh, events);
            applied += records.count();
            status = new RebuildStatusView(State.RUNNING, status.startedAt(), null, status.events() + records.count(), null, null);
        }
        return applied;
    }

    /**
     * Applies a poll's events as one unit of work; should that fail, one by one, as the live consumer does: an
     * event that cannot be applied on its own (an unknown county...) was sent to the dead-letter topic there and
     * never counted, so it is skipped here too. A database failure fails the rebuild.
     */
    private void apply(ProjectionService fresh, List<EventEnvelope> events) {
        try {
            QuarkusTransaction.requiringNew().run(() -> fresh.apply(events));
        } catch (RuntimeException pollFailure) {
            for (EventEnvelope event : events) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> fresh.apply(event));
                } catch (RuntimeException e) {
                    if (causedBySql(e)) {
                        throw e;
                    }
                    LOG.warnf("Skipping event %s (%s %s v%d), which cannot be applied: %s", event.id(), event.type(), event.subject(),
                            event.aggregateVersion(), e.getMessage());
                }
            }
        }
    }

    private static boolean causedBySql(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    private Optional<EventEnvelope> decode(ConsumerRecord<byte[], byte[]> record) {
        try {
            return Optional.of(codec.decode(record.value()));
        } catch (MalformedEventException e) {
            // the live consumer sent it to the dead-letter topic; it never counted
            LOG.debugf("Skipping malformed record %s-%d@%d", record.topic(), record.partition(), record.offset());
            return Optional.empty();
        }
    }
}
