package org.anju.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import org.anju.demo.IdNumbers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.anju.systemtests.Indicators.figure;
import static org.anju.systemtests.Indicators.indicator;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keyed writes from clients that retry (timeouts, refused and broken connections, 5xx and 503, with the
 * same Idempotency-Key and body) while households-service and funding-service are killed with SIGKILL and
 * restarted, and while the Kafka broker is stopped and started again. Every acknowledged write exists
 * exactly once, the gateway's figures equal the services' records once things settle, and during the
 * broker outage the services take writes, readiness answers at once and stays UP saying
 * {@code broker: unreachable}, and the ops view shows each service DEGRADED (its broker unreachable) with a growing outbox backlog.
 */
class ChaosTest {

    private static final String COUNTY = "140723";
    private static final int WRITERS = 3;
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration GIVE_UP = Duration.ofSeconds(150);
    private static final Duration SETTLE = Duration.ofSeconds(120);

    private static RunningSuite suite;
    private static String admin;
    private static String ops;
    private static String site;

    /** An acknowledged write: what it was, its key, and the id or number that finds its record. */
    record Ack(String kind, String key, String id, String reference) {
    }

    private final List<Ack> acks = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final Map<String, AtomicInteger> retryCauses = new ConcurrentHashMap<>();

    @BeforeAll
    static void up() throws IOException {
        suite = RunningSuite.up("chaos-home", 400);
        admin = suite.admin();
        ops = suite.tokens.bearer(List.of("ops"), null);
        site = suite.admin("POST", "/api/v1/sites", """
                {"county": "%s", "town": "义兴镇", "name": "混沌测试安置点", "placementMode": "COUNTY_TOWN",
                 "plannedHouseholds": 500, "plannedPeople": 1500}""".formatted(COUNTY), 201).path("id").asText();
        suite.admin("POST", "/api/v1/sites/" + site + "/start-construction", "{\"date\": \"2018-03-01\"}", 200);
        suite.admin("POST", "/api/v1/sites/" + site + "/complete", "{\"date\": \"2018-10-01\"}", 200);
        suite.admin("POST", "/api/v1/entries/receipts", """
                {"source": "CENTRAL_BUDGET", "amount": "900000000.00", "receivedOn": "2018-03-01", "documentNumber": "混沌测试〔2018〕1号"}""", 201);
    }

    @AfterAll
    static void down() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void acknowledgedWritesExistExactlyOnceThroughKilledServicesAndABrokerOutage() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            running.add(writers.submit(() -> write(writer, stop)));
        }
        try {
            RunningSuite.sleep(8_000);
            crash("households-service");
            RunningSuite.sleep(5_000);
            crash("funding-service");
            RunningSuite.sleep(5_000);
            brokerOutage();
            RunningSuite.sleep(5_000);
        } finally {
            stop.set(true);
            for (Future<?> writer : running) {
                writer.get();
            }
            writers.shutdownNow();
        }
        System.out.printf("CHAOS: %d acknowledged writes (%s), %d attempts, %d retries %s, %d given up%n", acks.size(),
                countByKind(), attempts.get(), retries.get(), retryCauses, failures.size());
        assertThat(failures).as("writes that never got an acknowledgement or were refused").isEmpty();
        assertThat(retries.get()).as("the faults made clients retry").isPositive();

        settle();
        everyAcknowledgedWriteExistsExactlyOnce();
        theGatewaysFiguresEqualTheServicesRecords();
    }

    // ------------------------------------------------------------------ the clients

    private void write(int writer, AtomicBoolean stop) {
        // the first writer calls the services themselves, as an operator's script might: a killed service is a refused
        // connection or a broken one for it, not the gateway's 503
        boolean direct = writer == 0;
        for (int i = 0; !stop.get(); i++) {
            String tag = writer + "-" + i;
            String idNumber = IdNumbers.of(COUNTY, String.format("19%02d%02d%02d", 40 + writer, 1 + i / 28 % 12, 1 + i % 28), 500 + i % 400);
            Ack registered = keyed(direct, "household", "/api/v1/households", """
                    {"registryNumber": "CH-%s", "county": "%s", "originVillage": "混沌村", "category": "REGISTERED_POOR",
                     "homesteadToDemolish": false, "members": [
                       {"name": "混沌测试%s", "idNumber": "%s", "relation": "HEAD", "labourCapacity": true}]}"""
                    .formatted(tag, COUNTY, tag, idNumber), "CH-" + tag);
            if (registered == null) {
                continue;
            }
            String household = registered.id();
            if (keyed(direct, "allocation", "/api/v1/households/" + household + "/allocate-housing",
                    "{\"siteId\": \"%s\", \"flat\": \"%s\", \"date\": \"2019-05-01\"}".formatted(site, tag), household) != null) {
                keyed(direct, "move-in", "/api/v1/households/" + household + "/move-in", "{\"date\": \"2019-06-01\"}", household);
            }
            keyed(direct, "disbursement", "/api/v1/entries/disbursements", """
                    {"source": "CENTRAL_BUDGET", "county": "%s", "amount": "1000.00", "disbursedOn": "2018-05-01", "documentNumber": "混沌拨-%s"}"""
                    .formatted(COUNTY, tag), "混沌拨-" + tag);
            keyed(direct, "training", "/api/v1/trainings", """
                    {"topic": "混沌培训-%s", "county": "%s", "heldFrom": "2019-05-06", "heldTo": "2019-05-07", "sessions": 1, "trainees": 3, "employedAfter": 1}"""
                    .formatted(tag, COUNTY), "混沌培训-" + tag);
            keyed(direct, "request", "/api/v1/requests", """
                    {"county": "%s", "siteId": "%s", "householdId": "%s", "category": "DIFFICULTY", "channel": "IN_PERSON", "summary": "混沌诉求-%s"}"""
                    .formatted(COUNTY, site, household, tag), "混沌诉求-" + tag);
        }
    }

    /**
     * One keyed POST through the gateway (or {@code direct} to the owning service), retried with the same key and body on a timeout, a connection
     * error, a 5xx or a 409 idempotency-in-progress until it is acknowledged; null (and a failure noted) if it is refused or never acknowledged.
     */
    private Ack keyed(boolean direct, String kind, String path, String body, String reference) {
        String key = "chaos-" + UUID.randomUUID();
        int port = !direct ? suite.gatewayPort() : suite.port(path.startsWith("/api/v1/households") ? "households"
                : path.startsWith("/api/v1/entries") ? "funding" : path.startsWith("/api/v1/trainings") ? "industry" : "governance");
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        String last = "nothing";
        while (System.nanoTime() < deadline) {
            attempts.incrementAndGet();
            try {
                HttpResponse<String> response = suite.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(CLIENT_TIMEOUT)
                        .header("Authorization", admin)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    JsonNode json = RunningSuite.JSON.readTree(response.body());
                    Ack ack = new Ack(kind, key, json.path("id").asText(null), reference);
                    acks.add(ack);
                    return ack;
                }
                last = status + " " + response.body();
                boolean inProgress = status == 409 && response.body().contains("idempotency-in-progress");
                if (status < 500 && !inProgress) {
                    failures.add(kind + " " + reference + " refused: " + last);
                    return null;
                }
                retried(status + (inProgress ? " in progress" : ""));
            } catch (IOException e) {
                last = e.toString();
                retried(e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            RunningSuite.sleep(300);
        }
        failures.add(kind + " " + reference + " never acknowledged in " + GIVE_UP + "; last: " + last);
        return null;
    }

    private void retried(String cause) {
        retries.incrementAndGet();
        retryCauses.computeIfAbsent(cause, c -> new AtomicInteger()).incrementAndGet();
    }

    // ------------------------------------------------------------------ the faults

    private void crash(String application) {
        Suite.Result killed = suite.suite.run(RunningSuite.QUICK, "kill", application);
        assertThat(killed.exitCode()).as(killed.output()).isZero();
        RunningSuite.sleep(3_000);
        Suite.Result started = suite.suite.run(RunningSuite.UP_TIMEOUT, "start", application);
        assertThat(started.exitCode()).as(started.output()).isZero();
    }

    private void brokerOutage() {
        Map<String, Long> backlogBefore = backlogs("UP", "reachable");
        Suite.Result stopped = suite.suite.run(RunningSuite.QUICK, "stop", "kafka");
        assertThat(stopped.exitCode()).as(stopped.output()).isZero();

        // readiness answers at once, stays UP and says the broker is unreachable
        for (String service : RunningSuite.SERVICES) {
            long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
            String body;
            do {
                long started = System.nanoTime();
                RunningSuite.Reply ready = suite.send(suite.port(service), null, "GET", "/q/health/ready", null, Map.of());
                long millis = (System.nanoTime() - started) / 1_000_000;
                body = ready.body();
                assertThat(millis).as("%s readiness answered in %d ms during the outage", service, millis).isLessThan(2_000);
                assertThat(ready.status()).as("%s readiness during the outage: %s", service, body).isEqualTo(200);
                assertThat(ready.json().path("status").asText()).isEqualTo("UP");
                if (body.replace(" ", "").contains("\"broker\":\"unreachable\"")) {
                    break;
                }
                RunningSuite.sleep(500);
            } while (System.nanoTime() < deadline);
            assertThat(body.replace(" ", "")).as("%s readiness names the unreachable broker", service).contains("\"broker\":\"unreachable\"");
        }

        // the services keep taking writes; their events wait in the outboxes, which the ops view shows growing
        int acknowledged = acks.size();
        Map<String, Long> first = backlogs("DEGRADED", "unreachable");
        RunningSuite.sleep(8_000);
        Map<String, Long> second = backlogs("DEGRADED", "unreachable");
        System.out.printf("CHAOS: outbox backlog before the outage %s, during it %s, then %s; %d writes acknowledged meanwhile%n",
                backlogBefore, first, second, acks.size() - acknowledged);
        assertThat(acks.size()).as("writes acknowledged during the broker outage").isGreaterThan(acknowledged);
        assertThat(failures).as("writes refused or never acknowledged").isEmpty();
        for (String service : RunningSuite.SERVICES) {
            assertThat(second.get(service)).as("%s outbox backlog grows while the broker is away (%s, then %s)", service, first, second)
                    .isGreaterThan(first.get(service));
        }

        Suite.Result started = suite.suite.run(RunningSuite.UP_TIMEOUT, "start", "kafka");
        assertThat(started.exitCode()).as(started.output()).isZero();
    }

    /**
     * Each service's outbox backlog in the gateway's ops view once it shows every one of them with the given status and
     * broker state (the view polls the services, so it is given 30 s to catch up): UP before the outage, DEGRADED (up,
     * its broker unreachable) during it.
     */
    private Map<String, Long> backlogs(String status, String broker) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            RunningSuite.Reply view = suite.send(suite.gatewayPort(), ops, "GET", "/api/v1/ops/services", null, Map.of());
            assertThat(view.status()).as(view.body()).isEqualTo(200);
            Map<String, Long> backlogs = new HashMap<>();
            List<String> otherwise = new ArrayList<>();
            for (JsonNode service : view.json().path("services")) {
                String name = service.path("name").asText().replace("-service", "");
                if (!service.path("status").asText().equals(status) || !service.path("broker").asText().equals(broker)) {
                    otherwise.add(service.toString());
                }
                backlogs.put(name, service.path("outboxBacklog").asLong());
            }
            if (otherwise.isEmpty() || System.nanoTime() > deadline) {
                assertThat(otherwise).as("services in the ops view not %s with broker %s", status, broker).isEmpty();
                assertThat(backlogs.keySet()).containsExactlyInAnyOrderElementsOf(RunningSuite.SERVICES);
                return backlogs;
            }
            RunningSuite.sleep(500);
        }
    }

    // ------------------------------------------------------------------ the verdict

    private void settle() {
        suite.await(suite.gatewayPort(), ops, "/api/v1/ops/services", view -> {
            for (JsonNode service : view.path("services")) {
                if (!"UP".equals(service.path("status").asText()) || service.path("outboxBacklog").asLong(-1) != 0) {
                    return false;
                }
            }
            return "UP".equals(view.path("status").asText());
        }, SETTLE);
    }

    private void everyAcknowledgedWriteExistsExactlyOnce() {
        // households: one record per registry number, the acknowledged one, moved in when the move was acknowledged
        Set<String> movedIn = new java.util.HashSet<>();
        acks.stream().filter(ack -> ack.kind().equals("move-in")).forEach(ack -> movedIn.add(ack.reference()));
        List<JsonNode> households = all("/api/v1/households?county=" + COUNTY);
        Map<String, List<JsonNode>> byNumber = new HashMap<>();
        households.forEach(household -> byNumber.computeIfAbsent(household.path("registryNumber").asText(), n -> new ArrayList<>()).add(household));
        for (Ack ack : acks) {
            switch (ack.kind()) {
                case "household" -> {
                    assertThat(byNumber.get(ack.reference())).as("households registered as %s", ack.reference()).hasSize(1);
                    JsonNode household = byNumber.get(ack.reference()).get(0);
                    assertThat(household.path("id").asText()).isEqualTo(ack.id());
                    if (movedIn.contains(ack.id())) {
                        assertThat(household.path("status").asText()).as("household %s", ack.reference()).isEqualTo("MOVED_IN");
                    }
                }
                default -> {
                }
            }
        }
        assertThat(households).as("households in the county: the acknowledged ones and no more")
                .hasSize((int) acks.stream().filter(ack -> ack.kind().equals("household")).count());

        exactlyOnce("disbursement", all("/api/v1/entries?kind=DISBURSEMENT&county=" + COUNTY), "documentNumber");
        exactlyOnce("training", all("/api/v1/trainings?county=" + COUNTY), "topic");
        exactlyOnce("request", all("/api/v1/requests?county=" + COUNTY), "summary");
    }

    private void exactlyOnce(String kind, List<JsonNode> records, String field) {
        Map<String, Integer> counts = new HashMap<>();
        records.forEach(record -> counts.merge(record.path(field).asText(), 1, Integer::sum));
        List<Ack> mine = acks.stream().filter(ack -> ack.kind().equals(kind)).toList();
        for (Ack ack : mine) {
            assertThat(counts.getOrDefault(ack.reference(), 0)).as("%s records of %s", kind, ack.reference()).isEqualTo(1);
        }
        assertThat(records).as("%s records: the acknowledged ones and no more", kind).hasSize(mine.size());
    }

    private void theGatewaysFiguresEqualTheServicesRecords() {
        List<JsonNode> households = all("/api/v1/households?county=" + COUNTY);
        long movedIn = households.stream().filter(household -> household.path("status").asText().equals("MOVED_IN")).count();
        BigDecimal disbursed = all("/api/v1/entries?kind=DISBURSEMENT&county=" + COUNTY).stream()
                .map(entry -> new BigDecimal(entry.path("amount").asText())).reduce(BigDecimal.ZERO, BigDecimal::add);
        int requests = all("/api/v1/requests?county=" + COUNTY).size();
        JsonNode figures = suite.await(suite.gatewayPort(), admin, "/api/v1/indicators?county=" + COUNTY,
                view -> figure(view, "relocation.households") == households.size() && figure(view, "occupancy.people") == movedIn
                        && new BigDecimal(indicator(view, "funds.disbursed").path("value").asText("0")).compareTo(disbursed) == 0
                        && indicator(view, "requests.resolved.rate").path("denominator").asLong() == requests,
                Duration.ofSeconds(60));
        System.out.printf("CHAOS: gateway figures for %s: %d households, %d people moved in, %s disbursed, %d requests — as the services hold them%n",
                COUNTY, figure(figures, "relocation.households"), figure(figures, "occupancy.people"), disbursed.toPlainString(), requests);
    }

    private List<JsonNode> all(String path) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = suite.admin("GET", path + "&limit=200" + (cursor == null ? "" : "&cursor=" + Fuzzer.encode(cursor)), null, 200);
            page.path("items").forEach(items::add);
            cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
        } while (cursor != null);
        return items;
    }

    private Map<String, Long> countByKind() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        acks.forEach(ack -> counts.merge(ack.kind(), 1L, Long::sum));
        return counts;
    }
}
