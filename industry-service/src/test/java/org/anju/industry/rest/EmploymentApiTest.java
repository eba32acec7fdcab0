package org.anju.industry.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.anju.industry.rest.HouseholdsTopic.Household;
import org.anju.industry.service.HouseholdEmploymentService;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.anju.industry.rest.IndustryApi.HESHUN;
import static org.anju.industry.rest.IndustryApi.ZUOQUAN;
import static org.anju.industry.rest.IndustryApi.asAdmin;
import static org.anju.industry.rest.IndustryApi.asOfficer;
import static org.anju.industry.rest.IndustryApi.awaitSituation;
import static org.anju.industry.rest.IndustryApi.events;
import static org.anju.industry.rest.IndustryApi.eventsNow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(StackTestResource.class)
class EmploymentApiTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Inject
    HouseholdEmploymentService situations;

    static Map<String, Object> job(UUID householdId, String memberRef, boolean contract) {
        Map<String, Object> job = new HashMap<>();
        job.put("householdId", householdId);
        job.put("memberRef", memberRef);
        job.put("channel", "LABOUR_EXPORT");
        job.put("employer", "Taiyuan Construction Group");
        job.put("startDate", TODAY.toString());
        job.put("monthlyIncome", "1400.00");
        job.put("contract", contract);
        return job;
    }

    private static Household movedIn(String county, int labourCapacity) {
        Household household = Household.registered(county, 4, labourCapacity).movedIn();
        HouseholdsTopic.publish("HouseholdMovedIn", household);
        awaitSituation(household.id(), 1);
        return household;
    }

    private static String start(Map<String, Object> job) {
        return asAdmin().body(job).post("/api/v1/employments").then().statusCode(201)
                .header("ETag", "\"1\"").extract().path("id");
    }

    private static void end(String employmentId) {
        asAdmin().body(Map.of("endDate", TODAY.toString())).post("/api/v1/employments/{id}/end", employmentId)
                .then().statusCode(200).body("status", equalTo("ENDED")).header("ETag", "\"2\"");
    }

    private static Map<String, Object> situation(UUID householdId) {
        return asAdmin().get("/api/v1/households/{id}/employment", householdId).then().statusCode(200)
                .extract().jsonPath().getMap("");
    }

    @Test
    void aJobForAHouseholdUnknownToTheReplicaIsRejectedNamingTheHousehold() {
        UUID unknown = UUID.randomUUID();

        asAdmin().body(job(unknown, "m-1", true)).post("/api/v1/employments")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString(unknown.toString()));
    }

    @Test
    void theHouseholdIsStablyEmployedExactlyFromItsFirstStableJobUntilItsLastEnds() {
        Household household = movedIn(HESHUN, 3);

        String casual = start(job(household.id(), "m-1", false));
        assertThat(situation(household.id())).containsEntry("employedMembers", 1).containsEntry("stablyEmployed", false)
                .containsEntry("zeroEmployment", true);
        String first = start(job(household.id(), "m-2", true));
        assertThat(situation(household.id())).containsEntry("stablyEmployed", true).containsEntry("zeroEmployment", false);
        String second = start(job(household.id(), "m-3", true));
        end(first);
        assertThat(situation(household.id())).containsEntry("stablyEmployed", true).containsEntry("stablyEmployedMembers", 1);
        end(second);
        assertThat(situation(household.id())).containsEntry("stablyEmployed", false).containsEntry("zeroEmployment", true)
                .containsEntry("employedMembers", 1);

        // moved in, casual job, first stable, second stable, first ends, second ends: one event per change
        List<JsonNode> changes = events(household.id(), "HouseholdEmploymentChanged", 6);
        assertThat(changes).extracting(event -> event.path("data").path("stablyEmployed").asBoolean())
                .containsExactly(false, false, true, true, true, false);
        assertThat(changes).extracting(event -> event.path("aggregateversion").asInt()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(events(UUID.fromString(casual), "EmploymentStarted", 1).get(0).path("data").path("stable").asBoolean()).isFalse();
        JsonNode ended = events(UUID.fromString(second), "EmploymentEnded", 1).get(0);
        assertThat(ended.path("data").path("endDate").asText()).isEqualTo(TODAY.toString());
        assertThat(ended.path("data").path("monthlyIncome").asText()).isEqualTo("1400.00");
    }

    @Test
    void theZeroEmploymentListFollowsMovingInGettingAndLosingJobs() {
        Household registered = Household.registered(ZUOQUAN, 3, 2);
        HouseholdsTopic.publish("HouseholdRegistered", registered);
        awaitSituation(registered.id(), 1);
        assertThat(zeroEmploymentIds(ZUOQUAN)).doesNotContain(registered.id().toString());

        HouseholdsTopic.publish("HouseholdMovedIn", registered.movedIn());
        awaitSituation(registered.id(), 2);
        assertThat(zeroEmploymentIds(ZUOQUAN)).contains(registered.id().toString());

        String job = start(job(registered.id(), "m-1", true));
        assertThat(zeroEmploymentIds(ZUOQUAN)).doesNotContain(registered.id().toString());

        end(job);
        assertThat(zeroEmploymentIds(ZUOQUAN)).contains(registered.id().toString());
    }

    @Test
    void anOpenEndedJobMakesTheHouseholdStablyEmployedOnceItHasLastedSixMonths() {
        Household household = movedIn(HESHUN, 1);
        Map<String, Object> job = job(household.id(), "m-1", false);
        job.put("startDate", TODAY.minusMonths(5).toString());
        start(job);
        assertThat(situation(household.id())).containsEntry("stablyEmployed", false);

        situations.reassessJobsMaturedBy(TODAY.plusMonths(1));

        assertThat(situation(household.id())).containsEntry("stablyEmployed", true).containsEntry("zeroEmployment", false);
        assertThat(eventsNow(household.id(), "HouseholdEmploymentChanged")).last()
                .satisfies(event -> assertThat(event.path("data").path("stablyEmployed").asBoolean()).isTrue());
    }

    @Test
    void aCountyOfficerRecordsAndSeesJobsOnlyInTheirCounty() {
        Household heshun = movedIn(HESHUN, 2);
        Household zuoquan = movedIn(ZUOQUAN, 2);

        asOfficer(ZUOQUAN).body(job(heshun.id(), "m-1", true)).post("/api/v1/employments").then().statusCode(403);
        asOfficer(ZUOQUAN).body(job(zuoquan.id(), "m-1", true)).post("/api/v1/employments").then().statusCode(201);
        asOfficer(ZUOQUAN).get("/api/v1/employments").then().statusCode(200)
                .body("items.county", everyItem(equalTo(ZUOQUAN))).body("items.householdId", hasItem(zuoquan.id().toString()));
        asOfficer(ZUOQUAN).queryParam("county", HESHUN).get("/api/v1/zero-employment-households").then().statusCode(403);
        asOfficer(ZUOQUAN).get("/api/v1/households/{id}/employment", heshun.id()).then().statusCode(403);
        asOfficer(HESHUN).get("/api/v1/zero-employment-households").then().statusCode(200)
                .body("items.householdId", hasItem(heshun.id().toString()))
                .body("items.householdId", not(hasItem(zuoquan.id().toString())));
        given().get("/api/v1/employments").then().statusCode(401);
        IndustryApi.as("partner", null).body(job(zuoquan.id(), "m-2", true)).post("/api/v1/employments").then().statusCode(403);
    }

    @Test
    void endingAJobIsACommandGuardedByItsRulesAndVersion() {
        Household household = movedIn(HESHUN, 1);
        String id = start(job(household.id(), "m-1", true));

        asAdmin().header("If-Match", "\"7\"").body(Map.of("endDate", TODAY.toString()))
                .post("/api/v1/employments/{id}/end", id).then().statusCode(412);
        asAdmin().body(Map.of("endDate", TODAY.plusDays(1).toString())).post("/api/v1/employments/{id}/end", id)
                .then().statusCode(409).body("rule", equalTo("employment-end-between-start-and-today"));
        asAdmin().header("If-Match", "\"1\"").body(Map.of("endDate", TODAY.toString()))
                .post("/api/v1/employments/{id}/end", id).then().statusCode(200);
        asAdmin().body(Map.of("endDate", TODAY.toString())).post("/api/v1/employments/{id}/end", id)
                .then().statusCode(409).body("rule", equalTo("employment-already-ended"));
        asAdmin().get("/api/v1/employments/{id}", id).then().statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("ENDED"));
        asAdmin().get("/api/v1/employments/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aJobWithoutAnOpaqueMemberReferenceOrIncomeIsInvalid() {
        Household household = movedIn(HESHUN, 1);
        Map<String, Object> job = job(household.id(), "张三 140723199001011234", true);
        job.remove("monthlyIncome");

        asAdmin().body(job).post("/api/v1/employments").then().statusCode(400)
                .body("errors.field", hasItem("memberRef")).body("errors.field", hasItem("monthlyIncome"));
    }

    @Test
    void employmentListsArePagedWithCursors() {
        Household household = movedIn(HESHUN, 3);
        for (String member : List.of("m-1", "m-2", "m-3")) {
            start(job(household.id(), member, false));
        }

        var first = asAdmin().queryParam("householdId", household.id()).queryParam("limit", 2)
                .get("/api/v1/employments").then().statusCode(200).body("items", hasSize(2))
                .extract().jsonPath();
        asAdmin().queryParam("householdId", household.id()).queryParam("limit", 2)
                .queryParam("cursor", first.getString("nextCursor"))
                .get("/api/v1/employments").then().statusCode(200).body("items", hasSize(1))
                .body("nextCursor", equalTo(null));
    }

    private static List<String> zeroEmploymentIds(String county) {
        return asAdmin().queryParam("county", county).queryParam("limit", 200).get("/api/v1/zero-employment-households")
                .then().statusCode(200).extract().jsonPath().getList("items.householdId");
    }
}
