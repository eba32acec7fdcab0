package org.anju.gateway.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(EchoOriginResource.class)
class TargetsHistoryAndQualityTest {

    private static final String JIEXIU = "140781";

    @Test
    void aCityAdminSetsACountyTargetAndTheIndicatorShowsItsGap() {
        try (var events = GatewayFixtures.fixtures()) {
            events.publish("HouseholdMovedIn", GatewayFixtures.household(UUID.randomUUID().toString(), 3, JIEXIU, null,
                    "REGISTERED_POOR", 4, "MOVED_IN", "IN_POVERTY", "TO_DEMOLISH"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/v1/indicators?county=" + JIEXIU)
                .then().extract().jsonPath().getInt("indicators.find { it.id == 'relocation.people' }.value") == 4);
        String target = "{\"comparator\": \">=\", \"value\": 10, \"note\": \"the county's plan\"}";

        given().contentType("application/json").body(target).put("/api/v1/targets/relocation.people?county=" + JIEXIU)
                .then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("county-officer", JIEXIU)).contentType("application/json").body(target)
                .put("/api/v1/targets/relocation.people?county=" + JIEXIU).then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("city-admin", null)).contentType("application/json")
                .body("{\"comparator\": \">\", \"value\": 10}").put("/api/v1/targets/relocation.people?county=" + JIEXIU)
                .then().statusCode(400).body("errors[0].field", equalTo("comparator"));
        given().header("Authorization", TestTokens.bearer("city-admin", null)).contentType("application/json").body(target)
                .put("/api/v1/targets/no.such.indicator").then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("city-admin", null)).contentType("application/json").body(target)
                .put("/api/v1/targets/relocation.people?county=" + JIEXIU).then().statusCode(200);

        given().get("/api/v1/indicators?county=" + JIEXIU).then().statusCode(200)
                .body("indicators.find { it.id == 'relocation.people' }.target.value", equalTo(10))
                .body("indicators.find { it.id == 'relocation.people' }.gap", equalTo(6))
                .body("indicators.find { it.id == 'relocation.people' }.met", equalTo(false));
    }

    @Test
    void todaysFiguresAreADailySeriesPoint() {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        given().get("/api/v1/indicators/occupancy.rate/series?county=" + JIEXIU + "&from=" + today + "&to=" + today)
                .then().statusCode(200)
                .body("indicatorId", equalTo("occupancy.rate"))
                .body("scope", equalTo(JIEXIU))
                .body("points", hasSize(1))
                .body("points[0].day", equalTo(today));
        given().get("/api/v1/indicators/occupancy.rate/series?from=2026-02-01&to=2026-01-01").then().statusCode(400);
        given().get("/api/v1/indicators/no.such.indicator/series").then().statusCode(404);
    }

    @Test
    void declaredFiguresThatCannotAllBeTrueAreReportedWithTheirArithmetic() {
        String admin = TestTokens.bearer("city-admin", null);
        given().header("Authorization", admin).contentType("application/json")
                .body("{\"numerator\": 19850, \"denominator\": 22909, \"value\": 0.95, \"source\": \"report\"}")
                .put("/api/v1/data-quality/claims/poverty.lifted.rate").then().statusCode(200);
        given().header("Authorization", admin).contentType("application/json").body("{\"source\": \"nothing\"}")
                .put("/api/v1/data-quality/claims/poverty.lifted.rate").then().statusCode(400);
        given().contentType("application/json").body("{\"value\": 1}")
                .put("/api/v1/data-quality/claims/poverty.lifted.rate").then().statusCode(401);

        given().get("/api/v1/data-quality").then().statusCode(200)
                .body("findings.rule", hasItem("claimed-rate-mismatch"))
                .body("findings.find { it.rule == 'claimed-rate-mismatch' }.message",
                        equalTo("claimed 95% but 19850 / 22909 = 86.65% [report]"));
        given().get("/api/v1/data-quality/claims").then().statusCode(200).body("indicatorId", hasItem("poverty.lifted.rate"));
    }
}
