package org.anju.gateway.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.text.Collator;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.anju.gateway.rest.GatewayFixtures.fixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

/** {@code GET /api/v1/counties/{county}/sites}: a county's sites with their public occupancy figures, as of a day. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(EchoOriginResource.class)
class CountySitesTest {

    /** 灵石: the dashboard's data has sites there too; this test finds its own by id. */
    private static final String LINGSHI = "140729";
    /** 介休: no test records a site there. */
    private static final String JIEXIU = "140781";

    @Test
    void aCountysSitesWithTheirOccupancyAsOfADaySortedByNameWithZerosForASiteWithoutHouseholds() {
        String site = UUID.randomUUID().toString();
        String empty = UUID.randomUUID().toString();
        try (var events = fixtures()) {
            events.publish("SiteCompleted", GatewayFixtures.site(site, 3, LINGSHI, "COMPLETED").put("name", "静升镇安置点 " + site));
            events.publish("SiteRegistered", GatewayFixtures.site(empty, 1, LINGSHI, "PLANNED").put("name", "两渡镇安置点 " + empty)
                    .put("placementMode", "CENTRAL_VILLAGE"));
            // allocated 2019-05-01, moved in 2019-06-01 (GatewayFixtures.household)
            events.publish("HouseholdMovedIn", GatewayFixtures.household(UUID.randomUUID().toString(), 3, LINGSHI, site,
                    "REGISTERED_POOR", 4, "MOVED_IN", "LIFTED", "DEMOLISHED"));
            events.publish("HousingAllocated", GatewayFixtures.household(UUID.randomUUID().toString(), 2, LINGSHI, site,
                    "CO_RELOCATED", 3, "HOUSING_ALLOCATED", "NOT_APPLICABLE", "NONE_TO_DEMOLISH"));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath today = sites(LINGSHI, null);
            assertThat(figure(today, site, "relocation.people", "value")).isEqualTo(7);
            assertThat(today.getList("sites.id")).contains(empty);
        });

        JsonPath today = sites(LINGSHI, null);
        assertThat(today.getString("county.code")).isEqualTo(LINGSHI);
        assertThat(today.getString("county.zh")).isEqualTo("灵石县");
        assertThat(today.getString("asOfDate")).isNull();
        assertThat(today.getString("sites.find { it.id == '" + site + "' }.name")).isEqualTo("静升镇安置点 " + site);
        assertThat(today.getString("sites.find { it.id == '" + site + "' }.placementMode")).isEqualTo("COUNTY_TOWN");
        assertThat(today.getList("sites.find { it.id == '" + site + "' }.indicators.id"))
                .containsExactly("relocation.households", "relocation.people", "occupancy.households", "occupancy.rate");
        assertThat(figure(today, site, "relocation.households", "value")).isEqualTo(2);
        assertThat(figure(today, site, "occupancy.households", "value")).isEqualTo(1);
        assertThat(figure(today, site, "occupancy.rate", "numerator")).isEqualTo(4);
        assertThat(figure(today, site, "occupancy.rate", "denominator")).isEqualTo(7);
        assertThat(today.getFloat("sites.find { it.id == '" + site + "' }.indicators.find { it.id == 'occupancy.rate' }.value"))
                .isEqualTo(0.571429f);
        // only the occupancy: nothing of money or income
        assertThat(today.prettify()).doesNotContain("income", "funds.");

        // the same figures as the site's own (token-protected) indicators
        JsonPath own = given().header("Authorization", TestTokens.bearer("partner", null)).get("/api/v1/sites/" + site + "/indicators")
                .then().statusCode(200).extract().jsonPath();
        for (String id : List.of("relocation.households", "relocation.people", "occupancy.households")) {
            assertThat(figure(today, site, id, "value")).isEqualTo(own.get("indicators.find { it.id == '" + id + "' }.value"));
        }

        // a known site without households: zeros, no rate
        assertThat(figure(today, empty, "relocation.households", "value")).isEqualTo(0);
        assertThat(figure(today, empty, "relocation.people", "value")).isEqualTo(0);
        assertThat(figure(today, empty, "occupancy.households", "value")).isEqualTo(0);
        assertThat(figure(today, empty, "occupancy.rate", "value")).isNull();
        assertThat(today.getString("sites.find { it.id == '" + empty + "' }.placementMode")).isEqualTo("CENTRAL_VILLAGE");

        // sorted by name (as a Chinese reader looks names up)
        List<String> names = today.getList("sites.name");
        assertThat(names).isSortedAccordingTo(Collator.getInstance(Locale.SIMPLIFIED_CHINESE));

        // as of a day: before the allocation nothing, between allocation and move-in relocated but not moved in
        JsonPath before = sites(LINGSHI, "2018-12-31");
        assertThat(before.getString("asOfDate")).isEqualTo("2018-12-31");
        assertThat(figure(before, site, "relocation.people", "value")).isEqualTo(0);
        assertThat(figure(before, site, "occupancy.rate", "value")).isNull();
        JsonPath allocated = sites(LINGSHI, "2019-05-15");
        assertThat(figure(allocated, site, "relocation.households", "value")).isEqualTo(2);
        assertThat(figure(allocated, site, "relocation.people", "value")).isEqualTo(7);
        assertThat(figure(allocated, site, "occupancy.households", "value")).isEqualTo(0);
        assertThat(allocated.getFloat("sites.find { it.id == '" + site + "' }.indicators.find { it.id == 'occupancy.rate' }.value"))
                .isEqualTo(0f);
        JsonPath movedIn = sites(LINGSHI, "2019-12-31");
        assertThat(figure(movedIn, site, "occupancy.households", "value")).isEqualTo(1);
        assertThat(figure(movedIn, site, "occupancy.rate", "numerator")).isEqualTo(4);
    }

    @Test
    void aCountyWithoutSitesAnswersAnEmptyList() {
        given().get("/api/v1/counties/" + JIEXIU + "/sites").then().statusCode(200)
                .body("county.code", equalTo(JIEXIU)).body("county.en", equalTo("Jiexiu")).body("sites.size()", equalTo(0));
        given().get("/api/v1/counties/" + JIEXIU + "/sites?asOf=2018-12-31").then().statusCode(200)
                .body("asOfDate", equalTo("2018-12-31")).body("sites.size()", equalTo(0));
    }

    @Test
    void anUnknownCountyOrABadDateIs400() {
        for (String county : List.of("999999", "140700", "14072", "abc")) {
            given().get("/api/v1/counties/" + county + "/sites").then().statusCode(400)
                    .contentType("application/problem+json").body("detail", not(emptyOrNullString()));
        }
        given().get("/api/v1/counties/" + LINGSHI + "/sites?asOf=2018-13-01").then().statusCode(400);
        given().get("/api/v1/counties/" + LINGSHI + "/sites?from=2018-01-01").then().statusCode(400);
    }

    @Test
    void revalidatedWithItsETag() {
        var first = given().get("/api/v1/counties/" + LINGSHI + "/sites?asOf=2018-12-31").then().statusCode(200).extract();
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        given().header("If-None-Match", etag).get("/api/v1/counties/" + LINGSHI + "/sites?asOf=2018-12-31").then().statusCode(304);
        // open data: no token needed, and none asked for
        assertThat(first.header("Cache-Control")).isEqualTo("no-cache");
    }

    @SuppressWarnings("unchecked")
    private static Object figure(JsonPath sites, String siteId, String indicatorId, String field) {
        Map<String, Object> figure = sites.getMap("sites.find { it.id == '" + siteId + "' }.indicators.find { it.id == '" + indicatorId + "' }");
        assertThat(figure).as("%s of site %s", indicatorId, siteId).isNotNull();
        return figure.get(field);
    }

    private static JsonPath sites(String county, String asOf) {
        return given().get("/api/v1/counties/" + county + "/sites" + (asOf == null ? "" : "?asOf=" + asOf))
                .then().statusCode(200).extract().jsonPath();
    }
}
