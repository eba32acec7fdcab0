package org.anju.industry.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.anju.industry.repository.EmploymentRepository;
import org.anju.industry.rest.CountyInputTest.Body;
import org.anju.industry.rest.HouseholdsTopic.Household;
import org.anju.industry.service.RecordTraining;
import org.anju.industry.service.TrainingService;
import org.anju.platform.programme.CountyCode;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.anju.industry.rest.IndustryApi.HESHUN;
import static org.anju.industry.rest.IndustryApi.asAdmin;
import static org.anju.industry.rest.IndustryApi.awaitSituation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every text a command carries has a length limit (issue "integrity"): one character more is a 400
 * naming the field, and nothing is stored; the limit itself is accepted.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class TextLimitsTest {

    @Inject
    EmploymentRepository employments;

    @Inject
    TrainingService trainingService;

    /** A text of {@code length} characters, Chinese as county clerks type it. */
    private static String text(int length) {
        return "长".repeat(length);
    }

    @ParameterizedTest(name = "POST {0} with {1} of {2} characters")
    @CsvSource({"PROJECT, name, 200", "PROJECT, partnerCompany, 200", "PROJECT, capacityUnit, 50",
            "WORKSHOP, name, 200", "WORKSHOP, operatingCompany, 200", "TRAINING, topic, 200"})
    void aTextOneCharacterOverItsLimitIsABadRequestNamingTheFieldAndStoresNothing(Body body, String field, int limit) {
        Map<String, Object> tooLong = new HashMap<>(body.withCounty.apply(HESHUN));
        tooLong.put(field, text(limit + 1));
        long before = body.stored();

        asAdmin().body(tooLong).post(body.path).then().statusCode(400).contentType("application/problem+json")
                .body("errors.size()", equalTo(1)).body("errors[0].field", equalTo(field));

        assertThat(body.stored()).isEqualTo(before);
        Map<String, Object> atTheLimit = new HashMap<>(tooLong);
        atTheLimit.put(field, text(limit));
        asAdmin().body(atTheLimit).post(body.path).then().statusCode(201).body(field, equalTo(text(limit)));
    }

    @ParameterizedTest(name = "POST /api/v1/employments with {0} of {1} characters")
    @CsvSource({"employer, 200", "memberRef, 64"})
    void aJobWithATextOverItsLimitIsABadRequestNamingTheFieldAndStoresNothing(String field, int limit) {
        Household household = Household.registered(HESHUN, 4, 2).movedIn();
        HouseholdsTopic.publish("HouseholdMovedIn", household);
        awaitSituation(household.id(), 1);
        Map<String, Object> job = EmploymentApiTest.job(household.id(), "m-1", true);
        job.put(field, "m".repeat(limit + 1));
        long before = employments.count();

        asAdmin().body(job).post("/api/v1/employments").then().statusCode(400)
                .body("errors.size()", equalTo(1)).body("errors[0].field", equalTo(field));

        assertThat(employments.count()).isEqualTo(before);
        job.put(field, "m".repeat(limit));
        asAdmin().body(job).post("/api/v1/employments").then().statusCode(201);
    }

    @Test
    void theServiceRefusesAnOverLongCommandWhoeverCallsIt() {
        RecordTraining tooLong = new RecordTraining(text(201), CountyCode.valueOf(HESHUN), LocalDate.of(2019, 5, 6), null,
                1, 10, 1);

        assertThatThrownBy(() -> trainingService.record(tooLong)).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("topic");
    }
}
