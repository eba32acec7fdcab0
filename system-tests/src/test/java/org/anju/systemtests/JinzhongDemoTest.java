package org.anju.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.anju.demo.DemoFigures;
import org.anju.testing.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.anju.systemtests.Indicators.figure;
import static org.anju.systemtests.Indicators.indicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@code ./suite demo} loads Jinzhong's programme through the gateway's public API: the gateway's city
 * indicators then show the report's figures, its data-quality view all five of the report's
 * contradictions, its figures as of past days and its yearly series what the data set's records say by their
 * dates, and loading a second time changes no figure. The suite runs on ports of its own
 * (every port moved by 100), so that it never meets the city scenario's suite.
 */
class JinzhongDemoTest {

    private static final int PORT_OFFSET = 100;
    private static final Duration UP_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(12);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Duration CATCH_UP = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Suite suite;
    private static String admin;

    @BeforeAll
    static void upOnFreshData() throws IOException {
        Path root = Path.of(System.getProperty("anju.root", "..")).toAbsolutePath().normalize();
        suite = new Suite(root, root.resolve("system-tests/target/demo-home"), PORT_OFFSET);
        suite.run(PATIENCE, "down");
        if (Files.exists(suite.home())) {
            try (Stream<Path> files = Files.walk(suite.home())) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        String version = System.getProperty("anju.version", "0.1.0-SNAPSHOT");
        suite.staleBuild(version).ifPresent(reason -> fail(
                "./suite up would rebuild the applications (" + reason + "); build through the reactor first"));
        assertThat(root.resolve("demo/target/demo-" + version + ".jar")).as("the demo generator is built").isRegularFile();
        for (int port : suite.ports()) {
            assertThat(Suite.free(port)).as("port %d is free", port).isTrue();
        }
        Suite.Result up = suite.run(UP_TIMEOUT, "up");
        assertThat(up.exitCode()).as(up.output()).isZero();
        Suite.Result token = suite.run(PATIENCE, "token", "city-admin");
        assertThat(token.exitCode()).as(token.output()).isZero();
        List<String> lines = token.output().lines().filter(line -> line.split("\\.").length == 3).toList();
        admin = "Bearer " + lines.get(lines.size() - 1).trim();
    }

    @AfterAll
    static void down() {
        if (suite != null) {
            suite.run(PATIENCE, "down");
            suite.processes().forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void theDemoShowsTheReportsFiguresAndContradictionsAndASecondLoadChangesNothing() throws Exception {
        Suite.Result load = suite.run(LOAD_TIMEOUT, "demo");
        assertThat(load.exitCode()).as(load.output()).isZero();

        Map<String, JsonNode> settled = settledFigures();
        JsonNode city = get("/api/v1/indicators");
        assertThat(figure(city, "relocation.people")).isEqualTo(26_533);
        assertThat(figure(city, "relocation.people.registered-poor")).isEqualTo(22_909);
        assertThat(figure(city, "relocation.people.co-relocated")).isEqualTo(3_624);
        assertThat(figure(city, "relocation.task.people")).isEqualTo(26_426);
        assertThat(figure(city, "occupancy.households")).isEqualTo(10_406);
        assertThat(figure(city, "occupancy.people")).isEqualTo(26_473);
        assertThat(figure(city, "sites.count")).isEqualTo(25);
        assertThat(figure(city, "sites.completed")).isEqualTo(25);
        assertThat(figure(city, "poverty.lifted.households")).isEqualTo(6_999);
        assertThat(figure(city, "poverty.lifted.people")).isEqualTo(19_850);
        assertThat(figure(city, "homestead.demolished")).isEqualTo(10_353);
        assertThat(figure(city, "homestead.reclaimed")).isEqualTo(6_768);
        assertThat(figure(city, "village.count")).isEqualTo(158);
        assertThat(figure(city, "village.relocated")).isEqualTo(158);
        assertThat(figure(city, "village.demolished")).isEqualTo(117);
        assertThat(figure(city, "village.reclaimed")).isEqualTo(47);
        assertThat(breakdown(city, "funds.received")).isEqualTo(Map.of(
                "CENTRAL_BUDGET", "54810000.00", "LOCAL_GOVERNMENT_BOND", "261000000.00",
                "SPECIAL_CONSTRUCTION_FUND", "45145000.00", "POLICY_LOAN", "564000000.00", "CITY_FISCAL", "32000000.00"));
        assertThat(indicator(city, "funds.disbursement.rate").path("value").asDouble()).isEqualTo(1.0);
        assertThat(breakdown(city, "facilities.count")).isEqualTo(Map.of(
                "CLINIC", "28", "PRIMARY_SCHOOL", "20", "KINDERGARTEN", "15", "ACTIVITY_ROOM", "24", "CULTURE_SQUARE", "22",
                "COMMUNITY_SERVICE_STATION", "36", "ELDERLY_HOME", "1", "BUS_LINE", "1"));
        // Xiyang and Lingshi demolished and reclaimed every old homestead
        for (String county : List.of("140724", "140729")) {
            JsonNode view = get("/api/v1/indicators?county=" + county);
            assertThat(figure(view, "homestead.reclaimed")).as(county).isPositive()
                    .isEqualTo(figure(view, "homestead.to-demolish")).isEqualTo(figure(view, "homestead.demolished"));
        }

        // follow-up support: every registered-poor household is in a project; 4,803 placements in 4,503 households, all stable
        assertThat(figure(city, "employment.placed")).isEqualTo(4_803);
        assertThat(indicator(city, "employment.household-coverage").path("numerator").asLong()).isEqualTo(4_503);
        assertThat(indicator(city, "industry.coverage").path("numerator").asLong()).isEqualTo(22_909);
        assertThat(indicator(city, "industry.coverage").path("value").asDouble()).isEqualTo(1.0);
        assertThat(figure(city, "workshops.running")).isEqualTo(21);
        assertThat(figure(city, "workshops.jobs")).isEqualTo(422 + 4 * 80 + 12 * 45 + 405);
        assertThat(figure(city, "training.trainees")).isEqualTo(1_041);
        assertThat(figure(city, "training.employed-after")).isEqualTo(660);
        // communities: a branch per site, Heshun's 41 Party groups and three at every other site, the paper backlog overdue
        assertThat(figure(city, "party.branches")).isEqualTo(25);
        assertThat(figure(city, "party.groups")).isEqualTo(41 + 22 * 3);
        assertThat(figure(get("/api/v1/indicators?county=140723"), "party.groups")).isEqualTo(41);
        assertThat(figure(city, "requests.overdue")).isEqualTo(25);
        assertThat(indicator(city, "requests.accepted-on-time.rate").path("value").asDouble()).isStrictlyBetween(0.0, 1.0);

        JsonNode quality = get("/api/v1/data-quality");
        assertThat(rules(quality)).containsAll(CONTRADICTIONS);

        figuresInTime();

        // the README's picture of the demo; outside CI only where Debian's chromium is installed
        if (HeadlessChromium.available()) {
            screenshotOfTheDashboard();
        }

        Suite.Result again = suite.run(LOAD_TIMEOUT, "demo");
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(settledFigures()).as("every figure of the city and its counties after a second load").isEqualTo(settled);
    }

    /**
     * Issue 18: the city's figures as of the end of 2017, 2018 and 2019 and today each equal a direct count of the
     * demo's data set by the records' dates ({@link DemoFigures}), they differ from year to year, and the yearly
     * series of relocated people and of the occupancy rate have those figures at each year's end.
     */
    private static void figuresInTime() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<LocalDate> days = new ArrayList<>(DemoFigures.checkedDays());
        days.add(today);
        List<BigDecimal> relocated = new ArrayList<>();
        for (LocalDate day : days) {
            JsonNode view = get("/api/v1/indicators?asOf=" + day);
            assertThat(view.path("asOfDate").asText()).isEqualTo(day.toString());
            Map<String, BigDecimal> expected = DemoFigures.cityAsOf(day, today);
            expected.forEach((id, value) -> {
                JsonNode shown = id.equals("placement.county-town.people")
                        ? indicator(view, "placement.people").path("breakdown").path("COUNTY_TOWN")
                        : indicator(view, id).path("value");
                assertThat(shown.isMissingNode() ? BigDecimal.ZERO : new BigDecimal(shown.asText()))
                        .as(id + " as of " + day).isEqualByComparingTo(value);
            });
            relocated.add(expected.get("relocation.people"));
        }
        assertThat(DemoFigures.cityAsOf(LocalDate.of(2017, 12, 31), today)).isNotEqualTo(DemoFigures.cityAsOf(LocalDate.of(2018, 12, 31), today));
        assertThat(relocated).as("relocated people at the end of 2017, 2018, 2019 and today").doesNotHaveDuplicates();
        assertThat(relocated.get(relocated.size() - 1)).isEqualByComparingTo(BigDecimal.valueOf(26_533));

        for (String id : List.of("relocation.people", "occupancy.rate")) {
            JsonNode series = get("/api/v1/indicators/" + id + "/series?interval=year&from=2016-01-01&to=2020-12-31");
            List<String> years = new ArrayList<>();
            for (JsonNode point : series.path("points")) {
                LocalDate day = LocalDate.parse(point.path("day").asText());
                years.add(point.path("day").asText());
                Map<String, BigDecimal> expected = DemoFigures.cityAsOf(day, today);
                BigDecimal numerator = expected.get(id.equals("occupancy.rate") ? "occupancy.people" : "relocation.people");
                assertThat(point.path("numerator").decimalValue()).as(id + " on " + day).isEqualByComparingTo(numerator);
                if (id.equals("occupancy.rate")) {
                    assertThat(point.path("denominator").decimalValue()).as(id + " on " + day)
                            .isEqualByComparingTo(expected.get("relocation.people"));
                }
            }
            assertThat(years).as(id).containsExactly("2016-12-31", "2017-12-31", "2018-12-31", "2019-12-31", "2020-12-31");
        }
    }

    private static void screenshotOfTheDashboard() throws InterruptedException {
        try (HeadlessChromium chromium = HeadlessChromium.open(1400, 2000)) {
            WebDriver browser = chromium.driver();
            browser.get("http://localhost:" + suite.gatewayPort() + "/");
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver ->
                    driver.findElements(By.cssSelector("[data-indicator='relocation.people'] .value")).stream()
                            .anyMatch(tile -> tile.getText().equals("26,533")));
            Thread.sleep(2_000); // the county chart's animation
            chromium.screenshot(Path.of("target", "dashboard-demo.png"));
        }
    }

    /**
     * The city's and every county's figures once the suite is idle: no outbox backlog, no consumer lag,
     * nothing dead-lettered, the overdue check run over the paper backlog, and two reads alike.
     */
    private static Map<String, JsonNode> settledFigures() throws Exception {
        await("/api/v1/indicators", view -> figure(view, "occupancy.households") == 10_406 && figure(view, "employment.placed") == 4_803
                && figure(view, "requests.overdue") == 25 && indicator(view, "employment.household-coverage").path("numerator").asLong() == 4_503);
        Map<String, JsonNode> previous = null;
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode ops = get("/api/v1/ops/services");
            boolean idle = true;
            for (JsonNode service : ops.path("services")) {
                idle &= service.path("outboxBacklog").asLong(-1) == 0;
            }
            for (JsonNode topic : ops.path("consumer")) {
                idle &= topic.path("lag").asLong(-1) == 0;
                assertThat(topic.path("deadLettered").asLong()).as("dead-lettered on " + topic.path("topic").asText()).isZero();
            }
            Map<String, JsonNode> figures = new java.util.TreeMap<>();
            figures.put("city", figures(get("/api/v1/indicators")));
            for (JsonNode county : get("/api/v1/counties").path("counties")) {
                figures.put(county.path("scope").path("code").asText(), figures(county));
            }
            if (idle && figures.equals(previous)) {
                return figures;
            }
            previous = idle ? figures : null;
            Thread.sleep(3_000);
        }
        return fail("the suite never settled: " + get("/api/v1/ops/services"));
    }

    /** What a view's indicators say, without the times they were computed. */
    private static JsonNode figures(JsonNode view) {
        com.fasterxml.jackson.databind.node.ObjectNode figures = JSON.createObjectNode();
        for (JsonNode indicator : view.path("indicators")) {
            figures.putArray(indicator.path("id").asText()).add(indicator.path("value")).add(indicator.path("numerator"))
                    .add(indicator.path("denominator")).add(indicator.path("breakdown"));
        }
        return figures;
    }

    private static final List<String> CONTRADICTIONS = List.of("parts-do-not-add-up", "claimed-rate-mismatch", "claimed-above-base",
            "implied-base-exceeds-population", "category-moved-in-exceeds-population");

    private static List<String> rules(JsonNode view) {
        List<String> rules = new ArrayList<>();
        view.path("findings").forEach(finding -> rules.add(finding.path("rule").asText()));
        return rules;
    }

    private static JsonNode get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + suite.gatewayPort() + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", admin).GET().build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET " + path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode await(String path, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        JsonNode view;
        do {
            view = get(path);
            try {
                if (condition.test(view)) {
                    return view;
                }
            } catch (AssertionError notYet) {
                // an indicator not computed yet
            }
            Thread.sleep(1_000);
        } while (System.nanoTime() < deadline);
        return fail("condition never held for " + path + ": " + view);
    }

    private static Map<String, String> breakdown(JsonNode view, String id) {
        Map<String, String> parts = new java.util.TreeMap<>();
        indicator(view, id).path("breakdown").fields().forEachRemaining(part -> parts.put(part.getKey(), part.getValue().asText()));
        return parts;
    }
}
