package org.anju.gateway.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.path.json.JsonPath;
import org.anju.testing.TestTokens;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Representative figures for the dashboard tests and screenshots: relocation tasks, sites, villages and a few
 * hundred households in most counties, funds received and disbursed, employment, two declared figures the records
 * contradict; the trend comes from their business dates, spread over the programme's years: sites from 2016,
 * households allocated from March 2016 to autumn 2020 (moved in, lifted, demolished and reclaimed after), funds
 * received 2016–2018. Each county with households has a county-town site and a second one (central village or
 * community) with Chinese names. Loaded once per application start.
 *
 * <p>The other test classes of this application assert exact figures of some counties, whichever class runs
 * first, so this data stays out of what they count: no households, sites or villages in 和顺 (140723) and 介休
 * (140781), no relocation task in 左权 (140722), no funds from the special construction fund nor to 榆社 (140721),
 * no employment in 寿阳 (140725), nothing of governance (平遥's facilities and requests).
 */
final class DashboardData {

    static final List<String> COUNTIES = List.of("140702", "140703", "140721", "140722", "140723", "140724", "140725",
            "140727", "140728", "140729", "140781");
    private static final List<String> NO_HOUSEHOLDS = List.of("140723", "140781");
    private static final List<String> NO_TASK = List.of("140722", "140723", "140781");
    private static final List<String> NO_DISBURSEMENT = List.of("140721");
    private static final List<String> NO_EMPLOYMENT = List.of("140725");
    private static final int[] HOUSEHOLDS = {64, 41, 38, 45, 0, 52, 36, 30, 47, 58, 0};
    /** Each county's two sites: its county-town site and a second one (none in 和顺 and 介休). */
    private static final String[][] SITE_NAMES = {{"榆次区城区安置点", "东赵乡中心村安置点"}, {"太谷城区安置点", "范村镇安置小区"},
            {"榆社县城安置点", "河峪乡中心村安置点"}, {"左权县城安置点", "拐儿镇安置小区"}, {}, {"昔阳县城安置点", "李家庄乡中心村安置点"},
            {"寿阳县城安置点", "平头镇安置小区"}, {"祁县城区安置点", "来远镇中心村安置点"}, {"平遥县城安置点", "朱坑乡中心村安置点"},
            {"灵石县城安置点", "静升镇安置小区"}, {}};
    private static final LocalDate FIRST_ALLOCATION = LocalDate.of(2016, 3, 1);
    /** Allocations spread over about four and a half years, to autumn 2020. */
    private static final int ALLOCATION_DAYS = 4 * 365 + 200;

    private static volatile boolean loaded;

    private DashboardData() {
    }

    static synchronized void load() {
        if (loaded) {
            return;
        }
        Random random = new Random(20161201);
        int people = 0;
        BigDecimal received = BigDecimal.ZERO;
        int stablyEmployed = 0;
        long peopleBefore = cityFigure("relocation.people");
        long employedBefore = cityFigure("employment.household-coverage", "numerator");
        BigDecimal receivedBefore = new BigDecimal(city().getString("indicators.find { it.id == 'funds.received' }.value"));
        try (var events = GatewayFixtures.fixtures()) {
            for (int c = 0; c < COUNTIES.size(); c++) {
                String county = COUNTIES.get(c);
                if (NO_HOUSEHOLDS.contains(county)) {
                    continue;
                }
                String site = UUID.randomUUID().toString();
                String second = UUID.randomUUID().toString();
                boolean secondCompleted = c % 3 != 0;
                events.publish("SiteCompleted", GatewayFixtures.site(site, 3, county, "COMPLETED").put("name", SITE_NAMES[c][0])
                        .put("constructionStartedOn", "2016-01-15").put("completedOn", "2016-12-20"));
                events.publish("SiteConstructionStarted", GatewayFixtures.site(second, 2, county,
                        secondCompleted ? "COMPLETED" : "UNDER_CONSTRUCTION").put("name", SITE_NAMES[c][1])
                        .put("placementMode", c % 2 == 0 ? "CENTRAL_VILLAGE" : "COMMUNITY").put("plannedPeople", 400)
                        .put("constructionStartedOn", "2016-06-01").put("completedOn", secondCompleted ? "2017-09-30" : null));
                events.publish(c % 2 == 0 ? "VillageDemolished" : "VillageReclaimed",
                        GatewayFixtures.village(UUID.randomUUID().toString(), 3, county, c % 2 == 0 ? "DEMOLISHED" : "RECLAIMED"));
                int countyPeople = 0;
                for (int h = 0; h < HOUSEHOLDS[c]; h++) {
                    String id = UUID.randomUUID().toString();
                    boolean poor = random.nextInt(100) < 86;
                    boolean movedIn = random.nextInt(100) < 96;
                    int members = 2 + random.nextInt(4);
                    String poverty = !poor ? "NOT_APPLICABLE" : random.nextInt(100) < 92 ? "LIFTED" : "IN_POVERTY";
                    int demolition = random.nextInt(100);
                    String homestead = !poor ? "NONE_TO_DEMOLISH" : demolition < 45 ? "RECLAIMED" : demolition < 90 ? "DEMOLISHED" : "TO_DEMOLISH";
                    String at = secondCompleted && h % 4 == 3 ? second : site;
                    LocalDate allocated = FIRST_ALLOCATION.plusDays((h * 53L + c * 17L) % ALLOCATION_DAYS);
                    LocalDate movedInOn = allocated.plusDays(30 + (h * 7L) % 90);
                    ObjectNode household = GatewayFixtures.household(id, 4, county, at,
                            poor ? "REGISTERED_POOR" : "CO_RELOCATED", members, movedIn ? "MOVED_IN" : "HOUSING_ALLOCATED",
                            poverty, homestead);
                    household.put("housingAllocatedOn", allocated.toString());
                    household.put("movedInOn", movedIn ? movedInOn.toString() : null);
                    household.put("liftedOn", poverty.equals("LIFTED") ? earliest(movedInOn.plusDays(180)).toString() : null);
                    household.put("demolishedOn", household.path("demolishedOn").isTextual() ? earliest(movedInOn.plusDays(60)).toString() : null);
                    household.put("reclaimedOn", household.path("reclaimedOn").isTextual() ? earliest(movedInOn.plusDays(150)).toString() : null);
                    events.publish(movedIn ? "HouseholdMovedIn" : "HousingAllocated", household);
                    countyPeople += members;
                    if (movedIn && !NO_EMPLOYMENT.contains(county)) {
                        boolean stable = random.nextInt(100) < 90;
                        stablyEmployed += stable ? 1 : 0;
                        events.publish("industry", "HouseholdEmploymentChanged", GatewayFixtures.householdEmployment(id, 1, county, stable));
                    }
                }
                people += countyPeople;
                if (!NO_TASK.contains(county)) {
                    events.publish("RelocationTaskSet", GatewayFixtures.task(UUID.randomUUID().toString(), 1, county,
                            countyPeople + random.nextInt(12)));
                }
            }
            String[][] sources = {{"CENTRAL_BUDGET", "126500000.00", "2016-05-20"}, {"LOCAL_GOVERNMENT_BOND", "84200000.00", "2017-04-12"},
                    {"POLICY_LOAN", "153800000.00", "2016-11-08"}, {"CITY_FISCAL", "21600000.00", "2018-03-30"}};
            for (String[] source : sources) {
                events.publish("funding", "FundsReceived", GatewayFixtures.ledgerEntry(UUID.randomUUID().toString(), "RECEIPT",
                        source[0], null, null, source[1], null, null).put("occurredOn", source[2]));
                received = received.add(new BigDecimal(source[1]));
            }
            for (int c = 0; c < COUNTIES.size(); c++) {
                String county = COUNTIES.get(c);
                if (NO_DISBURSEMENT.contains(county)) {
                    continue;
                }
                String amount = (18_000_000 + random.nextInt(22_000_000)) + ".00";
                events.publish("funding", "FundsDisbursed", GatewayFixtures.ledgerEntry(UUID.randomUUID().toString(), "DISBURSEMENT",
                        c % 2 == 0 ? "CENTRAL_BUDGET" : "POLICY_LOAN", county, null, amount, null, null)
                        .put("occurredOn", LocalDate.of(2017 + c % 3, 1 + c, 15).toString()));
            }
        }
        long expectedPeople = peopleBefore + people;
        long expectedEmployed = employedBefore + stablyEmployed;
        BigDecimal expectedReceived = receivedBefore.add(received);
        await().atMost(Duration.ofSeconds(60)).until(() -> cityFigure("relocation.people") >= expectedPeople
                && cityFigure("employment.household-coverage", "numerator") >= expectedEmployed
                && new BigDecimal(city().getString("indicators.find { it.id == 'funds.received' }.value")).compareTo(expectedReceived) >= 0);

        declare("relocation.people", "140729", "{\"value\": 250, \"source\": \"灵石县 2026 年 11 月月报\"}");
        declare("poverty.lifted.rate", "140703", "{\"numerator\": 160, \"source\": \"太谷区上报\"}");
        loaded = true;
    }

    /** A date no later than the end of the programme's relocation (2020-12-31). */
    private static LocalDate earliest(LocalDate day) {
        LocalDate end = LocalDate.of(2020, 12, 31);
        return day.isAfter(end) ? end : day;
    }

    private static void declare(String indicatorId, String county, String claim) {
        given().header("Authorization", TestTokens.bearer("city-admin", null)).contentType("application/json").body(claim)
                .put("/api/v1/data-quality/claims/" + indicatorId + "?county=" + county).then().statusCode(200);
    }

    static JsonPath city() {
        return given().get("/api/v1/indicators").then().statusCode(200).extract().jsonPath();
    }

    private static long cityFigure(String id) {
        return cityFigure(id, "value");
    }

    private static long cityFigure(String id, String field) {
        return city().getLong("indicators.find { it.id == '" + id + "' }." + field);
    }
}
