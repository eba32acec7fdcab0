package org.anju.governance.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.governance.Bodies;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.anju.governance.Api.HESHUN;
import static org.anju.governance.Api.YUSHE;
import static org.anju.governance.Api.cityAdmin;
import static org.anju.governance.Api.events;
import static org.anju.governance.Api.officerOf;
import static org.anju.governance.Api.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(StackTestResource.class)
class ActivityAndAwardApiTest {

    private static String activity(UUID site, String kind) {
        return officerOf(HESHUN).body(Bodies.recordActivity(HESHUN, site, kind)).post("/api/v1/activities")
                .then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> award(UUID site, UUID household, String evaluation) {
        Map<String, Object> body = Bodies.grantAward(HESHUN, site, household);
        if (evaluation != null) {
            body.put("evaluationId", evaluation);
        }
        return body;
    }

    @Test
    void aTrainingIsRecordedWithItsSessionsAndTrainees() {
        UUID site = UUID.randomUUID();
        String training = activity(site, "TRAINING");
        cityAdmin().get("/api/v1/activities/{id}", training).then().statusCode(200)
                .body("sessions", equalTo(12)).body("participants", equalTo(108));
        cityAdmin().get("/api/v1/activities?siteId=" + site + "&kind=TRAINING").then().body("items.id", contains(training));
        assertThat(types(events(training, 1))).containsExactly("ActivityHeld");
    }

    @Test
    void anEvaluationAwardsAHouseholdOnceAYearPerKind() {
        UUID site = UUID.randomUUID();
        UUID household = UUID.randomUUID();
        String evaluation = activity(site, "EVALUATION");
        String award = officerOf(HESHUN).body(award(site, household, evaluation)).post("/api/v1/awards")
                .then().statusCode(201).body("evaluationId", equalTo(evaluation)).extract().path("id");
        officerOf(HESHUN).body(award(site, household, null)).post("/api/v1/awards")
                .then().statusCode(409).body("rule", equalTo("award-once-a-year"));
        officerOf(HESHUN).body(award(site, UUID.randomUUID(), activity(site, "TRAINING"))).post("/api/v1/awards")
                .then().statusCode(409).body("rule", equalTo("award-follows-evaluation"));
        cityAdmin().get("/api/v1/awards?householdId=" + household).then().body("items.id", contains(award));
        assertThat(types(events(award, 1))).containsExactly("AwardGranted");
        officerOf(YUSHE).get("/api/v1/awards/{id}", award).then().statusCode(403);
    }
}
