package org.anju.funding;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.anju.testing.TestTokens;
import org.anju.testing.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;

/** Calls the funding API as the roles of the security model; reads what the service published. */
final class FundingApi {

    static final String ADMIN = TestTokens.bearer("city-admin", null);
    static final String AUDITOR = TestTokens.bearer("auditor", null);
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String RECEIPTS = "/api/v1/entries/receipts";
    static final String DISBURSEMENTS = "/api/v1/entries/disbursements";
    static final String EXPENDITURES = "/api/v1/entries/expenditures";

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
        return post(ADMIN, RECEIPTS, """
                {"source": "%s", "amount": "%s", "receivedOn": "%s", "documentNumber": "doc-%s"}"""
                .formatted(source, amount, date, UUID.randomUUID())).statusCode(201).extract().path("id");
    }

    static String disbursement(String source, String county, String amount, String date) {
        return post(ADMIN, DISBURSEMENTS, """
                {"source": "%s", "county": "%s", "amount": "%s", "disbursedOn": "%s"}"""
                .formatted(source, county, amount, date)).statusCode(201).extract().path("id");
    }

    static ValidatableResponse spend(String token, String source, String county, String purpose, String amount, String date) {
        return post(token, EXPENDITURES, """
                {"source": "%s", "county": "%s", "purpose": "%s", "amount": "%s", "spentOn": "%s"}"""
                .formatted(source, county, purpose, amount, date));
    }

    static ValidatableResponse reverse(String token, String entryId, String reason, String date) {
        return post(token, "/api/v1/entries/" + entryId + "/reversal", """
                {"reason": "%s", "reversedOn": "%s"}""".formatted(reason, date));
    }

    /** Sends every request at the same moment, one thread each, and returns the answers in the order given. */
    static List<ExtractableResponse<Response>> atOnce(List<Supplier<ValidatableResponse>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ExtractableResponse<Response>>> pending = new ArrayList<>();
            for (Supplier<ValidatableResponse> request : requests) {
                pending.add(pool.submit(() -> {
                    start.await();
                    return request.get().extract();
                }));
            }
            start.countDown();
            List<ExtractableResponse<Response>> answers = new ArrayList<>();
            for (Future<ExtractableResponse<Response>> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One column ({@code id}, {@code county}, ...) of the entries stored with this document number, in recording order. */
    static List<String> entriesWithDocument(DataSource dataSource, String column, String documentNumber) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT " + column + " FROM ledger_entry WHERE document_number = ? ORDER BY recorded_at, id")) {
            query.setString(1, documentNumber);
            try (ResultSet rows = query.executeQuery()) {
                List<String> ids = new ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
                return ids;
            }
        }
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
