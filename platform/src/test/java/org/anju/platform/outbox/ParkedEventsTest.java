package org.anju.platform.outbox;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.anju.platform.problem.ProblemException;
import org.anju.platform.testapp.PlatformTopicsResource;
import org.anju.platform.testapp.ThingChanged;
import org.anju.platform.testapp.ThingService;
import org.anju.testing.StackTestResource;
import org.anju.testing.TopicRecords;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.anju.platform.testapp.PlatformTopicsResource.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

/** An event Kafka refuses for good is parked with its error; everything after it is still published. */
@QuarkusTest
@TestProfile(ParkedEventsTest.SmallBroker.class)
@WithTestResource(StackTestResource.class)
@WithTestResource(PlatformTopicsResource.class)
class ParkedEventsTest {

    /** The producer refuses records over 3,000 bytes, as a broker refuses ones over its message.max.bytes. */
    public static class SmallBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.max.request.size", "3000", "anju.outbox.max-event-bytes", "20000");
        }
    }

    @Inject
    ThingService things;

    @Inject
    OutboxRelay relay;

    @Inject
    DataSource dataSource;

    @Test
    void anEventTooLargeForTheBrokerIsParkedAndTheOutboxKeepsFlowingForItsAggregateAndOthers() throws Exception {
        String big = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        things.change(new ThingChanged.Thing(big, "140723", 1, "x".repeat(5_000)));
        things.change(ThingService.thing(big, 2), ThingService.thing(other, 1));

        assertThat(TopicRecords.await(TOPIC, r -> big.equals(r.key()), 1, Duration.ofSeconds(30))).hasSize(1);
        assertThat(TopicRecords.await(TOPIC, r -> other.equals(r.key()), 1, Duration.ofSeconds(30))).hasSize(1);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet parked = statement.executeQuery(
                     "SELECT aggregate_version, error FROM platform_outbox_parked WHERE message_key = '" + big + "'")) {
            assertThat(parked.next()).isTrue();
            assertThat(parked.getLong(1)).isEqualTo(1);
            assertThat(parked.getString(2)).contains("RecordTooLargeException");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> relay.parked() >= 1 && relay.backlog() == 0);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Outbox' }.data.parked", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        given().get("/q/metrics").then().statusCode(200).body(org.hamcrest.Matchers.containsString("anju_outbox_parked"));
    }

    @Test
    void aChangeThatWouldMakeAnEventLargerThanAnyBrokerTakesIsRefusedBeforeItCommits() {
        String huge = UUID.randomUUID().toString();
        assertThatThrownBy(() -> things.change(new ThingChanged.Thing(huge, "140723", 1, "x".repeat(30_000))))
                .isInstanceOf(ProblemException.class).hasMessageContaining("too large to publish");
    }
}
