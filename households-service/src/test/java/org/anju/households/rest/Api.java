package org.anju.households.rest;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.anju.households.domain.TestIdNumbers;
import org.anju.testing.TestTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

import static io.restassured.RestAssured.given;

/** Builds requests against the running service as a given caller, and the records the tests need. */
final class Api {

    static final String HESHUN = "140723";
    static final String ZUOQUAN = "140722";

    static final String ADMIN = TestTokens.bearer("city-admin", null);

    private Api() {
    }

    static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
    }

    static RequestSpecification admin() {
        return as(ADMIN);
    }

    static String officerOf(String county) {
        return TestTokens.bearer("county-officer", county);
    }

    static String registryNumber(String county) {
        return county + String.format("%013d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }

    static Map<String, Object> member(String idNumber, String relation, boolean labourCapacity) {
        return Map.of("name", "测试" + relation, "idNumber", idNumber, "relation", relation, "labourCapacity", labourCapacity,
                "phone", "13800000000");
    }

    static Map<String, Object> household(String county, String category, List<Map<String, Object>> members) {
        return Map.of("registryNumber", registryNumber(county), "county", county, "originVillage", "松烟镇石叠村",
                "originNaturalVillage", "后沟", "category", category, "homesteadToDemolish", true, "members", members);
    }

    static Map<String, Object> household(String county, String category) {
        return household(county, category, List.of(member(TestIdNumbers.next(county), "HEAD", true),
                member(TestIdNumbers.next(county), "SPOUSE", false)));
    }

    static String registerHousehold(Map<String, Object> household) {
        return admin().body(household).post("/api/v1/households").then().statusCode(201).extract().path("id");
    }

    static String site(String county, int plannedHouseholds) {
        return admin().body(Map.of("county", county, "town", "义兴镇", "name", "安置小区" + UUID.randomUUID(),
                        "placementMode", "COUNTY_TOWN", "plannedHouseholds", plannedHouseholds, "plannedPeople", plannedHouseholds * 3))
                .post("/api/v1/sites").then().statusCode(201).extract().path("id");
    }

    static String completedSite(String county, int plannedHouseholds) {
        String id = site(county, plannedHouseholds);
        admin().body(Map.of("date", "2017-03-01")).post("/api/v1/sites/{id}/start-construction", id).then().statusCode(200);
        admin().body(Map.of("date", "2018-09-30")).post("/api/v1/sites/{id}/complete", id).then().statusCode(200);
        return id;
    }

    static ValidatableResponse allocate(String householdId, String siteId) {
        return admin().body(Map.of("siteId", siteId, "flat", "3-2-501", "date", "2018-10-15"))
                .post("/api/v1/households/{id}/allocate-housing", householdId).then();
    }

    /** The responses of {@code attempts} requests sent at the same moment from as many threads; {@code request(i)} makes the i-th. */
    static List<Response> concurrently(int attempts, IntFunction<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                int attempt = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.apply(attempt);
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    static List<Integer> statuses(List<Response> responses) {
        return responses.stream().map(Response::statusCode).toList();
    }

    static ValidatableResponse command(String path, String id) {
        return admin().body(Map.of("date", "2019-01-10")).post(path, id).then();
    }
}
