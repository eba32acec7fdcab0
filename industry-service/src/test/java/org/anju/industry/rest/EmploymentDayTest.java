package org.anju.industry.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.anju.industry.rest.HouseholdsTopic.Household;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.anju.industry.rest.IndustryApi.HESHUN;
import static org.anju.industry.rest.IndustryApi.asAdmin;
import static org.anju.industry.rest.IndustryApi.awaitSituation;
import static org.hamcrest.Matchers.equalTo;

/**
 * "Today" for employment is the programme's day (Beijing), whatever zone the JVM runs in: at
 * 17:00 UTC on 4 March 2019 it is already 01:00 on 5 March in Jinzhong.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class EmploymentDayTest {

    static final Instant BEIJING_ONE_AM_ON_5_MARCH = Instant.parse("2019-03-04T17:00:00Z");

    @Inject
    TestClock clock;

    Household household;

    @BeforeEach
    void aMovedInHousehold() {
        household = Household.registered(HESHUN, 4, 2).movedIn();
        HouseholdsTopic.publish("HouseholdMovedIn", household);
        awaitSituation(household.id(), 1);
        clock.set(BEIJING_ONE_AM_ON_5_MARCH);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Map<String, Object> jobStarting(String startDate) {
        Map<String, Object> job = EmploymentApiTest.job(household.id(), "m-1", false);
        job.put("startDate", startDate);
        return job;
    }

    @Test
    void aJobStartingOnTheProgrammesTodayIsAcceptedThoughItIsStillYesterdayInUtc() {
        String id = asAdmin().body(jobStarting("2019-03-05")).post("/api/v1/employments").then().statusCode(201)
                .body("startDate", equalTo("2019-03-05")).extract().path("id");

        asAdmin().body(Map.of("endDate", "2019-03-05")).post("/api/v1/employments/{id}/end", id)
                .then().statusCode(200).body("endDate", equalTo("2019-03-05")).body("status", equalTo("ENDED"));
    }

    @Test
    void aJobStartingTomorrowInBeijingIsRefused() {
        asAdmin().body(jobStarting("2019-03-06")).post("/api/v1/employments").then().statusCode(409)
                .body("rule", equalTo("employment-starts-by-today"));
    }

    @Test
    void aJobCannotEndAfterTheProgrammesToday() {
        String id = asAdmin().body(jobStarting("2019-03-01")).post("/api/v1/employments").then().statusCode(201)
                .extract().path("id");

        asAdmin().body(Map.of("endDate", "2019-03-06")).post("/api/v1/employments/{id}/end", id)
                .then().statusCode(409).body("rule", equalTo("employment-end-between-start-and-today"));
    }
}
