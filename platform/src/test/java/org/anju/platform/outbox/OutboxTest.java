package org.anju.platform.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.anju.platform.testapp.PlatformTopicsResource;
import org.anju.platform.testapp.TestDatabase;
import org.anju.platform.testapp.ThingChanged;
import org.anju.platform.testapp.ThingService;
import org.anju.testing.EventContracts;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestStack;
import org.anju.testing.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.anju.platform.testapp.PlatformTopicsResource.TOPIC;
import static org.anju.platform.testapp.ThingService.thing;
import static org.anju.platform.testapp.ThingService.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(PlatformTopicsResource.class)
class OutboxTest {

    @Inject
    ThingService things;

    @Inject
    OutboxRelay relay;

    @Inject
    DataSource dataSource;

    @Test
    void eventsOfACommittedTransactionArePublishedAsValidCloudEventsKeyedByAggregate() {
        String id = UUID.randomUUID().toString();
        things.change(thing(id, 1), thing(id, 2));

        List<ConsumerRecord<String, byte[]>> records = TopicRecords.await(TOPIC, r -> id.equals(r.key()), 2, Duration.ofSeconds(20));

        JsonNode first = EventContracts.assertValid(records.get(0).value());
        assertThat(first.path("type").asText()).isEqualTo("anju.test.ThingChanged");
        assertThat(first.path("source").asText()).isEqualTo("/anju/platform-test");
        assertThat(first.path("subject").asText()).isEqualTo(id);
        assertThat(first.path("county").asText()).isEqualTo("140723");
        assertThat(first.path("aggregateversion").asLong()).isEqualTo(1);
        assertThat(first.path("data").path("name").asText()).isEqualTo("thing " + id + " v1");
        assertThat(EventContracts.assertValid(records.get(1).value()).path("aggregateversion").asLong()).isEqualTo(2);
        assertThat(new String(records.get(0).headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .isEqualTo("application/cloudevents+json");
    }

    @Test
    void aTransactionThatRollsBackPublishesNothing() {
        String rolledBack = UUID.randomUUID().toString();

        assertThatThrownBy(() -> things.changeThenFail(thing(rolledBack, 1))).isInstanceOf(IllegalStateException.class);
        assertOnlyTheLaterCommittedEventArrives(rolledBack);
    }

    @Test
    void aTransactionThatFailsAtCommitAfterItsEventsWereWrittenPublishesNothing() {
        String failed = UUID.randomUUID().toString();

        // the events are written just before COMMIT: the deferred check that fails after them takes them along
        assertThatThrownBy(() -> things.changeThenFailAtCommit(thing(failed, 1))).hasStackTraceContaining("checked_at_commit");
        assertOnlyTheLaterCommittedEventArrives(failed);
    }

    /** A later committed event arrives: had the failed transaction's event been recorded, it would be before it. */
    private void assertOnlyTheLaterCommittedEventArrives(String failed) {
        String committed = UUID.randomUUID().toString();
        things.change(thing(committed, 1));

        TopicRecords.await(TOPIC, r -> committed.equals(r.key()), 1, Duration.ofSeconds(20));
        assertThat(TopicRecords.all(TOPIC, r -> failed.equals(r.key()))).isEmpty();
        assertThat(new TestDatabase(dataSource).count("SELECT count(*) FROM platform_outbox WHERE message_key = ?", failed)).isZero();
    }

    @Test
    void aTransactionsManyEventsArePublishedInTheOrderRecorded() {
        String id = UUID.randomUUID().toString();
        things.change(versions(id, 1, 300));

        List<ConsumerRecord<String, byte[]>> records = TopicRecords.await(TOPIC, r -> id.equals(r.key()), 300, Duration.ofSeconds(30));
        assertThat(records).extracting(r -> EventContracts.assertValid(r.value()).path("aggregateversion").asLong())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 300).mapToObj(Long::valueOf).toList());
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> things.changeWithoutTransaction(thing("no-transaction", 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("active transaction");
    }

    @Test
    void readinessAndMetricsReportTheBacklog() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("Outbox"));
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("anju_outbox_backlog"))
                .body(org.hamcrest.Matchers.containsString("anju_outbox_oldest_age_seconds"));
    }

    @Test
    void eventsRecordedWhileTheBrokerIsDownArriveExactlyOnceAndInOrderOnceItIsBack() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> aggregates = IntStream.range(0, 50).mapToObj(i -> run + "-" + i).toList();
        Set<String> keys = new HashSet<>(aggregates);

        TestStack.get().kafka().suspend();
        try {
            // 1,000 events: 20 versions of each of 50 aggregates, in 200 transactions
            for (int version = 1; version <= 20; version += 5) {
                for (String aggregate : aggregates) {
                    things.change(versions(aggregate, version, version + 4));
                }
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> relay.backlog() >= 1000);
            assertThat(new TestDatabase(dataSource).count("SELECT count(*) FROM platform_outbox WHERE message_key LIKE ?", run + "-%"))
                    .isEqualTo(1000);
        } finally {
            TestStack.get().kafka().resume();
        }

        List<ConsumerRecord<String, byte[]>> received = TopicRecords.await(TOPIC, r -> keys.contains(r.key()), 1000, Duration.ofSeconds(90));
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.backlog() == 0);
        received = TopicRecords.all(TOPIC, r -> keys.contains(r.key()));

        assertThat(received).hasSize(1000);
        Map<String, List<Long>> versionsByAggregate = new HashMap<>();
        Set<String> eventIds = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : received) {
            JsonNode event = EventContracts.assertValid(record.value());
            eventIds.add(event.path("id").asText());
            versionsByAggregate.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(event.path("aggregateversion").asLong());
        }
        assertThat(eventIds).hasSize(1000);
        List<Long> expected = IntStream.rangeClosed(1, 20).mapToObj(Long::valueOf).toList();
        assertThat(versionsByAggregate).hasSize(50)
                .allSatisfy((aggregate, seen) -> assertThat(seen).as(aggregate).containsExactlyElementsOf(expected));
    }
}
