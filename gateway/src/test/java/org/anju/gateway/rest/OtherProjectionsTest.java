package org.anju.gateway.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Indicators from funding.v1, industry.v1 and governance.v1, built from those services' contracts. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(EchoOriginResource.class)
class OtherProjectionsTest {

    private static final String YUSHE = "140721";
    private static final String SHOUYANG = "140725";
    private static final String PINGYAO = "140728";

    @Test
    void fundsAreCountedOnceByKindAndAReversalTakesItsEntryBack() {
        String expenditure = UUID.randomUUID().toString();
        try (var events = GatewayFixtures.fixtures()) {
            events.publish("funding", "FundsReceived", GatewayFixtures.ledgerEntry(UUID.randomUUID().toString(), "RECEIPT",
                    "SPECIAL_CONSTRUCTION_FUND", null, null, "45145000.00", null, null));
            events.publish("funding", "FundsDisbursed", GatewayFixtures.ledgerEntry(UUID.randomUUID().toString(), "DISBURSEMENT",
                    "SPECIAL_CONSTRUCTION_FUND", YUSHE, null, "45145000.00", null, null));
            events.publish("funding", "FundsSpent", GatewayFixtures.ledgerEntry(expenditure, "EXPENDITURE",
                    "SPECIAL_CONSTRUCTION_FUND", YUSHE, "HOUSING_SUBSIDY", "200000.00", null, null));
            events.publish("funding", "FundsSpent", GatewayFixtures.ledgerEntry(UUID.randomUUID().toString(), "EXPENDITURE",
                    "SPECIAL_CONSTRUCTION_FUND", YUSHE, "DEMOLITION_RECLAMATION_REWARD", "200000.00", null, null));
            events.publish("funding", "EntryReversed", GatewayFixtures.ledgerEntry(UUID.randomUUID().toString(), "REVERSAL",
                    "SPECIAL_CONSTRUCTION_FUND", YUSHE, "HOUSING_SUBSIDY", "200000.00", expenditure, "EXPENDITURE"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "200000.00".equals(indicator(county(YUSHE), "funds.spent", "value")));
        JsonPath yushe = county(YUSHE);
        assertThat(indicator(yushe, "funds.disbursed", "value")).isEqualTo("45145000.00");
        assertThat(indicator(yushe, "funds.spent", "breakdown.HOUSING_SUBSIDY")).isEqualTo("0.00");
        assertThat(indicator(yushe, "funds.spent", "breakdown.DEMOLITION_RECLAMATION_REWARD")).isEqualTo("200000.00");
        JsonPath city = given().get("/api/v1/indicators").then().statusCode(200).extract().jsonPath();
        assertThat(indicator(city, "funds.received", "breakdown.SPECIAL_CONSTRUCTION_FUND")).isEqualTo("45145000.00");
        assertThat(indicator(city, "funds.disbursed", "breakdown." + YUSHE)).isEqualTo("45145000.00");
    }

    @Test
    void aHouseholdInTwoProjectsIsCoveredOnceAndZeroEmploymentFollowsItsJobs() {
        String household = UUID.randomUUID().toString();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        try (var events = GatewayFixtures.fixtures()) {
            events.publish("industry", "BeneficiaryAdded", GatewayFixtures.beneficiary(first, 1, UUID.randomUUID().toString(), household, SHOUYANG, true));
            events.publish("industry", "BeneficiaryAdded", GatewayFixtures.beneficiary(second, 1, UUID.randomUUID().toString(), household, SHOUYANG, true));
            events.publish("industry", "HouseholdEmploymentChanged", GatewayFixtures.householdEmployment(household, 1, SHOUYANG, false));
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                Integer.valueOf(1).equals(indicator(county(SHOUYANG), "employment.zero-employment-households", "value")));
        assertThat(indicator(county(SHOUYANG), "industry.covered.people", "value")).isEqualTo(4);

        try (var events = GatewayFixtures.fixtures()) {
            events.publish("industry", "BeneficiaryRemoved", GatewayFixtures.beneficiary(first, 2, UUID.randomUUID().toString(), household, SHOUYANG, false));
            events.publish("industry", "HouseholdEmploymentChanged", GatewayFixtures.householdEmployment(household, 2, SHOUYANG, true));
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                Integer.valueOf(0).equals(indicator(county(SHOUYANG), "employment.zero-employment-households", "value")));
        assertThat(indicator(county(SHOUYANG), "industry.covered.people", "value")).as("still in the second project").isEqualTo(4);
        assertThat(indicator(county(SHOUYANG), "employment.household-coverage", "value")).isEqualTo(1.0f);

        try (var events = GatewayFixtures.fixtures()) {
            events.publish("industry", "BeneficiaryRemoved", GatewayFixtures.beneficiary(second, 2, UUID.randomUUID().toString(), household, SHOUYANG, false));
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                Integer.valueOf(0).equals(indicator(county(SHOUYANG), "industry.covered.people", "value")));
    }

    @Test
    void aCorrectedTrainingReplacesItsFiguresInsteadOfAddingToThem() {
        String course = UUID.randomUUID().toString();
        try (var events = GatewayFixtures.fixtures()) {
            events.publish("industry", "TrainingRecorded", GatewayFixtures.training(course, 1, YUSHE, 30, 0));
            events.publish("industry", "TrainingUpdated", GatewayFixtures.training(course, 2, YUSHE, 29, 18));
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                Integer.valueOf(18).equals(indicator(county(YUSHE), "training.employed-after", "value")));
        assertThat(indicator(county(YUSHE), "training.trainees", "value")).isEqualTo(29);
    }

    @Test
    void openFacilitiesAreCountedByTypeAndRequestsGiveRatesAndAMedian() {
        String site = UUID.randomUUID().toString();
        String clinic = UUID.randomUUID().toString();
        try (var events = GatewayFixtures.fixtures()) {
            events.publish("governance", "FacilityPlanned", GatewayFixtures.facility(clinic, 1, PINGYAO, site, "CLINIC", "PLANNED"));
            events.publish("governance", "FacilityOpened", GatewayFixtures.facility(clinic, 2, PINGYAO, site, "CLINIC", "OPEN"));
            events.publish("governance", "FacilityOpened", GatewayFixtures.facility(UUID.randomUUID().toString(), 2, PINGYAO, site, "KINDERGARTEN", "OPEN"));
            events.publish("governance", "RequestResolved", GatewayFixtures.request(UUID.randomUUID().toString(), 3, PINGYAO, site,
                    "2026-01-01T08:00:00Z", "2026-01-01T13:30:00Z"));
            events.publish("governance", "RequestResolved", GatewayFixtures.request(UUID.randomUUID().toString(), 3, PINGYAO, site,
                    "2026-01-01T08:00:00Z", "2026-01-03T08:00:00Z"));
            events.publish("governance", "RequestAccepted", GatewayFixtures.request(UUID.randomUUID().toString(), 2, PINGYAO, site,
                    "2026-01-01T08:00:00Z", null));
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                Integer.valueOf(3).equals(indicator(county(PINGYAO), "requests.resolved.rate", "denominator")));
        JsonPath pingyao = county(PINGYAO);
        assertThat(indicator(pingyao, "facilities.count", "value")).isEqualTo(2);
        assertThat(indicator(pingyao, "facilities.count", "breakdown.CLINIC")).isEqualTo(1);
        assertThat(indicator(pingyao, "facilities.count", "breakdown.KINDERGARTEN")).isEqualTo(1);
        assertThat(indicator(pingyao, "requests.resolved.rate", "numerator")).isEqualTo(2);
        assertThat(indicator(pingyao, "requests.accepted-on-time.rate", "value")).isEqualTo(1.0f);
        // resolved after 6 h and after 48 h: the middle one falls in the 8-hour bucket
        assertThat(indicator(pingyao, "requests.median-resolve-hours", "value")).isEqualTo(8);
    }

    private static JsonPath county(String code) {
        return given().get("/api/v1/indicators?county=" + code).then().statusCode(200).extract().jsonPath();
    }

    private static Object indicator(JsonPath view, String id, String field) {
        return view.get("indicators.find { it.id == '" + id + "' }." + field);
    }
}
