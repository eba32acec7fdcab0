package org.anju.gateway.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.anju.gateway.service.HistoryService;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The history's days are the programme's (Beijing) days, whatever zone the JVM runs in. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(EchoOriginResource.class)
class HistoryDayTest {

    @Inject
    HistoryService history;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void figuresRecordedAt1AmInBeijingAreThatBeijingDaysAndTheSeriesEndsTodayByDefault() {
        clock.set(Instant.parse("2019-03-04T17:00:00Z")); // 01:00 on 5 March in Beijing

        history.recordToday();

        given().get("/api/v1/indicators/occupancy.rate/series?county=140781&from=2019-03-05&to=2019-03-05")
                .then().statusCode(200).body("points.day", equalTo(List.of("2019-03-05")));
        given().get("/api/v1/indicators/occupancy.rate/series?county=140781")
                .then().statusCode(200).body("points.day", hasItem("2019-03-05"));
    }
}
