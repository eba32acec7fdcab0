package org.anju.industry.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.anju.testing.EventContracts;
import org.anju.testing.TestTokens;
import org.anju.testing.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Calls the API as a given role and reads what industry-service published, checked against the contracts. */
public final class IndustryApi {

    public static final Duration PATIENCE = Duration.ofSeconds(30);
    public static final String HESHUN = "140723";
    public static final String ZUOQUAN = "140722";

    private IndustryApi() {
    }

    public static RequestSpecification asAdmin() {
        return as("city-admin", null);
    }

    public static RequestSpecification asOfficer(String county) {
        return as("county-officer", county);
    }

    public static RequestSpecification as(String role, String county) {
        return given().header("Authorization", TestTokens.bearer(role, county)).contentType(ContentType.JSON);
    }

    /** Waits until the household's derived employment situation has been built from households.v1 at least to {@code version}. */
    public static Map<String, Object> awaitSituation(UUID householdId, int version) {
        await().atMost(PATIENCE).until(() -> {
            var response = asAdmin().get("/api/v1/households/{id}/employment", householdId);
            return response.statusCode() == 200 && response.jsonPath().getInt("version") >= version;
        });
        return asAdmin().get("/api/v1/households/{id}/employment", householdId).then().statusCode(200)
                .extract().jsonPath().getMap("");
    }

    /** Every industry event of the aggregate (in order), each validated against its schema; waits for {@code count}. */
    public static List<JsonNode> events(UUID aggregateId, String name, int count) {
        return TopicRecords.await("industry.v1", record -> aggregateId.toString().equals(record.key())
                        && EventContracts.assertValid(record.value()).path("type").asText().equals("anju.industry." + name),
                count, PATIENCE).stream().map(ConsumerRecord::value).map(EventContracts::assertValid).toList();
    }

    public static List<JsonNode> eventsNow(UUID aggregateId, String name) {
        return TopicRecords.all("industry.v1", record -> aggregateId.toString().equals(record.key())
                        && EventContracts.assertValid(record.value()).path("type").asText().equals("anju.industry." + name))
                .stream().map(ConsumerRecord::value).map(EventContracts::assertValid).toList();
    }
}
