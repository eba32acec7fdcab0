package org.anju.platform.consumer;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.anju.platform.testapp.PlatformTopicsResource;
import org.anju.platform.testapp.TestDatabase;
import org.anju.platform.testapp.ThingChanged;
import org.anju.platform.testapp.ThingProjection;
import org.anju.platform.testapp.ThingService;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestStack;
import org.anju.testing.TopicRecords;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.anju.platform.testapp.PlatformTopicsResource.TOPIC;
import static org.anju.platform.testapp.ThingService.thing;
import static org.anju.platform.testapp.ThingService.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(PlatformTopicsResource.class)
class EventConsumerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    ThingService things;

    @Inject
    EventConsumer consumer;

    @Inject
    OffsetStore offsets;

    @Inject
    DataSource dataSource;

    TestDatabase db;

    @BeforeEach
    void database() {
        db = new TestDatabase(dataSource);
    }

    @Test
    void eachEventIsAppliedOnceWithItsOffsetStoredInTheSameDatabase() {
        String id = UUID.randomUUID().toString();
        things.change(versions(id, 1, 3));

        awaitVersion(id, 3);
        assertThat(db.count("SELECT count(*) FROM test_applied WHERE thing_id = ?", id)).isEqualTo(3);
        assertThat(db.count("SELECT count(*) FROM platform_consumer_offsets WHERE consumer_group = 'platform-test' AND topic = ?", TOPIC))
                .isPositive();
    }

    @Test
    void kafkaIsToldTheAppliedPositionsForItsLagToolsWithinSeconds() throws Exception {
        String id = UUID.randomUUID().toString();
        things.change(versions(id, 1, 5));
        awaitVersion(id, 5);

        // the positions are reported at most once a second, also when no further event comes to trigger it
        try (Admin admin = TestStack.get().kafka().admin()) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                Map<TopicPartition, OffsetAndMetadata> reported = admin.listConsumerGroupOffsets(consumer.group())
                        .partitionsToOffsetAndMetadata().get();
                for (TopicPartition partition : reported.keySet()) {
                    long end = admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition).get().offset();
                    assertThat(reported.get(partition).offset()).as("%s", partition).isEqualTo(end);
                }
                assertThat(reported.keySet()).extracting(TopicPartition::topic).contains(TOPIC);
            });
        }
    }

    @Test
    void aConsumerStoppedAndRestartedResumesWithoutHandlingAnythingTwice() throws Exception {
        String before = UUID.randomUUID().toString();
        String during = UUID.randomUUID().toString();
        things.change(versions(before, 1, 25));
        awaitVersion(before, 25);

        consumer.stop();
        // Kafka's own committed offsets are only informational: wipe them, as a crash before committing would
        try (Admin admin = TestStack.get().kafka().admin()) {
            admin.deleteConsumerGroups(List.of(consumer.group())).all().get();
        }
        things.change(versions(during, 1, 25));
        consumer.start();

        awaitVersion(during, 25);
        assertThat(db.count("SELECT count(*) FROM test_handled WHERE thing_id IN (?, ?)", before, during)).isEqualTo(50);
        assertThat(db.count("SELECT count(*) FROM test_applied WHERE thing_id IN (?, ?)", before, during)).isEqualTo(50);
    }

    @Test
    void replayingTheTopicFromTheBeginningChangesNothing() {
        String id = UUID.randomUUID().toString();
        things.change(versions(id, 1, 5));
        awaitVersion(id, 5);
        List<List<Object>> thingsBefore = db.rows("SELECT id, county, version, name FROM test_things ORDER BY id");
        long appliedBefore = db.count("SELECT count(*) FROM test_applied");
        long handledBefore = db.count("SELECT count(*) FROM test_handled");

        consumer.stop();
        offsets.reset(consumer.group());
        consumer.start();

        // every record is handled again, but no snapshot is newer than what is held
        await().atMost(PATIENCE).until(() -> db.count("SELECT count(*) FROM test_handled") >= 2 * handledBefore);
        assertThat(db.rows("SELECT id, county, version, name FROM test_things ORDER BY id")).isEqualTo(thingsBefore);
        assertThat(db.count("SELECT count(*) FROM test_applied")).isEqualTo(appliedBefore);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextRecordIsApplied() throws Exception {
        String garbage = "poison-" + UUID.randomUUID();
        String unappliable = UUID.randomUUID().toString();
        String next = UUID.randomUUID().toString();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.get().kafka().bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, garbage, "{not json".getBytes(StandardCharsets.UTF_8))).get();
        }
        things.change(new ThingChanged.Thing(unappliable, "140723", 1, ThingProjection.FAILS_TO_APPLY));
        things.change(thing(next, 1));

        awaitVersion(next, 1);
        List<ConsumerRecord<String, byte[]>> dead = TopicRecords.await(TOPIC + ".dlq",
                r -> garbage.equals(r.key()) || unappliable.equals(r.key()), 2, PATIENCE);
        assertThat(dead).extracting(ConsumerRecord::key).containsOnly(garbage, unappliable);
        ConsumerRecord<String, byte[]> poison = dead.stream().filter(r -> garbage.equals(r.key())).findFirst().orElseThrow();
        assertThat(new String(poison.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(header(poison, EventConsumer.ERROR_HEADER)).contains("not a CloudEvents JSON event");
        assertThat(header(poison, "anju-dlq-topic")).isEqualTo(TOPIC);
        ConsumerRecord<String, byte[]> broken = dead.stream().filter(r -> unappliable.equals(r.key())).findFirst().orElseThrow();
        assertThat(header(broken, EventConsumer.ERROR_HEADER)).contains("breaks a rule of the projection");
        assertThat(db.count("SELECT count(*) FROM test_things WHERE id = ?", unappliable)).isZero();
        assertThat(consumer.status()).anySatisfy(status -> assertThat(status.deadLettered()).isGreaterThanOrEqualTo(2));
    }

    @Test
    void aRecordThatMeetsTransactionConflictsMoreOftenThanItsAttemptsIsRetriedNotDeadLettered() {
        long deadLettered = consumer.status().stream().mapToLong(TopicStatus::deadLettered).sum();
        String conflicted = UUID.randomUUID().toString();
        // more conflicts than anju.consumer.max-attempts (3): another instance's transactions, not the record's fault
        things.change(new ThingChanged.Thing(conflicted, "140723", 1, ThingProjection.CONFLICTS + 5));
        awaitVersion(conflicted, 1);
        assertThat(consumer.status().stream().mapToLong(TopicStatus::deadLettered).sum()).isEqualTo(deadLettered);
        assertThat(db.count("SELECT count(*) FROM test_applied WHERE thing_id = ?", conflicted)).isEqualTo(1);
    }

    @Test
    void lagAndFreshnessAreReported() {
        String id = UUID.randomUUID().toString();
        things.change(thing(id, 1));
        awaitVersion(id, 1);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(consumer.status()).singleElement().satisfies(status -> {
            assertThat(status.topic()).isEqualTo(TOPIC);
            assertThat(status.lag()).isZero();
            assertThat(status.lastEventTime()).isNotNull();
            assertThat(status.lastAppliedAt()).isNotNull();
        }));
        given().get("/q/metrics").then().statusCode(200).body(containsString("anju_consumer_lag"));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private void awaitVersion(String id, long version) {
        await().atMost(PATIENCE).until(() ->
                db.count("SELECT count(*) FROM test_things WHERE id = ? AND version = ?", id, version) == 1);
    }
}
