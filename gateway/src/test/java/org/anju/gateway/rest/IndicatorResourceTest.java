package org.anju.gateway.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.anju.gateway.rest.GatewayFixtures.fixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(EchoOriginResource.class)
class IndicatorResourceTest {

    private static final String HESHUN = "140723";

    @Test
    void countyIndicatorsFollowTheHouseholdsEventsAndIgnoreDuplicatesAndOlderSnapshots() {
        String site = UUID.randomUUID().toString();
        String h1 = UUID.randomUUID().toString();
        String h2 = UUID.randomUUID().toString();
        String h3 = UUID.randomUUID().toString();
        try (var events = fixtures()) {
            events.publish("RelocationTaskSet", GatewayFixtures.task(UUID.randomUUID().toString(), 1, HESHUN, 10));
            events.publish("SiteCompleted", GatewayFixtures.site(site, 3, HESHUN, "COMPLETED"));
            events.publish("HomesteadReclaimed", GatewayFixtures.household(h1, 6, HESHUN, site, "REGISTERED_POOR", 4, "MOVED_IN", "LIFTED", "RECLAIMED"));
            events.publish("HousingAllocated", GatewayFixtures.household(h2, 2, HESHUN, site, "REGISTERED_POOR", 3, "HOUSING_ALLOCATED", "IN_POVERTY", "TO_DEMOLISH"));
            events.publish("HouseholdMovedIn", GatewayFixtures.household(h3, 3, HESHUN, site, "CO_RELOCATED", 2, "MOVED_IN", "NOT_APPLICABLE", "NONE_TO_DEMOLISH"));
            events.publish("VillageDemolished", GatewayFixtures.village(UUID.randomUUID().toString(), 3, HESHUN, "DEMOLISHED"));
            // h2 moves in; then a duplicate of h1 and an older snapshot of h2 arrive late
            events.publish("HouseholdMovedIn", GatewayFixtures.household(h2, 3, HESHUN, site, "REGISTERED_POOR", 3, "MOVED_IN", "IN_POVERTY", "TO_DEMOLISH"));
            events.publish("HomesteadReclaimed", GatewayFixtures.household(h1, 6, HESHUN, site, "REGISTERED_POOR", 4, "MOVED_IN", "LIFTED", "RECLAIMED"));
            events.publish("HousingAllocated", GatewayFixtures.household(h2, 2, HESHUN, site, "REGISTERED_POOR", 3, "HOUSING_ALLOCATED", "IN_POVERTY", "TO_DEMOLISH"));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(indicator(county(), "occupancy.people", "value")).isEqualTo(9));
        JsonPath county = county();
        assertThat(county.getString("scope.zh")).isEqualTo("和顺县");
        assertThat(indicator(county, "relocation.people", "value")).isEqualTo(9);
        assertThat(indicator(county, "relocation.people.registered-poor", "value")).isEqualTo(7);
        assertThat(indicator(county, "relocation.people.co-relocated", "value")).isEqualTo(2);
        assertThat(indicator(county, "relocation.households", "value")).isEqualTo(3);
        assertThat(indicator(county, "occupancy.households", "value")).isEqualTo(3);
        assertThat(indicator(county, "occupancy.rate", "value")).isEqualTo(1.0f);
        assertThat(indicator(county, "poverty.lifted.people", "value")).isEqualTo(4);
        assertThat(indicator(county, "poverty.lifted.rate", "numerator")).isEqualTo(4);
        assertThat(indicator(county, "poverty.lifted.rate", "denominator")).isEqualTo(7);
        assertThat(indicator(county, "homestead.demolition.rate", "value")).isEqualTo(0.5f);
        assertThat(indicator(county, "homestead.reclamation.rate", "value")).isEqualTo(0.5f);
        assertThat(indicator(county, "relocation.task-completion", "value")).isEqualTo(0.9f);
        assertThat(indicator(county, "relocation.people", "target.value")).isEqualTo(10);
        assertThat(indicator(county, "relocation.people", "gap")).isEqualTo(1);
        assertThat(indicator(county, "relocation.people", "met")).isEqualTo(false);
        assertThat(indicator(county, "occupancy.rate", "met")).isEqualTo(true);
        assertThat(indicator(county, "sites.completion", "value")).isEqualTo(1.0f);
        assertThat(indicator(county, "village.demolished.rate", "value")).isEqualTo(1.0f);
        assertThat(indicator(county, "village.reclaimed", "value")).isEqualTo(0);
        assertThat(indicator(county, "occupancy.rate", "asOf")).isNotNull();

        // the site's own figures need a token; the city sums the counties
        given().get("/api/v1/sites/" + site + "/indicators").then().statusCode(401);
        JsonPath siteView = given().header("Authorization", TestTokens.bearer("partner", null))
                .get("/api/v1/sites/" + site + "/indicators").then().statusCode(200).extract().jsonPath();
        assertThat(indicator(siteView, "occupancy.people", "value")).isEqualTo(9);
        JsonPath city = given().get("/api/v1/indicators").then().statusCode(200).extract().jsonPath();
        assertThat(city.getString("scope.code")).isEqualTo("140700");
        assertThat((Integer) indicator(city, "relocation.people", "value")).isGreaterThanOrEqualTo(9);
    }

    @Test
    void everyCountyIsListedSideBySide() {
        JsonPath counties = given().get("/api/v1/counties").then().statusCode(200).extract().jsonPath();
        assertThat(counties.getList("counties.scope.code")).hasSize(11).contains("140702", "140781");
        assertThat(counties.getList("freshness.topic")).contains("households.v1", "funding.v1", "industry.v1", "governance.v1");
    }

    @Test
    void anUnknownOrMalformedCountyIsAProblem() {
        given().get("/api/v1/indicators?county=140799").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("county"));
        given().get("/api/v1/indicators?county=abc").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("county"));
    }

    @Test
    void theCatalogueDefinesEveryIndicator() {
        JsonPath catalogue = given().get("/api/v1/indicators/catalogue").then().statusCode(200).extract().jsonPath();
        assertThat(catalogue.getList("id")).contains("relocation.task-completion", "occupancy.rate", "poverty.lifted.rate");
        assertThat(catalogue.getString("find { it.id == 'occupancy.rate' }.denominator")).isEqualTo("people");
    }

    private static JsonPath county() {
        return given().get("/api/v1/indicators?county=" + HESHUN).then().statusCode(200).extract().jsonPath();
    }

    private static Object indicator(JsonPath view, String id, String field) {
        return view.get("indicators.find { it.id == '" + id + "' }." + field);
    }
}
