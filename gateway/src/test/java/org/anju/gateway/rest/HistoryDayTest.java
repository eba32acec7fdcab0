package org.anju.gateway.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** The series' days are the programme's (Beijing) days, whatever zone the JVM runs in. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(EchoOriginResource.class)
class HistoryDayTest {

    private static final String QI = "140727";

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aTaskFirstRecordedAt1AmInBeijingCountsFromThatBeijingDayAndTheSeriesEndsTodayByDefault() {
        try (var events = GatewayFixtures.fixtures()) {
            // 01:00 on 5 March in Beijing: a relocation task carries no date of its own
            events.publish("households", "RelocationTaskSet", GatewayFixtures.task(UUID.randomUUID().toString(), 1, QI, 77),
                    OffsetDateTime.parse("2019-03-04T17:00:00Z"));
        }
        String series = "/api/v1/indicators/relocation.task.people/series?county=" + QI + "&from=2019-03-04&to=2019-03-05";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(series).then().statusCode(200)
                .body("points.value", equalTo(List.of(0, 77))));
        given().get(series).then().body("points.day", equalTo(List.of("2019-03-04", "2019-03-05")));

        clock.set(Instant.parse("2019-03-04T17:00:00Z"));
        given().get("/api/v1/indicators/relocation.task.people/series?county=" + QI + "&from=2019-03-01")
                .then().statusCode(200).body("points.day[-1]", equalTo("2019-03-05")).body("points", org.hamcrest.Matchers.hasSize(5));
    }
}
