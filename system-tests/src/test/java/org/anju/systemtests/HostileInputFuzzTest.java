package org.anju.systemtests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of every service's OpenAPI document, and of the gateway's own, meets hostile input
 * from a seeded generator ({@link Fuzzer}): with a city-admin token and without, at most
 * {@value #BUDGET_PER_OPERATION} requests an operation and {@value #BUDGET_SECONDS} s in all. Not one
 * answer may be a 5xx, and every 4xx is an {@code application/problem+json}.
 */
class HostileInputFuzzTest {

    static final int BUDGET_PER_OPERATION = 25;
    static final int ANONYMOUS_PER_OPERATION = 6;
    static final int BUDGET_SECONDS = 180;
    static final long SEED = Long.getLong("anju.fuzz.seed", 20261130L);

    private static RunningSuite suite;
    private static Seed seed;

    @BeforeAll
    static void up() throws IOException {
        suite = RunningSuite.up("api-home", 200);
        seed = Seed.load(suite);
    }

    @AfterAll
    static void down() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void noHostileRequestGetsA5xxAndEvery4xxIsAProblem() throws Exception {
        Map<String, OpenApi> documents = suite.documents();
        String admin = suite.admin();
        List<Fuzzer.Case> cases = new ArrayList<>();
        List<String> operations = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        for (Map.Entry<String, OpenApi> document : documents.entrySet()) {
            Fuzzer fuzzer = new Fuzzer(document.getValue(), SEED ^ document.getKey().hashCode(), this::goodValue);
            for (OpenApi.Operation operation : document.getValue().operations()) {
                // services through the gateway, as clients reach them; the audit trail is each application's own
                int port = document.getKey().equals("gateway") || operation.path().startsWith("/api/v1/audit")
                        ? suite.port(document.getKey()) : suite.gatewayPort();
                for (Fuzzer.Case generated : fuzzer.cases(operation, admin, BUDGET_PER_OPERATION, ANONYMOUS_PER_OPERATION)) {
                    cases.add(generated);
                    operations.add(operation.key());
                    ports.add(port);
                }
            }
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(BUDGET_SECONDS).toNanos();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger serverErrors = new AtomicInteger();
        AtomicInteger nonProblems = new AtomicInteger();
        AtomicInteger protocolRefusals = new AtomicInteger();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Map<String, String> findings = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                int index = i;
                running.add(pool.submit(() -> {
                    if (System.nanoTime() > deadline) {
                        return;
                    }
                    Fuzzer.Case generated = cases.get(index);
                    String label = operations.get(index) + " | " + generated.what();
                    RawHttp.Response response;
                    try {
                        response = new RawHttp(ports.get(index), 30_000).send(generated.request());
                    } catch (IOException e) {
                        findings.put(label, "no answer: " + e);
                        serverErrors.incrementAndGet();
                        return;
                    } finally {
                        sent.incrementAndGet();
                    }
                    statuses.computeIfAbsent(response.status(), status -> new AtomicInteger()).incrementAndGet();
                    if (response.status() >= 500) {
                        serverErrors.incrementAndGet();
                        findings.put(label, response.status() + " " + Fuzzer.abbreviate(response.body()));
                    } else if (protocolRefusal(generated, response)) {
                        protocolRefusals.incrementAndGet();
                    } else if (response.status() >= 400 && !response.contentType().startsWith("application/problem+json")) {
                        nonProblems.incrementAndGet();
                        findings.put(label, response.status() + " as '" + response.contentType() + "': " + Fuzzer.abbreviate(response.body()));
                    }
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        Map<String, String> sorted = new TreeMap<>(findings);
        System.out.printf("FUZZ: %d operations, %d requests (of %d generated, seed %d), %d 5xx or unanswered, %d non-problem 4xx, "
                        + "%d refused before any application code (414, 431, broken framing or percent-encoding); statuses %s%n",
                documents.values().stream().mapToInt(document -> document.operations().size()).sum(), sent.get(), cases.size(), SEED,
                serverErrors.get(), nonProblems.get(), protocolRefusals.get(), new TreeMap<>(statuses));
        sorted.forEach((label, finding) -> System.out.println("FUZZ FINDING " + label + " -> " + finding));
        assertThat(sorted).as("5xx answers and 4xx answers that are not problems").isEmpty();
        assertThat(sent.get()).as("requests sent within the time budget").isEqualTo(cases.size());
    }

    /**
     * A request refused before the router or any application code sees it — by the HTTP codec a request line or
     * headers over their limits (414, 431) or a Content-Length or Transfer-Encoding that breaks the framing (400),
     * by Quarkus' URI check a request target that is not valid percent-encoding (400). Vert.x's invalid-request
     * handler and that check answer with an empty body, and Quarkus offers no hook to replace them: these are
     * counted and shown apart, and must stay exactly these.
     */
    private static boolean protocolRefusal(Fuzzer.Case generated, RawHttp.Response response) {
        if (!response.body().isEmpty() || !response.contentType().isEmpty()) {
            return false;
        }
        return response.status() == 414 || response.status() == 431
                || response.status() == 400 && (generated.what().startsWith("header Content-Length") || generated.what().startsWith("header Transfer-Encoding")
                || INVALID_PERCENT_ENCODING.matcher(generated.request().target()).find());
    }

    private static final java.util.regex.Pattern INVALID_PERCENT_ENCODING = java.util.regex.Pattern.compile("%(?![0-9A-Fa-f]{2})");

    /** Path parameters name seeded records of the first county, so that requests get past the lookup. */
    private String goodValue(OpenApi.Operation operation, OpenApi.Parameter parameter) {
        return PathValues.of(seed, Seed.OWN, operation, parameter);
    }
}
