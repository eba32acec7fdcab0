package org.anju.gateway.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Every text a target or a claim carries has a length limit and every number a precision its
 * column holds: more is a 400 naming the field, and nothing is stored (issue "integrity").
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(EchoOriginResource.class)
class InputLimitsTest {

    private static final String ADMIN = TestTokens.bearer("city-admin", null);
    private static final String TOO_LONG = "长".repeat(201);

    @Test
    void aTargetWithAnOverLongNoteOrComparatorOrAnOverPreciseValueIsA400AndNotStored() {
        String[][] refused = {
                {"note", "{\"comparator\": \">=\", \"value\": 3, \"note\": \"" + TOO_LONG + "\"}"},
                {"comparator", "{\"comparator\": \">=>=\", \"value\": 3}"},
                {"value", "{\"comparator\": \">=\", \"value\": 1e30}"},
                {"value", "{\"comparator\": \">=\", \"value\": 0.1234567}"}};
        for (String[] request : refused) {
            given().header("Authorization", ADMIN).contentType("application/json").body(request[1])
                    .put("/api/v1/targets/workshops.jobs")
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(request[0]));
        }
        given().get("/api/v1/targets").then().statusCode(200).body("indicatorId", not(hasItem("workshops.jobs")));
    }

    @Test
    void aClaimWithAnOverLongSourceOrIdOrAnOverPreciseFigureIsA400AndNotStored() {
        String[][] refused = {
                {"source", "training.trainees", "{\"value\": 3, \"source\": \"" + TOO_LONG + "\"}"},
                {"numerator", "training.trainees", "{\"numerator\": 1e30}"},
                {"denominator", "training.trainees", "{\"numerator\": 1, \"denominator\": 1.005}"},
                {"value", "training.trainees", "{\"value\": 123456789012345}"},
                {"indicatorId", "facilities.count:" + "X".repeat(200), "{\"value\": 3}"}};
        for (String[] request : refused) {
            given().header("Authorization", ADMIN).contentType("application/json").body(request[2])
                    .put("/api/v1/data-quality/claims/" + request[1])
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(request[0]));
        }
        given().get("/api/v1/data-quality/claims").then().statusCode(200)
                .body("indicatorId", not(hasItem("training.trainees")))
                .body("indicatorId", not(hasItem("facilities.count:" + "X".repeat(200))));
    }
}
