package org.anju.gateway.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.anju.gateway.repository.TopicTimeRepository;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Indicators as of any day and through time, by the records' own business dates. The records here
 * are dated 2010–2015 (each test its own county and years), before anything other test classes record (2017 on, or the day they
 * run), so the city's figures in 2011 are the first test's records alone.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(EchoOriginResource.class)
class IndicatorsInTimeTest {

    private static final String YUCI = "140702";
    private static final String TAIGU = "140703";

    @Inject
    TopicTimeRepository topicTimes;

    @Test
    void figuresAsOfADayCountOnlyFactsDatedOnOrBeforeItForTheCityACountyAndASiteAndACorrectionMovesThePast() {
        String site = UUID.randomUUID().toString();
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        try (var events = GatewayFixtures.fixtures()) {
            events.publish("SiteCompleted", dated(GatewayFixtures.site(site, 3, YUCI, "COMPLETED"),
                    "constructionStartedOn", "2011-03-01", "completedOn", "2012-10-01"));
            events.publish("HomesteadDemolished", dated(GatewayFixtures.household(a, 5, YUCI, site, "REGISTERED_POOR", 4, "MOVED_IN",
                    "LIFTED", "DEMOLISHED"), "housingAllocatedOn", "2011-05-01", "movedInOn", "2011-06-01",
                    "liftedOn", "2012-01-10", "demolishedOn", "2011-08-01"));
            events.publish("HouseholdMovedIn", dated(GatewayFixtures.household(b, 3, YUCI, site, "CO_RELOCATED", 3, "MOVED_IN",
                    "NOT_APPLICABLE", "NONE_TO_DEMOLISH"), "housingAllocatedOn", "2012-05-01", "movedInOn", "2013-02-01"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> figure(county("2013-12-31"), "occupancy.people", "value").equals(7));

        JsonPath end2011 = county("2011-12-31");
        assertThat(end2011.getString("asOfDate")).isEqualTo("2011-12-31");
        assertThat(figure(end2011, "relocation.people", "value")).isEqualTo(4);
        assertThat(figure(end2011, "relocation.households", "value")).isEqualTo(1);
        assertThat(figure(end2011, "occupancy.people", "value")).isEqualTo(4);
        assertThat(figure(end2011, "poverty.lifted.people", "value")).isEqualTo(0);
        assertThat(figure(end2011, "homestead.demolished", "value")).isEqualTo(1);
        assertThat(figure(end2011, "sites.count", "value")).isEqualTo(1);
        assertThat(figure(end2011, "sites.completed", "value")).isEqualTo(0);

        JsonPath end2012 = county("2012-12-31");
        assertThat(figure(end2012, "relocation.people", "value")).isEqualTo(7);
        assertThat(figure(end2012, "occupancy.people", "value")).isEqualTo(4);
        assertThat(figure(end2012, "occupancy.rate", "value")).isEqualTo(0.571429f);
        assertThat(figure(end2012, "poverty.lifted.people", "value")).isEqualTo(4);
        assertThat(figure(end2012, "sites.completion", "value")).isEqualTo(1.0f);

        // the city in 2011 has nothing but these records; today's figures are the county's without asOf
        JsonPath city2011 = given().get("/api/v1/indicators?asOf=2011-12-31").then().statusCode(200).extract().jsonPath();
        assertThat(figure(city2011, "relocation.people", "value")).isEqualTo(4);
        assertThat(figure(city2011, "occupancy.people", "value")).isEqualTo(4);
        assertThat((Integer) figure(county(null), "relocation.people", "value")).isGreaterThanOrEqualTo(7);
        assertThat(county(null).getString("asOfDate")).isNull();

        // the site: zeros before anything counted there (a known site), its figures after
        String partner = TestTokens.bearer("partner", null);
        JsonPath siteBefore = given().header("Authorization", partner).get("/api/v1/sites/" + site + "/indicators?asOf=2010-12-31")
                .then().statusCode(200).extract().jsonPath();
        assertThat(figure(siteBefore, "relocation.people", "value")).isEqualTo(0);
        JsonPath site2011 = given().header("Authorization", partner).get("/api/v1/sites/" + site + "/indicators?asOf=2011-12-31")
                .then().statusCode(200).extract().jsonPath();
        assertThat(figure(site2011, "occupancy.people", "value")).isEqualTo(4);
        assertThat(figure(site2011, "occupancy.rate", "value")).isEqualTo(1.0f);

        // the counties side by side on a day
        JsonPath counties = given().get("/api/v1/counties?asOf=2012-12-31").then().statusCode(200).extract().jsonPath();
        assertThat(counties.getInt("counties.find { it.scope.code == '" + YUCI + "' }.indicators.find { it.id == 'relocation.people' }.value"))
                .isEqualTo(7);

        // a back-dated correction: household a had its housing in November 2010 already
        try (var events = GatewayFixtures.fixtures()) {
            events.publish("HouseholdUpdated", dated(GatewayFixtures.household(a, 6, YUCI, site, "REGISTERED_POOR", 4, "MOVED_IN",
                    "LIFTED", "DEMOLISHED"), "housingAllocatedOn", "2010-11-01", "movedInOn", "2011-06-01",
                    "liftedOn", "2012-01-10", "demolishedOn", "2011-08-01"));
        }
        String yearly = "/api/v1/indicators/relocation.people/series?county=" + YUCI + "&from=2010-01-01&to=2013-12-31&interval=year";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(yearly).then().statusCode(200)
                .body("points.value", equalTo(List.of(4, 4, 7, 7))));
        given().get(yearly).then().body("interval", equalTo("year"))
                .body("points.day", equalTo(List.of("2010-12-31", "2011-12-31", "2012-12-31", "2013-12-31")));
        assertThat(figure(county("2010-12-31"), "relocation.people", "value")).isEqualTo(4);
    }

    @Test
    void aSeriesHasAPointAtTheEndOfEveryDayMonthQuarterOrYearAndItsLastDayAndANamedIntervalOnly() {
        String site = UUID.randomUUID().toString();
        try (var events = GatewayFixtures.fixtures()) {
            events.publish("HouseholdMovedIn", dated(GatewayFixtures.household(UUID.randomUUID().toString(), 3, TAIGU, site,
                    "REGISTERED_POOR", 5, "MOVED_IN", "IN_POVERTY", "TO_DEMOLISH"), "housingAllocatedOn", "2014-05-01",
                    "movedInOn", "2014-08-20"));
        }
        String series = "/api/v1/indicators/occupancy.rate/series?county=" + TAIGU;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(series + "&from=2014-01-01&to=2014-12-31&interval=quarter")
                .then().statusCode(200)
                .body("points.day", equalTo(List.of("2014-03-31", "2014-06-30", "2014-09-30", "2014-12-31")))
                .body("points.numerator", equalTo(List.of(0, 0, 5, 5)))
                .body("points.denominator", equalTo(List.of(0, 5, 5, 5)))
                .body("points.value", equalTo(java.util.Arrays.asList(null, 0.0f, 1.0f, 1.0f))));
        given().get(series + "&from=2014-04-10&to=2014-06-15&interval=month").then().statusCode(200)
                .body("points.day", equalTo(List.of("2014-04-30", "2014-05-31", "2014-06-15")))
                .body("points.denominator", equalTo(List.of(0, 5, 5)));
        given().get(series + "&from=2014-08-19&to=2014-08-21").then().statusCode(200)
                .body("interval", equalTo("day"))
                .body("points.day", equalTo(List.of("2014-08-19", "2014-08-20", "2014-08-21")))
                .body("points.numerator", equalTo(List.of(0, 5, 5)));
        given().get(series + "&from=2014-01-01&to=2014-12-31&interval=year").then().statusCode(200)
                .body("points.day", equalTo(List.of("2014-12-31")));
        given().get(series + "&interval=week").then().statusCode(400).body("errors[0].field", equalTo("interval"));
        given().get(series + "&from=0001-01-01").then().statusCode(400).body("errors[0].field", equalTo("from"));
        // from defaults to the programme's first recorded day
        given().get("/api/v1/indicators/occupancy.rate/series?to=2009-01-03").then().statusCode(200)
                .body("points.day[-1]", equalTo("2009-01-03"));
    }

    @Test
    void aClaimIsComparedWithTheRecordsAsOfItsDayOrOverItsPeriod() {
        String qi = "140727";
        try (var events = GatewayFixtures.fixtures()) {
            events.publish("HousingAllocated", dated(GatewayFixtures.household(UUID.randomUUID().toString(), 2, qi, null,
                    "REGISTERED_POOR", 4, "HOUSING_ALLOCATED", "IN_POVERTY", "TO_DEMOLISH"), "housingAllocatedOn", "2015-03-01"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> figure(given().get("/api/v1/indicators?county=" + qi + "&asOf=2015-12-31")
                .then().extract().jsonPath(), "relocation.people", "value").equals(4));
        String admin = TestTokens.bearer("city-admin", null);
        declare(admin, "relocation.people", qi, "{\"value\": 5, \"source\": \"2015 report\", \"asOf\": \"2015-12-31\"}");
        declare(admin, "relocation.people.registered-poor", qi, "{\"value\": 4, \"asOf\": \"2015-12-31\"}");
        declare(admin, "relocation.households", qi, "{\"value\": 2, \"from\": \"2015-01-01\", \"to\": \"2015-12-31\"}");
        given().header("Authorization", admin).contentType("application/json")
                .body("{\"value\": 2, \"asOf\": \"2015-12-31\", \"from\": \"2015-01-01\", \"to\": \"2015-12-31\"}")
                .put("/api/v1/data-quality/claims/relocation.households?county=" + qi).then().statusCode(400);
        given().header("Authorization", admin).contentType("application/json").body("{\"value\": 2, \"from\": \"2015-01-01\"}")
                .put("/api/v1/data-quality/claims/relocation.households?county=" + qi).then().statusCode(400);

        JsonPath findings = given().get("/api/v1/data-quality").then().statusCode(200).extract().jsonPath();
        String scope = "county:" + qi;
        assertThat(findings.getString("findings.find { it.indicatorId == 'relocation.people' && it.scope == '" + scope + "' }.message"))
                .isEqualTo("declared 5 but the records give 4 (people of relocated households (all members; households deleted in error excluded))"
                        + " [2015 report, as of 2015-12-31]");
        assertThat(findings.getList("findings.findAll { it.scope == '" + scope + "' }.indicatorId"))
                .doesNotContain("relocation.people.registered-poor");
        assertThat(findings.getString("findings.find { it.indicatorId == 'relocation.households' && it.scope == '" + scope + "' }.message"))
                .endsWith("[2015-01-01 to 2015-12-31]");
        given().get("/api/v1/data-quality/claims").then().statusCode(200)
                .body("find { it.indicatorId == 'relocation.households' && it.scopeKey == '" + scope + "' }.from", equalTo("2015-01-01"));

        // as of a past day, only the claims that speak for that day flag its figures
        String claimFindings = "findings.findAll { it.scope == '" + scope + "' && it.origin == 'CLAIMS' }.indicatorId";
        assertThat(given().get("/api/v1/data-quality?asOf=2015-12-31").then().statusCode(200).extract().jsonPath().getList(claimFindings))
                .contains("relocation.people", "relocation.households");
        assertThat(given().get("/api/v1/data-quality?asOf=2015-12-30").then().statusCode(200).extract().jsonPath().getList(claimFindings))
                .isEmpty();
        given().get("/api/v1/data-quality?asOf=2015-13-01").then().statusCode(400);
    }

    private static void declare(String token, String indicatorId, String county, String claim) {
        given().header("Authorization", token).contentType("application/json").body(claim)
                .put("/api/v1/data-quality/claims/" + indicatorId + "?county=" + county).then().statusCode(200);
    }

    @Test
    void peoplePlacedByTheirSitesModeGiveTheCountyTownShareAgainstThePlanOf80Percent() {
        String shouyang = "140725";
        String town = UUID.randomUUID().toString();
        String village = UUID.randomUUID().toString();
        try (var events = GatewayFixtures.fixtures()) {
            for (String household : List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString())) {
                events.publish("HousingAllocated", dated(GatewayFixtures.household(household, 2, shouyang, town, "REGISTERED_POOR", 4,
                        "HOUSING_ALLOCATED", "IN_POVERTY", "TO_DEMOLISH"), "housingAllocatedOn", "2012-04-01"));
            }
            // recorded before its site: the mode is read when the figures are
            events.publish("HousingAllocated", dated(GatewayFixtures.household(UUID.randomUUID().toString(), 2, shouyang, village,
                    "CO_RELOCATED", 2, "HOUSING_ALLOCATED", "NOT_APPLICABLE", "NONE_TO_DEMOLISH"), "housingAllocatedOn", "2012-09-01"));
            events.publish("SiteRegistered", GatewayFixtures.site(town, 1, shouyang, "PLANNED"));
            events.publish("SiteRegistered", GatewayFixtures.site(village, 1, shouyang, "PLANNED").put("placementMode", "CENTRAL_VILLAGE"));
        }
        String asOf = "/api/v1/indicators?county=" + shouyang + "&asOf=2012-12-31";
        await().atMost(Duration.ofSeconds(30)).until(() -> Integer.valueOf(10)
                .equals(figure(given().get(asOf).then().extract().jsonPath(), "placement.people", "value")));
        JsonPath end2012 = given().get(asOf).then().statusCode(200).extract().jsonPath();
        assertThat(figure(end2012, "placement.people", "breakdown.COUNTY_TOWN")).isEqualTo(8);
        assertThat(figure(end2012, "placement.people", "breakdown.CENTRAL_VILLAGE")).isEqualTo(2);
        assertThat(figure(end2012, "placement.county-town.share", "value")).isEqualTo(0.8f);
        assertThat(figure(end2012, "placement.county-town.share", "target.value")).isEqualTo(0.8f);
        assertThat(figure(end2012, "placement.county-town.share", "met")).isEqualTo(true);
        given().get("/api/v1/indicators/placement.county-town.share/series?county=" + shouyang + "&from=2012-01-01&to=2012-12-31&interval=quarter")
                .then().statusCode(200).body("points.numerator", equalTo(List.of(0, 8, 8, 8)))
                .body("points.denominator", equalTo(List.of(0, 8, 10, 10)));
    }

    @Test
    void incomeGainsAreAnnualisedWagesOfJobsActiveOnTheDayPlusDividendsRecordedInTheYearUpToIt() {
        String yushe = "140721";
        String workshop = UUID.randomUUID().toString();
        String project = UUID.randomUUID().toString();
        String beneficiary = UUID.randomUUID().toString();
        String household = UUID.randomUUID().toString();
        try (var events = GatewayFixtures.fixtures()) {
            events.publish("HousingAllocated", dated(GatewayFixtures.household(household, 2, yushe, null, "REGISTERED_POOR", 4,
                    "HOUSING_ALLOCATED", "IN_POVERTY", "TO_DEMOLISH"), "housingAllocatedOn", "2013-01-01"));
            events.publish("industry", "EmploymentStarted", GatewayFixtures.employment(UUID.randomUUID().toString(), 1, yushe, workshop,
                    "WORKSHOP", "2013-03-01", null, "2000.00"));
            events.publish("industry", "EmploymentEnded", GatewayFixtures.employment(UUID.randomUUID().toString(), 2, yushe, null,
                    "LABOUR_EXPORT", "2013-03-01", "2013-09-30", "3000.00"));
            events.publish("industry", "DividendPaid", GatewayFixtures.beneficiary(beneficiary, 1, project, household, yushe, true)
                    .put("dividendsPaid", "600.00"), OffsetDateTime.parse("2013-06-01T02:00:00Z"));
        }
        String asOf = "/api/v1/indicators?county=" + yushe + "&asOf=";
        await().atMost(Duration.ofSeconds(30)).until(() -> "24600.00"
                .equals(figure(given().get(asOf + "2013-12-31").then().extract().jsonPath(), "income.gain", "value")));
        JsonPath end2013 = given().get(asOf + "2013-12-31").then().extract().jsonPath();
        assertThat(figure(end2013, "income.gain.per-household", "value")).isEqualTo("24600.00");
        assertThat(figure(end2013, "income.gain.per-person", "value")).isEqualTo("6150.00");
        assertThat(figure(end2013, "income.gain.per-person", "denominator")).isEqualTo(4);
        assertThat(figure(end2013, "income.gain", "breakdown.WORKSHOP")).isEqualTo("24000.00");
        assertThat(figure(end2013, "income.gain", "breakdown.DIVIDENDS")).isEqualTo("600.00");
        assertThat(figure(end2013, "income.dividends", "breakdown." + project)).isEqualTo("600.00");
        assertThat(figure(end2013, "income.workshop-wages", "breakdown." + workshop)).isEqualTo("24000.00");
        // in the summer the job abroad still paid
        assertThat(figure(given().get(asOf + "2013-07-31").then().extract().jsonPath(), "income.gain", "value")).isEqualTo("60600.00");
        // a year on, the dividend no longer counts; a new one recorded on 1 July 2014 does
        assertThat(figure(given().get(asOf + "2014-12-31").then().extract().jsonPath(), "income.gain", "value")).isEqualTo("24000.00");
        try (var events = GatewayFixtures.fixtures()) {
            events.publish("industry", "DividendPaid", GatewayFixtures.beneficiary(beneficiary, 2, project, household, yushe, true)
                    .put("dividendsPaid", "900.00"), OffsetDateTime.parse("2014-07-01T02:00:00Z"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> "24300.00"
                .equals(figure(given().get(asOf + "2014-12-31").then().extract().jsonPath(), "income.gain", "value")));
        assertThat(figure(given().get(asOf + "2013-12-31").then().extract().jsonPath(), "income.gain", "value")).isEqualTo("24600.00");
    }

    @Test
    void moneyKeepsItsCentsInRatesToo() {
        try (var events = GatewayFixtures.fixtures()) {
            events.publish("funding", "FundsReceived", GatewayFixtures.ledgerEntry(UUID.randomUUID().toString(), "RECEIPT",
                    "CENTRAL_BUDGET", null, null, "11388889.39", null, null));
            events.publish("funding", "FundsDisbursed", GatewayFixtures.ledgerEntry(UUID.randomUUID().toString(), "DISBURSEMENT",
                    "CENTRAL_BUDGET", "140729", null, "8234567.89", null, null));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> String.valueOf(figure(city(), "funds.disbursement.rate", "numerator")).endsWith(".89"));
        JsonPath city = city();
        assertThat(String.valueOf(figure(city, "funds.disbursement.rate", "denominator"))).endsWith(".39");
        assertThat(String.valueOf(figure(city, "funds.received", "value"))).endsWith(".39");
        // the ledger entries are dated 30 June 2018
        JsonPath before = given().get("/api/v1/indicators?asOf=2018-06-29").then().statusCode(200).extract().jsonPath();
        assertThat(String.valueOf(figure(before, "funds.disbursement.rate", "numerator"))).doesNotEndWith(".89");
        given().get("/api/v1/indicators/funds.disbursement.rate/series?from=2018-06-30&to=2018-06-30").then().statusCode(200)
                .body("points[0].numerator", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aKnownSiteWithoutHouseholdsAnswersZerosAndAnIdThatIsNoSiteIsNotFound() {
        String site = UUID.randomUUID().toString();
        try (var events = GatewayFixtures.fixtures()) {
            events.publish("SiteRegistered", GatewayFixtures.site(site, 1, YUCI, "PLANNED"));
        }
        String partner = TestTokens.bearer("partner", null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", partner)
                .get("/api/v1/sites/" + site + "/indicators").then().statusCode(200)
                .body("indicators.find { it.id == 'relocation.people' }.value", equalTo(0))
                .body("indicators.find { it.id == 'occupancy.rate' }.value", equalTo(null)));
        given().header("Authorization", partner).get("/api/v1/sites/" + UUID.randomUUID() + "/indicators").then().statusCode(404);
    }

    @Test
    void asOfIsTheStoredTimeOfTheNewestEventAppliedSoItSurvivesARestart() {
        try (var events = GatewayFixtures.fixtures()) {
            events.publish("RelocationTaskSet", GatewayFixtures.task(UUID.randomUUID().toString(), 1, YUCI, 3));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> topicTimes.all().containsKey("households.v1"));
        OffsetDateTime stored = topicTimes.all().get("households.v1");
        String asOf = String.valueOf(figure(county(null), "relocation.people", "asOf"));
        assertThat(OffsetDateTime.parse(asOf).toInstant()).isAfterOrEqualTo(stored.toInstant());
        assertThat(given().get("/api/v1/indicators").then().extract().jsonPath()
                .getString("freshness.find { it.topic == 'households.v1' }.lastEventTime")).isNotNull();
    }

    @Test
    void theEmploymentDenominatorHasItsOwnIdBesideTheRegisteredHouseholds() {
        JsonPath catalogue = given().get("/api/v1/indicators/catalogue").then().statusCode(200).extract().jsonPath();
        assertThat(catalogue.getString("find { it.id == 'employment.households.with-labour' }.numerator"))
                .isEqualTo(catalogue.getString("find { it.id == 'employment.household-coverage' }.denominator"));
        assertThat(catalogue.getString("find { it.id == 'relocation.households' }.numerator")).isEqualTo("households");
        assertThat(catalogue.getString("find { it.id == 'relocation.people' }.numeratorDating")).contains("housingAllocatedOn");
        assertThat(given().header("Accept-Language", "zh-CN").get("/api/v1/indicators/catalogue").then().extract().jsonPath()
                .getString("find { it.id == 'occupancy.rate' }.numeratorDating")).isEqualTo("自入住之日（movedInOn）起计");
    }

    private static ObjectNode dated(ObjectNode snapshot, String... fieldsAndDates) {
        for (int i = 0; i < fieldsAndDates.length; i += 2) {
            snapshot.put(fieldsAndDates[i], fieldsAndDates[i + 1]);
        }
        return snapshot;
    }

    private static JsonPath county(String asOf) {
        return given().get("/api/v1/indicators?county=" + YUCI + (asOf == null ? "" : "&asOf=" + asOf))
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath city() {
        return given().get("/api/v1/indicators").then().statusCode(200).extract().jsonPath();
    }

    private static Object figure(JsonPath view, String id, String field) {
        return view.get("indicators.find { it.id == '" + id + "' }." + field);
    }
}
