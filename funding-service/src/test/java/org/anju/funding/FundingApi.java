package org.anju.funding;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.anju.testing.TestTokens;
import org.anju.testing.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Calls the funding API as the roles of the security model; reads what the service published. */
final class FundingApi {

    static final String ADMIN = TestTokens.bearer("city-admin", null);
    static final String AUDITOR = TestTokens.bearer("auditor", null);
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private FundingApi() {
    }

    static RequestSpecification as(String token) {
        return given().header("Authorization", token).contentType("application/json");
    }

    static String officerOf(String county) {
        return TestTokens.bearer("county-officer", county);
    }

    static ValidatableResponse post(String token, String path, String body) {
        return as(token).body(body).post(path).then();
    }

    static String receipt(String source, String amount, String date) {
        return post(ADMIN, "/api/v1/entries/receipts", """
                {"source": "%s", "amount": "%s", "receivedOn": "%s", "documentNumber": "doc-%s"}"""
                .formatted(source, amount, date, UUID.randomUUID())).statusCode(201).extract().path("id");
    }

    static String disbursement(String source, String county, String amount, String date) {
        return post(ADMIN, "/api/v1/entries/disbursements", """
                {"source": "%s", "county": "%s", "amount": "%s", "disbursedOn": "%s"}"""
                .formatted(source, county, amount, date)).statusCode(201).extract().path("id");
    }

    static ValidatableResponse spend(String token, String source, String county, String purpose, String amount, String date) {
        return post(token, "/api/v1/entries/expenditures", """
                {"source": "%s", "county": "%s", "purpose": "%s", "amount": "%s", "spentOn": "%s"}"""
                .formatted(source, county, purpose, amount, date));
    }

    /** A county holding {@code amount} of the source, funded through the city. */
    static void fund(String source, String county, String amount, String date) {
        receipt(source, amount, date);
        disbursement(source, county, amount, date);
    }

    /** The balance's current amount, "0.00" when nothing moved it yet. */
    static String balance(String id) {
        String[] parts = id.split("/");
        List<String> amounts = as(ADMIN).queryParam("account", parts[0]).queryParam("source", parts[1])
                .queryParam("county", parts[2]).get("/api/v1/balances")
                .then().statusCode(200).extract().path("items.findAll { it.id == '" + id + "' }.amount");
        return amounts.isEmpty() ? "0.00" : amounts.get(0);
    }

    static ConsumerRecord<String, byte[]> event(String aggregateId, String type) {
        return TopicRecords.await("funding.v1", r -> aggregateId.equals(r.key())
                && new String(r.value()).contains("\"anju.funding." + type + "\""), 1, PATIENCE).get(0);
    }
}
