package org.anju.households.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.anju.households.rest.Api.HESHUN;
import static org.anju.households.rest.Api.ZUOQUAN;
import static org.anju.households.rest.Api.admin;
import static org.anju.households.rest.Api.allocate;
import static org.anju.households.rest.Api.as;
import static org.anju.households.rest.Api.command;
import static org.anju.households.rest.Api.completedSite;
import static org.anju.households.rest.Api.household;
import static org.anju.households.rest.Api.officerOf;
import static org.anju.households.rest.Api.registerHousehold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

@QuarkusTest
@WithTestResource(StackTestResource.class)
class SiteVillageTaskApiTest {

    @Test
    void aSiteIsRegisteredBuiltCorrectedAndCompletedWithAnEventPerVersion() {
        String id = Api.site(HESHUN, 100);
        admin().body(Map.of("date", "2017-03-01")).post("/api/v1/sites/{id}/start-construction", id)
                .then().statusCode(200).header("ETag", "\"2\"").body("status", equalTo("UNDER_CONSTRUCTION"));
        admin().header("If-Match", "\"2\"").body(Map.of("county", HESHUN, "town", "义兴镇", "name", "城东安置小区",
                        "placementMode", "COMMUNITY", "plannedHouseholds", 120, "plannedPeople", 360))
                .put("/api/v1/sites/{id}", id).then().statusCode(200).body("plannedHouseholds", equalTo(120));
        admin().body(Map.of("date", "2018-09-30")).post("/api/v1/sites/{id}/complete", id)
                .then().statusCode(200).header("ETag", "\"4\"").body("completedOn", equalTo("2018-09-30"));

        List<JsonNode> events = Events.of(id, 4);
        assertThat(Events.types(events)).containsExactly("SiteRegistered", "SiteConstructionStarted", "SiteUpdated", "SiteCompleted");
        assertThat(Events.versions(events)).containsExactly(1L, 2L, 3L, 4L);
        assertThat(events.get(3).path("data").path("status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void completingASiteThatIsNotUnderConstructionIsA409() {
        String id = Api.site(HESHUN, 10);
        command("/api/v1/sites/{id}/complete", id).statusCode(409).body("rule", equalTo("completion-requires-construction"));
    }

    @Test
    void sitesAreListedByCountyStatusAndMode() {
        completedSite(ZUOQUAN, 5);
        admin().get("/api/v1/sites?county=" + ZUOQUAN + "&status=COMPLETED&mode=COUNTY_TOWN").then().statusCode(200)
                .body("items.county", everyItem(equalTo(ZUOQUAN))).body("items.status", everyItem(equalTo("COMPLETED")));
        as(officerOf(HESHUN)).get("/api/v1/sites?county=" + ZUOQUAN).then().statusCode(403);
    }

    @Test
    void aVillageIsRelocatedOnlyWhenEveryHouseholdFromItHasMovedIn() {
        String village = admin().body(Map.of("county", HESHUN, "township", "松烟镇", "name", "石叠村后沟"))
                .post("/api/v1/villages").then().statusCode(201).extract().path("id");
        command("/api/v1/villages/{id}/relocate", village).statusCode(409)
                .body("rule", equalTo("village-relocation-requires-every-household-moved-in"));

        String site = completedSite(HESHUN, 10);
        Map<String, Object> first = new HashMap<>(household(HESHUN, "REGISTERED_POOR"));
        first.put("villageId", village);
        Map<String, Object> second = new HashMap<>(household(HESHUN, "CO_RELOCATED"));
        second.put("villageId", village);
        String a = registerHousehold(first);
        String b = registerHousehold(second);
        allocate(a, site).statusCode(200);
        command("/api/v1/households/{id}/move-in", a).statusCode(200);
        command("/api/v1/villages/{id}/relocate", village).statusCode(409);
        command("/api/v1/villages/{id}/demolish", village).statusCode(409).body("rule", equalTo("village-demolition-requires-relocation"));

        allocate(b, site).statusCode(200);
        command("/api/v1/households/{id}/move-in", b).statusCode(200);
        command("/api/v1/villages/{id}/relocate", village).statusCode(200).body("status", equalTo("RELOCATED"))
                .body("householdCount", equalTo(2)).body("householdsMovedIn", equalTo(2));
        Map<String, Object> late = new HashMap<>(household(HESHUN, "CO_RELOCATED"));
        late.put("villageId", village);
        admin().body(late).post("/api/v1/households").then().statusCode(409).body("rule", equalTo("village-closed-after-relocation"));
        command("/api/v1/villages/{id}/reclaim", village).statusCode(409).body("rule", equalTo("reclamation-requires-demolition"));
        command("/api/v1/villages/{id}/demolish", village).statusCode(200);
        command("/api/v1/villages/{id}/reclaim", village).statusCode(200).header("ETag", "\"4\"");

        List<JsonNode> events = Events.of(village, 4);
        assertThat(Events.types(events)).containsExactly("VillageRegistered", "VillageRelocated", "VillageDemolished", "VillageReclaimed");
        assertThat(Events.versions(events)).containsExactly(1L, 2L, 3L, 4L);
        assertThat(events.get(1).path("data").path("householdCount").asInt()).isEqualTo(2);
    }

    @Test
    void concurrentFirstSetsOfTheSameTaskCreateItOnceAndNeverFail() throws Exception {
        List<Integer> codes = Api.statuses(Api.concurrently(4, attempt -> admin().body(Map.of("plannedPeople", 500))
                .put("/api/v1/relocation-tasks/{county}/{period}", HESHUN, "2021-2025")));
        assertThat(codes).containsOnlyOnce(201).isSubsetOf(201, 200, 409);
    }

    @Test
    void aRelocationTaskIsSetPerCountyAndPeriodAndChangedAsANewVersion() {
        String id = admin().body(Map.of("plannedPeople", 3000)).put("/api/v1/relocation-tasks/{county}/{period}", ZUOQUAN, "2016-2020")
                .then().statusCode(201).header("ETag", "\"1\"").extract().path("id");
        admin().body(Map.of("plannedPeople", 3120, "plannedHouseholds", 1210))
                .put("/api/v1/relocation-tasks/{county}/{period}", ZUOQUAN, "2016-2020")
                .then().statusCode(200).header("ETag", "\"2\"").body("plannedPeople", equalTo(3120));
        admin().get("/api/v1/relocation-tasks?county=" + ZUOQUAN).then().statusCode(200).body("items.size()", equalTo(1));
        as(officerOf(ZUOQUAN)).body(Map.of("plannedPeople", 1)).put("/api/v1/relocation-tasks/{county}/{period}", ZUOQUAN, "2016-2020")
                .then().statusCode(403);
        as(TestTokens.bearer("city-admin", null)).body(Map.of("plannedPeople", 1))
                .put("/api/v1/relocation-tasks/{county}/{period}", ZUOQUAN, "2016").then().statusCode(400);

        List<JsonNode> events = Events.of(id, 2);
        assertThat(Events.types(events)).containsExactly("RelocationTaskSet", "RelocationTaskSet");
        assertThat(Events.versions(events)).containsExactly(1L, 2L);
        assertThat(events.get(1).path("data").path("plannedHouseholds").asInt()).isEqualTo(1210);
    }
}
