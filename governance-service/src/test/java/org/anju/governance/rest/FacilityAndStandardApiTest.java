package org.anju.governance.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.governance.Bodies;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.anju.governance.Api.YUSHE;
import static org.anju.governance.Api.HESHUN;
import static org.anju.governance.Api.cityAdmin;
import static org.anju.governance.Api.events;
import static org.anju.governance.Api.officerOf;
import static org.anju.governance.Api.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(StackTestResource.class)
class FacilityAndStandardApiTest {

    private static String register(UUID site, String type, Integer beds, String openedOn) {
        Map<String, Object> body = Bodies.registerFacility(YUSHE, site, type);
        body.put("name", type);
        if (beds != null) {
            body.put("beds", beds);
        }
        if (openedOn != null) {
            body.put("openedOn", openedOn);
        }
        return officerOf(YUSHE).body(body).post("/api/v1/facilities").then().statusCode(201).extract().path("id");
    }

    @Test
    void aPlannedClinicOpensThenClosesAndTheSiteStandardFollowsIt() {
        UUID site = UUID.randomUUID();
        String clinic = register(site, "CLINIC", null, null);
        cityAdmin().get("/api/v1/sites/{site}/standard", site).then().statusCode(404);

        officerOf(YUSHE).body(Map.of("openedOn", "2019-09-01")).post("/api/v1/facilities/{id}/open", clinic)
                .then().statusCode(200).body("status", equalTo("OPEN")).header("ETag", "\"2\"");
        cityAdmin().get("/api/v1/sites/{site}/standard", site).then().statusCode(200)
                .body("metItems", equalTo(1)).body("totalItems", equalTo(18))
                .body("items.find { it.item == 'CLINIC' }.met", equalTo(true))
                .body("items.find { it.item == 'CLINIC' }.source", equalTo("FACILITY"));

        officerOf(YUSHE).body(Map.of("closedOn", "2023-12-31")).post("/api/v1/facilities/{id}/close", clinic)
                .then().statusCode(200).body("status", equalTo("CLOSED"));
        officerOf(YUSHE).body(Map.of("closedOn", "2024-01-01")).post("/api/v1/facilities/{id}/close", clinic)
                .then().statusCode(409).body("rule", equalTo("facility-already-closed"));
        cityAdmin().get("/api/v1/sites/{site}/standard", site).then().body("metItems", equalTo(0));

        assertThat(types(events(clinic, 3))).containsExactly("FacilityPlanned", "FacilityOpened", "FacilityClosed");
        assertThat(types(events(site.toString(), 2))).containsExactly("SiteStandardAssessed", "SiteStandardAssessed");
    }

    @Test
    void anElderlyHomeIsRegisteredOpenWithItsBeds() {
        UUID site = UUID.randomUUID();
        String home = register(site, "ELDERLY_HOME", 150, "2019-10-01");
        cityAdmin().get("/api/v1/facilities/{id}", home).then().statusCode(200)
                .header("ETag", "\"1\"").body("beds", equalTo(150)).body("status", equalTo("OPEN"));
        officerOf(YUSHE).body(Map.of("county", YUSHE, "siteId", site, "type", "ELDERLY_HOME"))
                .post("/api/v1/facilities").then().statusCode(409).body("rule", equalTo("elderly-home-needs-beds"));
        JsonNode opened = events(home, 1).get(0);
        assertThat(opened.path("type").asText()).isEqualTo("anju.governance.FacilityOpened");
        cityAdmin().get("/api/v1/facilities?siteId=" + site + "&type=ELDERLY_HOME&status=OPEN").then()
                .body("items.id", contains(home));
    }

    @Test
    void anOfficerAssessesTheChecklistAndTheScoreCountsTheItemsMet() {
        UUID site = UUID.randomUUID();
        officerOf(YUSHE).body(Map.of("county", YUSHE, "items", List.of(
                        Map.of("item", "PAVED", "met", true, "evidenceOn", "2020-09-30"),
                        Map.of("item", "POWER", "met", true, "evidenceOn", "2020-09-30"),
                        Map.of("item", "INTERNET", "met", false, "evidenceOn", "2020-09-30"))))
                .patch("/api/v1/sites/{site}/standard", site).then().statusCode(200)
                .header("ETag", "\"1\"").body("metItems", equalTo(2)).body("compliant", equalTo(false));

        List<Map<String, Object>> all = java.util.Arrays.stream(org.anju.governance.domain.StandardItem.values())
                .map(item -> Map.<String, Object>of("item", item.name(), "met", true, "evidenceOn", "2020-10-30")).toList();
        officerOf(YUSHE).header("If-Match", "\"1\"").body(Map.of("county", YUSHE, "items", all))
                .patch("/api/v1/sites/{site}/standard", site).then().statusCode(200)
                .body("metItems", equalTo(18)).body("compliant", equalTo(true));
        officerOf(YUSHE).header("If-Match", "\"1\"").body(Map.of("county", YUSHE, "items", all))
                .patch("/api/v1/sites/{site}/standard", site).then().statusCode(412);
        officerOf(HESHUN).body(Map.of("county", HESHUN, "items", all))
                .patch("/api/v1/sites/{site}/standard", site).then().statusCode(409).body("rule", equalTo("site-county-mismatch"));

        List<JsonNode> events = events(site.toString(), 2);
        assertThat(events.get(1).path("data").path("metItems").asInt()).isEqualTo(18);
    }

    @Test
    void aCountyOfficerCannotRegisterAFacilityElsewhere() {
        officerOf(HESHUN).body(Map.of("county", YUSHE, "siteId", UUID.randomUUID(), "type", "BARBER"))
                .post("/api/v1/facilities").then().statusCode(403);
    }
}
