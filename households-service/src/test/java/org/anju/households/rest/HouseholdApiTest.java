package org.anju.households.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.households.domain.TestIdNumbers;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestTokens;
import org.junit.jupiter.api.Test;

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
import static org.anju.households.rest.Api.member;
import static org.anju.households.rest.Api.officerOf;
import static org.anju.households.rest.Api.registerHousehold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(StackTestResource.class)
class HouseholdApiTest {

    @Test
    void eachLifecycleCommandEmitsItsEventWithTheNextVersionAndNoPersonalData() {
        String head = TestIdNumbers.next(HESHUN);
        Map<String, Object> request = household(HESHUN, "REGISTERED_POOR",
                List.of(member(head, "HEAD", true), member(TestIdNumbers.next(HESHUN), "CHILD", true)));
        String id = registerHousehold(request);
        String site = completedSite(HESHUN, 10);

        allocate(id, site).statusCode(200).header("ETag", "\"2\"").body("status", equalTo("HOUSING_ALLOCATED"));
        command("/api/v1/households/{id}/move-in", id).statusCode(200).body("status", equalTo("MOVED_IN"));
        command("/api/v1/households/{id}/lift-out-of-poverty", id).statusCode(200).body("povertyStatus", equalTo("LIFTED"));
        command("/api/v1/households/{id}/demolish-homestead", id).statusCode(200).body("homesteadStatus", equalTo("DEMOLISHED"));
        command("/api/v1/households/{id}/reclaim-homestead", id).statusCode(200)
                .header("ETag", "\"6\"").body("homesteadStatus", equalTo("RECLAIMED"));

        List<JsonNode> events = Events.of(id, 6);
        assertThat(Events.types(events)).containsExactly("HouseholdRegistered", "HousingAllocated", "HouseholdMovedIn",
                "HouseholdLiftedOutOfPoverty", "HomesteadDemolished", "HomesteadReclaimed");
        assertThat(Events.versions(events)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        JsonNode last = events.get(5).path("data");
        assertThat(last.path("version").asLong()).isEqualTo(6);
        assertThat(last.path("siteId").asText()).isEqualTo(site);
        assertThat(last.path("memberCount").asInt()).isEqualTo(2);
        assertThat(last.path("labourCapacityCount").asInt()).isEqualTo(2);
        assertThat(last.path("movedInOn").asText()).isEqualTo("2019-01-10");
        assertThat(events.get(0).path("county").asText()).isEqualTo(HESHUN);
        String all = events.toString();
        assertThat(all).doesNotContain(head).doesNotContain("测试").doesNotContain("13800000000").doesNotContain("3-2-501");
    }

    @Test
    void aCorrectionIsRecordedAsHouseholdUpdated() {
        Map<String, Object> request = household(HESHUN, "CO_RELOCATED");
        String id = registerHousehold(request);
        Map<String, Object> corrected = new java.util.HashMap<>(request);
        corrected.put("originNaturalVillage", "前沟");

        admin().header("If-Match", "\"1\"").body(corrected).put("/api/v1/households/{id}", id)
                .then().statusCode(200).header("ETag", "\"2\"").body("originNaturalVillage", equalTo("前沟"));

        List<JsonNode> events = Events.of(id, 2);
        assertThat(Events.types(events)).containsExactly("HouseholdRegistered", "HouseholdUpdated");
        assertThat(events.get(1).path("data").path("originNaturalVillage").asText()).isEqualTo("前沟");
    }

    @Test
    void aStaleIfMatchIsRejectedWith412() {
        String id = registerHousehold(household(HESHUN, "REGISTERED_POOR"));
        command("/api/v1/households/{id}/lift-out-of-poverty", id).statusCode(200);

        admin().header("If-Match", "\"1\"").body(Map.of()).post("/api/v1/households/{id}/demolish-homestead", id)
                .then().statusCode(412);
    }

    @Test
    void movingInBeforeHousingIsAllocatedIsA409NamingTheRule() {
        String id = registerHousehold(household(HESHUN, "REGISTERED_POOR"));
        command("/api/v1/households/{id}/move-in", id).statusCode(409).body("rule", equalTo("move-in-requires-housing"));
    }

    @Test
    void housingAtASiteNotCompletedIsA409() {
        String id = registerHousehold(household(HESHUN, "REGISTERED_POOR"));
        allocate(id, Api.site(HESHUN, 10)).statusCode(409).body("rule", equalTo("housing-requires-completed-site"));
    }

    @Test
    void housingAtAFullSiteIsA409() {
        String site = completedSite(HESHUN, 1);
        allocate(registerHousehold(household(HESHUN, "CO_RELOCATED")), site).statusCode(200);
        allocate(registerHousehold(household(HESHUN, "CO_RELOCATED")), site).statusCode(409)
                .body("rule", equalTo("housing-requires-room-at-site"));
        admin().get("/api/v1/sites/{id}", site).then().statusCode(200)
                .body("occupancy.housedHouseholds", equalTo(1)).body("occupancy.roomLeft", equalTo(0));
    }

    @Test
    void liftingACoRelocatedHouseholdIsA409() {
        String id = registerHousehold(household(HESHUN, "CO_RELOCATED"));
        command("/api/v1/households/{id}/lift-out-of-poverty", id).statusCode(409).body("rule", equalTo("lifting-requires-registered-poor"));
    }

    @Test
    void reclaimingBeforeDemolitionIsA409() {
        String id = registerHousehold(household(HESHUN, "CO_RELOCATED"));
        command("/api/v1/households/{id}/reclaim-homestead", id).statusCode(409).body("rule", equalTo("reclamation-requires-demolition"));
    }

    @Test
    void theSameIdNumberInASecondHouseholdIsRejectedNamingTheFirst() {
        String shared = TestIdNumbers.next(HESHUN);
        Map<String, Object> first = household(HESHUN, "REGISTERED_POOR", List.of(member(shared, "HEAD", true)));
        registerHousehold(first);

        // named to a reader of every county who sees full ID numbers (naming it confirms the number the mask hides)
        as(TestTokens.bearer("admin-pii", List.of("city-admin", "pii-reader"), null))
                .body(household(HESHUN, "CO_RELOCATED", List.of(member(TestIdNumbers.next(HESHUN), "HEAD", true), member(shared, "CHILD", false))))
                .post("/api/v1/households")
                .then().statusCode(409)
                .body("rule", equalTo("id-number-unique"))
                .body("detail", org.hamcrest.Matchers.containsString((String) first.get("registryNumber")))
                .body("detail", not(org.hamcrest.Matchers.containsString(shared)));
    }

    @Test
    void concurrentRegistrationsOfTheSamePersonAdmitOneAndRejectTheOthersWith409() throws Exception {
        String shared = TestIdNumbers.next(HESHUN);
        List<Integer> codes = Api.statuses(Api.concurrently(6, attempt -> admin()
                .body(household(HESHUN, "CO_RELOCATED", List.of(member(shared, "HEAD", true)))).post("/api/v1/households")));
        assertThat(codes).containsOnly(201, 409).containsOnlyOnce(201);
    }

    @Test
    void anInvalidIdNumberIsA400NamingTheField() {
        String mistyped = TestIdNumbers.mistyped(TestIdNumbers.next(HESHUN));
        admin().body(household(HESHUN, "CO_RELOCATED", List.of(member(mistyped, "HEAD", true))))
                .post("/api/v1/households")
                .then().statusCode(400)
                .body("errors.field", hasItem("members[0].idNumber"))
                .body(not(org.hamcrest.Matchers.containsString(mistyped)));
    }

    @Test
    void idNumbersAreMaskedUnlessTheCallerIsAPiiReader() {
        String head = TestIdNumbers.next(HESHUN);
        String id = registerHousehold(household(HESHUN, "REGISTERED_POOR", List.of(member(head, "HEAD", true))));
        String masked = head.substring(0, 6) + "********" + head.substring(14);

        // the birth date is exactly what the mask hides: shown only with the number itself
        admin().get("/api/v1/households/{id}", id).then().statusCode(200)
                .body("members[0].idNumber", equalTo(masked)).body("members[0].birthDate", nullValue());
        as(officerOf(HESHUN)).get("/api/v1/households").then().statusCode(200)
                .body("items.members.flatten().idNumber", not(hasItem(head)));
        as(TestTokens.bearer("reader", List.of("city-admin", "pii-reader"), null)).get("/api/v1/households/{id}", id)
                .then().statusCode(200).body("members[0].idNumber", equalTo(head)).body("members[0].birthDate", equalTo(
                        head.substring(6, 10) + "-" + head.substring(10, 12) + "-" + head.substring(12, 14)));
        as(TestTokens.bearer("partner", null)).get("/api/v1/households/{id}", id).then().statusCode(200)
                .body("members[0].idNumber", nullValue()).body("members[0].name", nullValue());
    }

    @Test
    void countyOfficersNeitherSeeNorChangeAnotherCountysHouseholds() {
        String zuoquan = registerHousehold(household(ZUOQUAN, "REGISTERED_POOR"));
        registerHousehold(household(HESHUN, "REGISTERED_POOR"));
        String heshunOfficer = officerOf(HESHUN);

        as(heshunOfficer).get("/api/v1/households/{id}", zuoquan).then().statusCode(403);
        as(heshunOfficer).get("/api/v1/households?county=" + ZUOQUAN).then().statusCode(403);
        as(heshunOfficer).get("/api/v1/households?limit=500").then().statusCode(200)
                .body("items.county", everyItem(equalTo(HESHUN))).body("items.id", not(hasItem(zuoquan)));
        as(heshunOfficer).body(Map.of()).post("/api/v1/households/{id}/lift-out-of-poverty", zuoquan).then().statusCode(403);
        as(heshunOfficer).body(household(ZUOQUAN, "CO_RELOCATED")).post("/api/v1/households").then().statusCode(403);
        as(officerOf(ZUOQUAN)).body(Map.of()).post("/api/v1/households/{id}/lift-out-of-poverty", zuoquan).then().statusCode(200);
    }

    @Test
    void aHouseholdThatMovedInIsNotDeletedButOneRegisteredByMistakeIs() {
        String site = completedSite(HESHUN, 5);
        String movedIn = registerHousehold(household(HESHUN, "CO_RELOCATED"));
        allocate(movedIn, site).statusCode(200);
        command("/api/v1/households/{id}/move-in", movedIn).statusCode(200);
        admin().delete("/api/v1/households/{id}", movedIn).then().statusCode(409).body("rule", equalTo("moved-in-household-not-deleted"));

        String mistake = registerHousehold(household(HESHUN, "CO_RELOCATED"));
        admin().delete("/api/v1/households/{id}", mistake).then().statusCode(204);
        admin().get("/api/v1/households/{id}", mistake).then().statusCode(404);
        List<JsonNode> events = Events.of(mistake, 2);
        assertThat(Events.types(events)).containsExactly("HouseholdRegistered", "HouseholdRemoved");
        assertThat(events.get(1).path("data").path("removed").asBoolean()).isTrue();
        assertThat(Events.versions(events)).containsExactly(1L, 2L);
    }

    @Test
    void aRetriedRegistrationWithTheSameIdempotencyKeyRegistersOnce() {
        Map<String, Object> request = household(HESHUN, "CO_RELOCATED");
        String key = java.util.UUID.randomUUID().toString();
        String first = admin().header("Idempotency-Key", key).body(request).post("/api/v1/households")
                .then().statusCode(201).extract().path("id");
        admin().header("Idempotency-Key", key).body(request).post("/api/v1/households")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
    }

    @Test
    void listsArePagedWithACursorAndFiltered() {
        String site = completedSite(HESHUN, 10);
        for (int i = 0; i < 3; i++) {
            allocate(registerHousehold(household(HESHUN, "CO_RELOCATED")), site).statusCode(200);
        }
        String first = admin().get("/api/v1/households?siteId=" + site + "&limit=2").then().statusCode(200)
                .body("items.size()", equalTo(2)).extract().path("nextCursor");
        admin().get("/api/v1/households?siteId=" + site + "&limit=2&cursor=" + first).then().statusCode(200)
                .body("items.size()", equalTo(1)).body("nextCursor", nullValue());
        admin().get("/api/v1/households?siteId=" + site + "&status=MOVED_IN").then().statusCode(200).body("items.size()", equalTo(0));
        admin().get("/api/v1/households?cursor=not-a-cursor").then().statusCode(400);
    }
}
