package org.anju.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.anju.demo.IdNumbers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.anju.systemtests.Suite.ALL_PORTS;
import static org.anju.systemtests.Suite.GATEWAY_PORT;
import static org.anju.systemtests.Indicators.figure;
import static org.anju.systemtests.Indicators.indicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.offset;

/**
 * The whole suite as real processes, driven only through the gateway's public API: a site is
 * built, a household registers, gets a flat and moves in, money is received and disbursed, a member
 * gets a job, a resident files a request — and the gateway's indicators move exactly as expected.
 * A rebuild from the event log then gives the same figures.
 */
class CityScenarioTest {

    private static final Duration UP_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String HESHUN = "140723";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Suite suite;
    private static String admin;
    private static String ops;

    @BeforeAll
    static void upOnFreshData() throws IOException {
        Path root = Path.of(System.getProperty("anju.root", "..")).toAbsolutePath().normalize();
        suite = new Suite(root, root.resolve("system-tests/target/scenario-home"));
        suite.run(PATIENCE, "down");
        if (Files.exists(suite.home())) {
            try (Stream<Path> files = Files.walk(suite.home())) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        suite.staleBuild(System.getProperty("anju.version", "0.1.0-SNAPSHOT")).ifPresent(reason -> fail(
                "./suite up would rebuild the applications (" + reason + "); build through the reactor first"));
        for (int port : ALL_PORTS) {
            assertThat(Suite.free(port)).as("port %d is free", port).isTrue();
        }
        Suite.Result up = suite.run(UP_TIMEOUT, "up");
        assertThat(up.exitCode()).as(up.output()).isZero();
        admin = "Bearer " + token("city-admin");
        ops = "Bearer " + token("ops");
    }

    @AfterAll
    static void down() {
        if (suite != null) {
            suite.run(PATIENCE, "down");
            suite.processes().forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void aHouseholdsJourneyMovesTheIndicatorsExactlyAndARebuildAgrees() throws Exception {
        // the relocation task and a completed site
        send("PUT", "/api/v1/relocation-tasks/" + HESHUN + "/2016-2020", "{\"plannedPeople\": 10}", 200, 201);
        String site = send("POST", "/api/v1/sites", """
                {"county": "%s", "town": "义兴镇", "name": "和顺县城安置点", "placementMode": "COUNTY_TOWN",
                 "plannedHouseholds": 5, "plannedPeople": 15}""".formatted(HESHUN), 201).path("id").asText();
        send("POST", "/api/v1/sites/" + site + "/start-construction", "{\"date\": \"2018-03-01\"}", 200);
        send("POST", "/api/v1/sites/" + site + "/complete", "{\"date\": \"2018-10-01\"}", 200);

        // a registered-poor household of three moves in
        String household = send("POST", "/api/v1/households", """
                {"registryNumber": "HS-2016-0001", "county": "%s", "originVillage": "石拐村", "originNaturalVillage": "后沟",
                 "category": "REGISTERED_POOR", "homesteadToDemolish": true, "members": [
                   {"name": "测试甲", "idNumber": "%s", "relation": "HEAD", "labourCapacity": true},
                   {"name": "测试乙", "idNumber": "%s", "relation": "SPOUSE", "labourCapacity": true},
                   {"name": "测试丙", "idNumber": "%s", "relation": "CHILD", "labourCapacity": false}]}"""
                .formatted(HESHUN, IdNumbers.of("140723", "19700101", 11), IdNumbers.of("140723", "19720202", 22),
                        IdNumbers.of("140723", "20050303", 33)), 201).path("id").asText();
        send("POST", "/api/v1/households/" + household + "/allocate-housing",
                "{\"siteId\": \"" + site + "\", \"flat\": \"3-201\", \"date\": \"2019-05-01\"}", 200);
        send("POST", "/api/v1/households/" + household + "/move-in", "{\"date\": \"2019-06-01\"}", 200);

        // money received by the city and disbursed to the county
        send("POST", "/api/v1/entries/receipts", """
                {"source": "CENTRAL_BUDGET", "amount": "54810000.00", "receivedOn": "2018-03-01", "documentNumber": "发改投资〔2018〕1号"}""", 201);
        send("POST", "/api/v1/entries/disbursements", """
                {"source": "CENTRAL_BUDGET", "county": "%s", "amount": "20000000.00", "disbursedOn": "2018-04-01"}""".formatted(HESHUN), 201);

        // a member gets a stable job, once industry-service knows the household from its events
        awaitStatus("POST", "/api/v1/employments", """
                {"householdId": "%s", "memberRef": "m-1", "channel": "ENTERPRISE", "employer": "和顺食用菌合作社",
                 "startDate": "2019-07-01", "monthlyIncome": "2000.00", "contract": true}""".formatted(household), 201);

        // a resident files a request
        send("POST", "/api/v1/requests", """
                {"county": "%s", "siteId": "%s", "householdId": "%s", "category": "DIFFICULTY", "channel": "IN_PERSON",
                 "summary": "暖气不热"}""".formatted(HESHUN, site, household), 201);

        JsonNode heshun = awaitIndicators("/api/v1/indicators?county=" + HESHUN, view ->
                figure(view, "occupancy.people") == 3 && figure(view, "employment.placed") == 1
                        && "20000000.00".equals(text(view, "funds.disbursed")) && denominator(view, "requests.resolved.rate") == 1);
        assertThat(figure(heshun, "relocation.people")).isEqualTo(3);
        assertThat(figure(heshun, "relocation.people.registered-poor")).isEqualTo(3);
        assertThat(figure(heshun, "relocation.households")).isEqualTo(1);
        assertThat(indicator(heshun, "occupancy.rate").path("value").asDouble()).isEqualTo(1.0);
        assertThat(indicator(heshun, "relocation.task-completion").path("value").asDouble()).isEqualTo(0.3);
        assertThat(figure(heshun, "sites.completed")).isEqualTo(1);
        assertThat(figure(heshun, "homestead.to-demolish")).isEqualTo(1);
        assertThat(figure(heshun, "employment.zero-employment-households")).isZero();
        assertThat(indicator(heshun, "employment.household-coverage").path("value").asDouble()).isEqualTo(1.0);
        JsonNode city = get("/api/v1/indicators");
        assertThat(text(city, "funds.received")).isEqualTo("54810000.00");
        assertThat(indicator(city, "funds.disbursement.rate").path("value").asDouble()).isEqualTo(20000000.0 / 54810000.0, offset(1e-6));

        // the ops view sees every service up and nothing left behind
        JsonNode services = awaitIndicators("/api/v1/ops/services", view -> "UP".equals(view.path("status").asText()));
        assertThat(services.path("services")).hasSize(4);

        // a rebuild from the event log gives the same figures, and events are applied once
        String before = figures(get("/api/v1/indicators")) + figures(get("/api/v1/indicators?county=" + HESHUN));
        sendAs(ops, "POST", "/api/v1/ops/projections/rebuild", "", 202);
        awaitIndicators("/api/v1/ops/projections/rebuild", view -> "DONE".equals(view.path("state").asText()), ops);
        assertThat(figures(get("/api/v1/indicators")) + figures(get("/api/v1/indicators?county=" + HESHUN))).isEqualTo(before);
    }

    private static String token(String role) {
        Suite.Result result = suite.run(PATIENCE, "token", role);
        assertThat(result.exitCode()).as(result.output()).isZero();
        List<String> lines = result.output().lines().filter(line -> line.split("\\.").length == 3).toList();
        assertThat(lines).as(result.output()).isNotEmpty();
        return lines.get(lines.size() - 1).trim();
    }

    private static JsonNode send(String method, String path, String body, int... expected) throws Exception {
        return sendAs(admin, method, path, body, expected);
    }

    private static JsonNode sendAs(String authorization, String method, String path, String body, int... expected) throws Exception {
        HttpResponse<String> response = request(authorization, method, path, body);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isIn(box(expected));
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    /** Retries while the owner does not know a reference yet (its replica is fed by events). */
    private static void awaitStatus(String method, String path, String body, int expected) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        HttpResponse<String> response;
        do {
            response = request(admin, method, path, body);
            if (response.statusCode() == expected) {
                return;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        fail(method + " " + path + " never answered " + expected + "; last: " + response.statusCode() + " " + response.body());
    }

    private static HttpResponse<String> request(String authorization, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + GATEWAY_PORT + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (!body.isEmpty()) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode get(String path) throws Exception {
        return sendAs(admin, "GET", path, "", 200);
    }

    private static JsonNode awaitIndicators(String path, Predicate<JsonNode> condition) throws Exception {
        return awaitIndicators(path, condition, admin);
    }

    private static JsonNode awaitIndicators(String path, Predicate<JsonNode> condition, String authorization) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        JsonNode view;
        do {
            view = sendAs(authorization, "GET", path, "", 200);
            if (condition.test(view)) {
                return view;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        return fail("condition never held for " + path + ": " + view);
    }

    private static long denominator(JsonNode view, String id) {
        return indicator(view, id).path("denominator").asLong();
    }

    private static String text(JsonNode view, String id) {
        return indicator(view, id).path("value").asText();
    }

    private static String figures(JsonNode view) {
        StringBuilder figures = new StringBuilder();
        view.path("indicators").forEach(indicator -> figures.append(indicator.path("id").asText()).append('=')
                .append(indicator.path("numerator")).append('/').append(indicator.path("denominator")).append(';'));
        return figures.toString();
    }

    private static Integer[] box(int[] values) {
        return Arrays.stream(values).boxed().toArray(Integer[]::new);
    }
}
