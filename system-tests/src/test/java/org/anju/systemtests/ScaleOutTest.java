package org.anju.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import org.anju.demo.IdNumbers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.anju.systemtests.Indicators.figure;
import static org.anju.systemtests.Indicators.indicator;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateway instances on one database and one Kafka consumer group ({@code ./suite start gateway-2}) share the
 * topics' partitions; one is killed with SIGKILL in the middle of a load of writes, and the survivor takes over its
 * partitions from the offsets stored with the figures: once the writes are relayed, its figures equal the services'
 * records — nothing the killed instance had half applied is lost or counted twice.
 */
class ScaleOutTest {

    private static final String COUNTY = "140724";
    private static final int WRITERS = 2;
    /** Each topic's partitions in the suite ({@code ANJU_KAFKA_PARTITIONS}, 3 by default). */
    private static final int PARTITIONS = 3;
    /** Kafka's default session timeout (45 s) passes before the group gives a killed member's partitions away. */
    private static final Duration TAKE_OVER = Duration.ofSeconds(150);

    private static RunningSuite suite;
    private static String admin;
    private static String ops;
    private static int second;
    private static String site;

    @BeforeAll
    static void up() throws IOException {
        suite = RunningSuite.up("scale-out-home", 600);
        admin = suite.admin();
        ops = suite.tokens.bearer(List.of("ops"), null);
        Suite.Result started = suite.suite.run(RunningSuite.UP_TIMEOUT, "start", "gateway-2");
        assertThat(started.exitCode()).as(started.output()).isZero();
        second = suite.gatewayPort() + 10;
        site = suite.admin("POST", "/api/v1/sites", """
                {"county": "%s", "town": "乐平镇", "name": "扩容测试安置点", "placementMode": "COUNTY_TOWN",
                 "plannedHouseholds": 500, "plannedPeople": 1500}""".formatted(COUNTY), 201).path("id").asText();
        suite.admin("POST", "/api/v1/sites/" + site + "/start-construction", "{\"date\": \"2018-03-01\"}", 200);
        suite.admin("POST", "/api/v1/sites/" + site + "/complete", "{\"date\": \"2018-10-01\"}", 200);
        suite.admin("POST", "/api/v1/entries/receipts", """
                {"source": "CENTRAL_BUDGET", "amount": "900000000.00", "receivedOn": "2018-03-01", "documentNumber": "扩容测试〔2018〕1号"}""", 201);
    }

    @AfterAll
    static void down() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void twoGatewaysShareThePartitionsAndTheSurvivorOfAKillCountsEverything() throws Exception {
        // both instances consume, once the group has rebalanced: every partition of every topic belongs to exactly one of them
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        Map<String, Set<Integer>> first;
        Map<String, Set<Integer>> other;
        do {
            RunningSuite.sleep(1_000);
            first = partitions(ops(suite.gatewayPort()));
            other = partitions(ops(second));
        } while (!shared(first, other) && System.nanoTime() < deadline);
        System.out.printf("SCALE-OUT: partitions of the gateway %s, of gateway-2 %s%n", first, other);
        assertThat(shared(first, other)).as("the two instances share every topic's partitions: %s and %s", first, other).isTrue();

        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger written = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            running.add(writers.submit(() -> write(writer, stop, written)));
        }
        try {
            RunningSuite.sleep(6_000);
            Suite.Result killed = suite.suite.run(RunningSuite.QUICK, "kill", "gateway");
            assertThat(killed.exitCode()).as(killed.output()).isZero();
            RunningSuite.sleep(8_000);
        } finally {
            stop.set(true);
            for (Future<?> writer : running) {
                writer.get();
            }
            writers.shutdownNow();
        }
        assertThat(written.get()).as("writes during the run").isGreaterThan(10);

        // the survivor takes every partition over, then counts what the services hold
        JsonNode view = suite.await(second, ops, "/api/v1/ops/services", survivor -> !partitions(survivor).isEmpty()
                && partitions(survivor).values().stream().allMatch(topic -> topic.size() == PARTITIONS), TAKE_OVER);
        System.out.printf("SCALE-OUT: gateway-2 consumes %s after the kill%n", partitions(view));
        long households = records("households-service", "/api/v1/households?county=" + COUNTY).size();
        long movedIn = records("households-service", "/api/v1/households?county=" + COUNTY + "&status=MOVED_IN").size();
        BigDecimal disbursed = records("funding-service", "/api/v1/entries?kind=DISBURSEMENT&county=" + COUNTY).stream()
                .map(entry -> new BigDecimal(entry.path("amount").asText())).reduce(BigDecimal.ZERO, BigDecimal::add);
        JsonNode figures = suite.await(second, admin, "/api/v1/indicators?county=" + COUNTY,
                indicators -> figure(indicators, "relocation.households") == households && figure(indicators, "occupancy.households") == movedIn
                        && new BigDecimal(indicator(indicators, "funds.disbursed").path("value").asText("0")).compareTo(disbursed) == 0,
                TAKE_OVER);
        System.out.printf("SCALE-OUT: %d writes; the survivor counts %d households, %d moved in, %s disbursed in %s — as the services hold them%n",
                written.get(), figure(figures, "relocation.households"), figure(figures, "occupancy.households"), disbursed.toPlainString(), COUNTY);
    }

    /** Households registered and moved in, and disbursements, straight to the services (no gateway in the write path). */
    private void write(int writer, AtomicBoolean stop, AtomicInteger written) {
        for (int i = 0; !stop.get(); i++) {
            String tag = writer + "-" + i;
            String idNumber = IdNumbers.of(COUNTY, String.format("19%02d%02d%02d", 50 + writer, 1 + i / 28 % 12, 1 + i % 28), 600 + i % 300);
            JsonNode household = post("households-service", "/api/v1/households", """
                    {"registryNumber": "SO-%s", "county": "%s", "originVillage": "扩容村", "category": "REGISTERED_POOR",
                     "homesteadToDemolish": false, "members": [
                       {"name": "扩容测试%s", "idNumber": "%s", "relation": "HEAD", "labourCapacity": true}]}"""
                    .formatted(tag, COUNTY, tag, idNumber));
            if (i % 2 == 0) {
                String id = household.path("id").asText();
                post("households-service", "/api/v1/households/" + id + "/allocate-housing",
                        "{\"siteId\": \"%s\", \"flat\": \"%s\", \"date\": \"2019-05-01\"}".formatted(site, tag));
                post("households-service", "/api/v1/households/" + id + "/move-in", "{\"date\": \"2019-06-01\"}");
            }
            post("funding-service", "/api/v1/entries/disbursements", """
                    {"source": "CENTRAL_BUDGET", "county": "%s", "amount": "100.00", "disbursedOn": "2018-05-01", "documentNumber": "扩容拨-%s"}"""
                    .formatted(COUNTY, tag));
            written.addAndGet(i % 2 == 0 ? 4 : 2);
        }
    }

    private JsonNode post(String service, String path, String body) {
        RunningSuite.Reply reply = suite.send(suite.port(service), admin, "POST", path, body, Map.of());
        assertThat(reply.status()).as("%s %s: %s", service, path, reply.body()).isBetween(200, 201);
        return reply.json();
    }

    private List<JsonNode> records(String service, String path) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            RunningSuite.Reply page = suite.send(suite.port(service), admin, "GET",
                    path + "&limit=200" + (cursor == null ? "" : "&cursor=" + Fuzzer.encode(cursor)), null, Map.of());
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json().path("items").forEach(items::add);
            cursor = page.json().path("nextCursor").isTextual() ? page.json().path("nextCursor").asText() : null;
        } while (cursor != null);
        return items;
    }

    private static JsonNode ops(int port) {
        RunningSuite.Reply reply = suite.send(port, ops, "GET", "/api/v1/ops/services", null, Map.of());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** The partitions of each topic an instance's ops view says it consumes. */
    private static Map<String, Set<Integer>> partitions(JsonNode view) {
        Map<String, Set<Integer>> partitions = new TreeMap<>();
        for (JsonNode topic : view.path("consumer")) {
            Set<Integer> numbers = new TreeSet<>();
            topic.path("partitions").forEach(number -> numbers.add(number.asInt()));
            partitions.put(topic.path("topic").asText(), numbers);
        }
        return partitions;
    }

    /** Both instances consume something, no partition twice, and together every partition of every topic. */
    private static boolean shared(Map<String, Set<Integer>> first, Map<String, Set<Integer>> other) {
        if (!first.keySet().equals(other.keySet()) || first.isEmpty()) {
            return false;
        }
        boolean firstConsumes = false;
        boolean otherConsumes = false;
        for (String topic : first.keySet()) {
            Set<Integer> all = new HashSet<>(first.get(topic));
            all.addAll(other.get(topic));
            if (all.size() != PARTITIONS || all.size() != first.get(topic).size() + other.get(topic).size()) {
                return false;
            }
            firstConsumes |= !first.get(topic).isEmpty();
            otherConsumes |= !other.get(topic).isEmpty();
        }
        return firstConsumes && otherConsumes;
    }
}
