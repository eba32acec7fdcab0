package org.anju.governance;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.anju.testing.EventContracts;
import org.anju.testing.TestTokens;
import org.anju.testing.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** What the API tests share: callers with their tokens, and the events a test's aggregate emitted. */
public final class Api {

    public static final String HESHUN = "140723";
    public static final String YUSHE = "140721";
    public static final String JIEXIU = "140781";
    public static final String TOPIC = "governance.v1";

    private Api() {
    }

    public static RequestSpecification as(String role, String county) {
        return given().header("Authorization", TestTokens.bearer(role, county)).contentType(ContentType.JSON);
    }

    /** A caller whose token carries all of {@code roles} (and {@code county}, or none when null). */
    public static RequestSpecification as(List<String> roles, String county) {
        String subject = "test-" + String.join("+", roles) + (county != null ? "-" + county : "");
        return given().header("Authorization", TestTokens.bearer(subject, roles, county)).contentType(ContentType.JSON);
    }

    public static RequestSpecification cityAdmin() {
        return as("city-admin", null);
    }

    public static RequestSpecification officerOf(String county) {
        return as("county-officer", county);
    }

    /**
     * Waits for the aggregate's events, checks each against its contract, and that versions run
     * 1, 2, 3... in order; returns them parsed.
     */
    public static List<JsonNode> events(String aggregateId, int count) {
        List<JsonNode> events = TopicRecords.await(TOPIC, r -> aggregateId.equals(r.key()), count, Duration.ofSeconds(30))
                .stream().map(ConsumerRecord::value).map(EventContracts::assertValid).toList();
        assertThat(events).hasSize(count);
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).path("aggregateversion").asLong()).isEqualTo(i + 1);
            assertThat(events.get(i).path("data").path("version").asLong()).isEqualTo(i + 1);
            assertThat(events.get(i).path("subject").asText()).isEqualTo(aggregateId);
        }
        return events;
    }

    public static List<String> types(List<JsonNode> events) {
        return events.stream().map(e -> e.path("type").asText().replace("anju.governance.", "")).toList();
    }
}
