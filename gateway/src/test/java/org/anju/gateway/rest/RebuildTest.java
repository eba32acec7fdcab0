package org.anju.gateway.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(EchoOriginResource.class)
class RebuildTest {

    private static final String XIYANG = "140724";

    @Test
    void aRebuildFromTheLogEqualsTheLiveProjectionAndTheConsumerCarriesOn() {
        String site = UUID.randomUUID().toString();
        String household = UUID.randomUUID().toString();
        try (var events = GatewayFixtures.fixtures()) {
            events.publish("SiteCompleted", GatewayFixtures.site(site, 3, XIYANG, "COMPLETED"));
            events.publish("HousingAllocated", GatewayFixtures.household(household, 2, XIYANG, site, "REGISTERED_POOR", 4, "HOUSING_ALLOCATED", "IN_POVERTY", "TO_DEMOLISH"));
            events.publish("HouseholdMovedIn", GatewayFixtures.household(household, 3, XIYANG, site, "REGISTERED_POOR", 4, "MOVED_IN", "IN_POVERTY", "TO_DEMOLISH"));
            events.publish("HouseholdMovedIn", GatewayFixtures.household(household, 3, XIYANG, site, "REGISTERED_POOR", 4, "MOVED_IN", "IN_POVERTY", "TO_DEMOLISH"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> figure(cityCounties(), "occupancy.people") >= 4);
        String before = cityCounties();

        given().post("/api/v1/ops/projections/rebuild").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("partner", null)).post("/api/v1/ops/projections/rebuild").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("ops", null)).post("/api/v1/ops/projections/rebuild")
                .then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(given().header("Authorization", TestTokens.bearer("ops", null))
                .get("/api/v1/ops/projections/rebuild").then().statusCode(200).extract().path("state")));

        assertThat(cityCounties()).isEqualTo(before);

        // the live consumer resumes after the swap
        try (var events = GatewayFixtures.fixtures()) {
            events.publish("HouseholdMovedIn", GatewayFixtures.household(UUID.randomUUID().toString(), 3, XIYANG, site,
                    "CO_RELOCATED", 2, "MOVED_IN", "NOT_APPLICABLE", "NONE_TO_DEMOLISH"));
        }
        long movedIn = figure(before, "occupancy.people");
        await().atMost(Duration.ofSeconds(30)).until(() -> figure(cityCounties(), "occupancy.people") == movedIn + 2);
    }

    @Test
    void aRebuildGivesTheSameFiguresAsOfPastDaysAndTheSameSeries() {
        String site = UUID.randomUUID().toString();
        String household = UUID.randomUUID().toString();
        try (var events = GatewayFixtures.fixtures()) {
            events.publish("SiteCompleted", GatewayFixtures.site(site, 3, XIYANG, "COMPLETED"));
            events.publish("HouseholdMovedIn", GatewayFixtures.household(household, 3, XIYANG, site, "REGISTERED_POOR", 3, "MOVED_IN", "LIFTED", "RECLAIMED"));
            events.publish("VillageReclaimed", GatewayFixtures.village(UUID.randomUUID().toString(), 3, XIYANG, "RECLAIMED"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> figure(cityCounties(), "occupancy.people") >= 3);
        String before = dated();

        given().header("Authorization", TestTokens.bearer("ops", null)).post("/api/v1/ops/projections/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(given().header("Authorization", TestTokens.bearer("ops", null))
                .get("/api/v1/ops/projections/rebuild").then().statusCode(200).extract().path("state")));

        assertThat(dated()).isEqualTo(before);
    }

    /** Every figure of the city and the county, without the freshness that moves with time. */
    private static String cityCounties() {
        return figures("/api/v1/indicators") + figures("/api/v1/indicators?county=" + XIYANG);
    }

    /** Figures as of past days, and series by month and by day, of the city and the county. */
    private static String dated() {
        StringBuilder figures = new StringBuilder();
        for (String day : List.of("2018-12-31", "2019-05-31", "2019-06-30", "2019-12-31", "2020-06-30")) {
            figures.append(figures("/api/v1/indicators?asOf=" + day)).append(figures("/api/v1/indicators?county=" + XIYANG + "&asOf=" + day));
        }
        for (String id : List.of("relocation.people", "occupancy.rate", "homestead.reclamation.rate", "village.reclaimed", "poverty.lifted.rate")) {
            figures.append(given().get("/api/v1/indicators/" + id + "/series?county=" + XIYANG + "&from=2017-01-01&to=2020-12-31&interval=month")
                    .then().statusCode(200).extract().asString());
            figures.append(given().get("/api/v1/indicators/" + id + "/series?from=2019-04-01&to=2020-02-01")
                    .then().statusCode(200).extract().asString());
        }
        return figures.toString();
    }

    private static String figures(String path) {
        JsonPath view = given().get(path).then().statusCode(200).extract().jsonPath();
        return view.getList("indicators.collect { [it.id, it.numerator, it.denominator, it.value] }").toString();
    }

    private static long figure(String figures, String id) {
        int start = figures.indexOf("[" + id + ", ");
        String rest = figures.substring(start + id.length() + 3);
        return Long.parseLong(rest.substring(0, rest.indexOf(',')).trim());
    }
}
