package org.anju.industry.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.industry.rest.HouseholdsTopic.Household;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.anju.industry.rest.IndustryApi.HESHUN;
import static org.anju.industry.rest.IndustryApi.ZUOQUAN;
import static org.anju.industry.rest.IndustryApi.asAdmin;
import static org.anju.industry.rest.IndustryApi.asOfficer;
import static org.anju.industry.rest.IndustryApi.awaitSituation;
import static org.anju.industry.rest.IndustryApi.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@WithTestResource(StackTestResource.class)
class ProjectApiTest {

    static Map<String, Object> pvStation(String county) {
        Map<String, Object> project = new HashMap<>();
        project.put("name", "Village PV station");
        project.put("type", "PHOTOVOLTAIC");
        project.put("county", county);
        project.put("investment", "8851400.00");
        project.put("capacity", "46.4");
        project.put("capacityUnit", "MW");
        project.put("partnerCompany", "Zuoquan PV Co.");
        project.put("startDate", "2018-06-01");
        return project;
    }

    private static String register(Map<String, Object> project) {
        return asAdmin().body(project).post("/api/v1/projects").then().statusCode(201).header("ETag", "\"1\"")
                .header("Location", containsString("/api/v1/projects/")).extract().path("id");
    }

    @Test
    void aProjectIsRegisteredPlannedThenOperatesAndClosesWithEveryChangePublished() {
        String id = register(pvStation(ZUOQUAN));

        asAdmin().get("/api/v1/projects/{id}", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("investment", equalTo("8851400.00")).body("capacity", equalTo("46.40")).body("status", equalTo("PLANNED"));
        asAdmin().header("If-Match", "\"1\"").body(Map.of("status", "OPERATING"))
                .post("/api/v1/projects/{id}/status", id).then().statusCode(200).header("ETag", "\"2\"");
        asAdmin().body(Map.of("status", "CLOSED")).post("/api/v1/projects/{id}/status", id).then().statusCode(200);
        asAdmin().body(Map.of("status", "OPERATING")).post("/api/v1/projects/{id}/status", id)
                .then().statusCode(409).body("rule", equalTo("project-status-transition"));

        JsonNode registered = events(UUID.fromString(id), "ProjectRegistered", 1).get(0);
        assertThat(registered.path("data").path("investment").asText()).isEqualTo("8851400.00");
        assertThat(events(UUID.fromString(id), "ProjectStatusChanged", 2))
                .extracting(event -> event.path("data").path("status").asText()).containsExactly("OPERATING", "CLOSED");
    }

    @Test
    void beneficiariesAreKnownHouseholdsCarryingWhatCoverageIsCountedFrom() {
        String project = register(pvStation(ZUOQUAN));
        Household household = Household.registered(ZUOQUAN, 5, 2).movedIn();
        HouseholdsTopic.publish("HouseholdMovedIn", household);
        awaitSituation(household.id(), 1);
        UUID unknown = UUID.randomUUID();

        asAdmin().body(Map.of("householdId", unknown, "expectedAnnualIncrease", "1100.00"))
                .post("/api/v1/projects/{id}/beneficiaries", project).then().statusCode(422)
                .body("detail", containsString(unknown.toString()));
        String beneficiary = asAdmin().body(Map.of("householdId", household.id(), "expectedAnnualIncrease", "1100.00"))
                .post("/api/v1/projects/{id}/beneficiaries", project).then().statusCode(201)
                .header("Location", endsWith("/beneficiaries/" + household.id()))
                .body("category", equalTo("REGISTERED_POOR")).body("memberCount", equalTo(5)).extract().path("id");
        asAdmin().body(Map.of("householdId", household.id(), "expectedAnnualIncrease", "1100.00"))
                .post("/api/v1/projects/{id}/beneficiaries", project).then().statusCode(409)
                .body("rule", equalTo("beneficiary-added-once"));
        asAdmin().body(Map.of("paidOn", "2019-12-20", "amount", "1100.00"))
                .post("/api/v1/projects/{id}/beneficiaries/{household}/dividends", project, household.id())
                .then().statusCode(200).body("dividendsPaid", equalTo("1100.00"));
        asAdmin().header("If-Match", "\"2\"").delete("/api/v1/projects/{id}/beneficiaries/{household}", project, household.id())
                .then().statusCode(200).body("active", equalTo(false));
        asAdmin().queryParam("active", true).get("/api/v1/projects/{id}/beneficiaries", project)
                .then().statusCode(200).body("items", empty());

        UUID beneficiaryId = UUID.fromString(beneficiary);
        JsonNode added = events(beneficiaryId, "BeneficiaryAdded", 1).get(0);
        assertThat(added.path("data").path("category").asText()).isEqualTo("REGISTERED_POOR");
        assertThat(added.path("data").path("memberCount").asInt()).isEqualTo(5);
        assertThat(added.path("data").path("householdId").asText()).isEqualTo(household.id().toString());
        assertThat(events(beneficiaryId, "DividendPaid", 1).get(0).path("data").path("dividendsPaid").asText()).isEqualTo("1100.00");
        assertThat(events(beneficiaryId, "BeneficiaryRemoved", 1).get(0).path("aggregateversion").asInt()).isEqualTo(3);
    }

    @Test
    void aProjectOrWorkshopSiteMustBeAKnownSiteOfItsCounty() {
        UUID heshunSite = HouseholdsTopic.publishSite(HESHUN, 1);
        Household marker = Household.registered(HESHUN, 1, 0);
        HouseholdsTopic.publish("HouseholdRegistered", marker);
        awaitSituation(marker.id(), 1); // one partition: the site before it is replicated too

        Map<String, Object> elsewhere = pvStation(ZUOQUAN);
        elsewhere.put("siteId", heshunSite);
        asAdmin().body(elsewhere).post("/api/v1/projects").then().statusCode(409).body("rule", equalTo("site-in-same-county"));
        Map<String, Object> unknownSite = pvStation(ZUOQUAN);
        unknownSite.put("siteId", UUID.randomUUID());
        asAdmin().body(unknownSite).post("/api/v1/projects").then().statusCode(422);
        Map<String, Object> atSite = pvStation(HESHUN);
        atSite.put("siteId", heshunSite);
        asAdmin().body(atSite).post("/api/v1/projects").then().statusCode(201).body("siteId", equalTo(heshunSite.toString()));
    }

    @Test
    void workshopEmployeesAreEmploymentRecordsOfAnOperatingWorkshop() {
        Household household = Household.registered(HESHUN, 4, 2).movedIn();
        HouseholdsTopic.publish("HouseholdMovedIn", household);
        awaitSituation(household.id(), 1);
        String workshop = asAdmin().body(Map.of("name", "Heshun No. 1 workshop", "operatingCompany", "Heshun Garment Co.",
                        "county", HESHUN, "jobsOffered", 211))
                .post("/api/v1/workshops").then().statusCode(201).body("status", equalTo("BUILDING")).extract().path("id");
        Map<String, Object> job = EmploymentApiTest.job(household.id(), "m-1", true);
        job.put("channel", "WORKSHOP");
        job.put("workshopId", workshop);

        asAdmin().body(job).post("/api/v1/employments").then().statusCode(409)
                .body("rule", equalTo("workshop-employment-requires-operating-workshop"));
        asAdmin().body(Map.of("status", "OPERATING")).post("/api/v1/workshops/{id}/status", workshop)
                .then().statusCode(200).header("ETag", "\"2\"");
        asAdmin().body(job).post("/api/v1/employments").then().statusCode(201);

        asAdmin().get("/api/v1/workshops/{id}/employees", workshop).then().statusCode(200)
                .body("items.householdId", equalTo(List.of(household.id().toString())));
        assertThat(events(UUID.fromString(workshop), "WorkshopStatusChanged", 1).get(0).path("data").path("status").asText())
                .isEqualTo("OPERATING");
        events(UUID.fromString(workshop), "WorkshopRegistered", 1);
    }

    @Test
    void trainingsAndJobFairsAreRecordedPerCountyWithConsistentFigures() {
        String training = asOfficer("140721").body(Map.of("topic", "Herbal medicine cultivation", "county", "140721",
                        "heldFrom", "2019-05-06", "sessions", 36, "trainees", 1041, "employedAfter", 660))
                .post("/api/v1/trainings").then().statusCode(201).extract().path("id");
        asOfficer("140721").body(Map.of("topic", "x", "county", "140721", "heldFrom", "2019-05-06", "sessions", 1,
                "trainees", 10, "employedAfter", 11)).post("/api/v1/trainings").then().statusCode(409)
                .body("rule", equalTo("employed-trainees-within-trainees"));
        asOfficer("140721").body(Map.of("topic", "x", "county", HESHUN, "heldFrom", "2019-05-06", "sessions", 1,
                "trainees", 10, "employedAfter", 1)).post("/api/v1/trainings").then().statusCode(403);
        String fair = asAdmin().body(Map.of("heldOn", "2019-02-15", "county", "140721", "employers", 36,
                "registrations", 720, "hires", 150)).post("/api/v1/job-fairs").then().statusCode(201).extract().path("id");
        asAdmin().body(Map.of("heldOn", "2019-02-15", "county", "140721", "employers", 3,
                "registrations", 10, "hires", 11)).post("/api/v1/job-fairs").then().statusCode(409)
                .body("rule", equalTo("hires-within-registrations"));

        asOfficer("140721").get("/api/v1/trainings").then().statusCode(200)
                .body("items.county", everyItem(equalTo("140721"))).body("items.id", hasItem(training));
        asOfficer(HESHUN).get("/api/v1/trainings/{id}", training).then().statusCode(403);
        asAdmin().get("/api/v1/job-fairs/{id}", fair).then().statusCode(200).header("ETag", "\"1\"").body("hires", equalTo(150));
        assertThat(events(UUID.fromString(training), "TrainingRecorded", 1).get(0).path("data").path("employedAfter").asInt())
                .isEqualTo(660);
        assertThat(events(UUID.fromString(fair), "JobFairRecorded", 1).get(0).path("data").path("registrations").asInt())
                .isEqualTo(720);
    }

    @Test
    void aRetriedRegistrationWithTheSameIdempotencyKeyRegistersOnce() {
        String key = UUID.randomUUID().toString();
        String first = asAdmin().header("Idempotency-Key", key).body(pvStation(HESHUN)).post("/api/v1/projects")
                .then().statusCode(201).extract().path("id");
        asAdmin().header("Idempotency-Key", key).body(pvStation(HESHUN)).post("/api/v1/projects")
                .then().statusCode(201).body("id", equalTo(first));
    }

    @Test
    void correctionsArePublishedButNeverMoveARecordToAnotherCounty() {
        String workshop = asAdmin().body(Map.of("name", "Xiyang workshop", "operatingCompany", "Xiyang Textiles",
                "county", "140724", "jobsOffered", 300)).post("/api/v1/workshops").then().statusCode(201).extract().path("id");
        String training = asAdmin().body(Map.of("topic", "Sewing", "county", "140724", "heldFrom", "2019-04-01",
                "sessions", 4, "trainees", 40, "employedAfter", 0)).post("/api/v1/trainings").then().statusCode(201)
                .extract().path("id");

        asAdmin().header("If-Match", "\"1\"").body(Map.of("name", "Xiyang workshop", "operatingCompany", "Xiyang Textiles",
                "county", "140724", "jobsOffered", 400)).put("/api/v1/workshops/{id}", workshop)
                .then().statusCode(200).header("ETag", "\"2\"").body("jobsOffered", equalTo(400));
        asAdmin().body(Map.of("name", "Xiyang workshop", "operatingCompany", "Xiyang Textiles",
                "county", HESHUN, "jobsOffered", 400)).put("/api/v1/workshops/{id}", workshop)
                .then().statusCode(409).body("rule", equalTo("county-is-fixed"));
        asAdmin().header("If-Match", "\"1\"").body(Map.of("topic", "Sewing", "county", "140724", "heldFrom", "2019-04-01",
                "sessions", 4, "trainees", 40, "employedAfter", 31)).put("/api/v1/trainings/{id}", training)
                .then().statusCode(200).body("employedAfter", equalTo(31));
        asOfficer(HESHUN).body(Map.of("topic", "Sewing", "county", "140724", "heldFrom", "2019-04-01",
                "sessions", 4, "trainees", 40, "employedAfter", 31)).put("/api/v1/trainings/{id}", training)
                .then().statusCode(403);

        assertThat(events(UUID.fromString(workshop), "WorkshopUpdated", 1).get(0).path("data").path("jobsOffered").asInt())
                .isEqualTo(400);
        assertThat(events(UUID.fromString(training), "TrainingUpdated", 1).get(0).path("aggregateversion").asInt())
                .isEqualTo(2);
    }

    @Test
    void beneficiariesFollowTheirHouseholdsCorrectionsAndRemoval() {
        String project = register(pvStation(ZUOQUAN));
        Household corrected = Household.registered(ZUOQUAN, 3, 1);
        Household removed = Household.registered(ZUOQUAN, 2, 1);
        HouseholdsTopic.publish("HouseholdRegistered", corrected);
        HouseholdsTopic.publish("HouseholdRegistered", removed);
        awaitSituation(removed.id(), 1);
        String followed = addBeneficiary(project, corrected.id());
        String leaving = addBeneficiary(project, removed.id());

        HouseholdsTopic.publish("HouseholdUpdated", corrected.withMemberCount(4));
        HouseholdsTopic.publish("HouseholdRemoved", removed.removedInError());

        assertThat(events(UUID.fromString(followed), "BeneficiaryUpdated", 1).get(0).path("data").path("memberCount").asInt())
                .isEqualTo(4);
        assertThat(events(UUID.fromString(leaving), "BeneficiaryRemoved", 1).get(0).path("data").path("active").asBoolean())
                .isFalse();
        asAdmin().get("/api/v1/projects/{id}/beneficiaries/{household}", project, corrected.id())
                .then().statusCode(200).header("ETag", "\"2\"").body("memberCount", equalTo(4));
    }

    private static String addBeneficiary(String project, UUID householdId) {
        return asAdmin().body(Map.of("householdId", householdId, "expectedAnnualIncrease", "500.00"))
                .post("/api/v1/projects/{id}/beneficiaries", project).then().statusCode(201).extract().path("id");
    }
}
