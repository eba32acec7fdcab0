package org.anju.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of every application's OpenAPI document, called with every token role alone and in
 * pairs, with and without a county claim (and with no token), on seeded records of the token's own
 * county and of another: a county-scoped token never reads or writes another county (403, lists
 * filtered); only city-admin and county-officer write; partners see no personal data; without
 * pii-reader no full ID number and no birth date; the audit trail only for city-admin and auditor —
 * and the audit trail itself holds no personal data for anyone.
 */
class AuthorizationMatrixTest {

    static final List<String> ROLES = List.of("city-admin", "county-officer", "partner", "auditor", "ops", "pii-reader");
    private static final Set<String> READERS = Set.of("city-admin", "county-officer", "partner", "auditor");
    private static final Set<String> WRITERS = Set.of("city-admin", "county-officer");
    private static final String STALE = "\"999999\"";
    private static final Pattern BIRTH_DATE_SHOWN = Pattern.compile("\"birthDate\"\\s*:\\s*\"");

    /**
     * Operations that are the city's alone (receipts, disbursements, declarations, reconciliation, rewards; a rebuild
     * of every county's figures): no county-scoped token.
     */
    private static final Pattern CITY_ONLY = Pattern.compile(
            "funding (POST /api/v1/entries/(receipts|disbursements)|\\w+ /api/v1/declarations.*|GET /api/v1/reconciliation.*)"
                    + "|gateway POST /api/v1/ops/projections/rebuild");
    /** The gateway's operations on one county: its targets and claims, a site's figures, its report. */
    private static final Pattern GATEWAY_COUNTY_BOUND = Pattern.compile(
            "gateway (PUT /api/v1/targets/\\{indicatorId}|PUT /api/v1/data-quality/claims/\\{indicatorId}"
                    + "|GET /api/v1/sites/\\{id}/indicators|GET /api/v1/reports/city)");

    private static RunningSuite suite;
    private static Seed seed;

    record Caller(List<String> roles, String county, String authorization) {
        boolean has(String role) {
            return roles.contains(role);
        }

        boolean scoped() {
            return has("county-officer") || county != null;
        }

        String describe() {
            return (roles.isEmpty() ? "no token" : String.join("+", roles)) + (county == null ? "" : " county=" + county);
        }
    }

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
    void everyRolePairOnEveryOperationInItsOwnAndAnotherCountyIsAnsweredAsItsRolesAllow() throws Exception {
        Map<String, OpenApi> documents = suite.documents();
        List<Caller> callers = callers();
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger serverErrors = new AtomicInteger();
        AtomicInteger nonProblems = new AtomicInteger();
        AtomicInteger leaks = new AtomicInteger();
        AtomicInteger refusals = new AtomicInteger();
        AtomicInteger unmaskedShown = new AtomicInteger();
        AtomicInteger namesShown = new AtomicInteger();
        Map<String, String> findings = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        try {
            for (OpenApi document : documents.values()) {
                for (OpenApi.Operation operation : document.operations()) {
                    boolean countyBound = countyBound(operation);
                    for (String target : countyBound ? List.of(Seed.OWN, Seed.OTHER) : List.of(Seed.OWN)) {
                        for (Caller caller : callers) {
                            running.add(pool.submit(() -> {
                                RunningSuite.Reply reply = call(document, operation, target, caller);
                                requests.incrementAndGet();
                                String label = operation.key() + " | " + caller.describe() + " | record of " + target;
                                if (reply.status() >= 500) {
                                    serverErrors.incrementAndGet();
                                    findings.put(label, "5xx: " + reply.status() + " " + Fuzzer.abbreviate(reply.body()));
                                    return;
                                }
                                if (reply.status() >= 400 && !reply.isProblem()) {
                                    nonProblems.incrementAndGet();
                                    findings.put(label, "non-problem " + reply.status() + " " + reply.contentType());
                                }
                                if (reply.status() == 403) {
                                    refusals.incrementAndGet();
                                }
                                if (reply.status() / 100 == 2 && seed.idNumbers.stream().anyMatch(reply.body()::contains)) {
                                    unmaskedShown.incrementAndGet();
                                }
                                if (reply.status() / 100 == 2 && seed.names.stream().anyMatch(reply.body()::contains)) {
                                    namesShown.incrementAndGet();
                                }
                                String wrong = judge(operation, countyBound, target, caller, reply);
                                if (wrong != null) {
                                    if (wrong.startsWith("LEAK")) {
                                        leaks.incrementAndGet();
                                    }
                                    findings.put(label, wrong);
                                }
                            }));
                        }
                    }
                }
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        // the audit trail of every application holds no personal data, whoever reads it
        String auditReader = suite.tokens.bearer(List.of("city-admin", "pii-reader"), null);
        int auditEntries = 0;
        for (String application : List.of("households", "funding", "industry", "governance", "gateway")) {
            String cursor = null;
            do {
                RunningSuite.Reply page = suite.send(suite.port(application), auditReader, "GET",
                        "/api/v1/audit?limit=200" + (cursor == null ? "" : "&cursor=" + Fuzzer.encode(cursor)), null, Map.of());
                requests.incrementAndGet();
                assertThat(page.status()).as(application + " audit: " + page.body()).isEqualTo(200);
                auditEntries += page.json().path("items").size();
                for (String secret : seed.secretsOfPartners()) {
                    if (page.body().contains(secret) || page.body().contains(Seed.BIRTH_DATE)) {
                        leaks.incrementAndGet();
                        findings.put(application + " GET /api/v1/audit", "LEAK: the audit trail holds personal data " + secret);
                    }
                }
                cursor = page.json().path("nextCursor").isTextual() ? page.json().path("nextCursor").asText() : null;
            } while (cursor != null);
        }

        Map<String, String> sorted = new TreeMap<>(findings);
        System.out.printf("MATRIX: %d operations x %d callers x own/other county: %d requests, %d 5xx, %d non-problem 4xx, %d leaks, "
                        + "%d refusals (403), %d audit entries scanned%n",
                documents.values().stream().mapToInt(document -> document.operations().size()).sum(), callers.size(),
                requests.get(), serverErrors.get(), nonProblems.get(), leaks.get(), refusals.get(), auditEntries);
        sorted.forEach((label, finding) -> System.out.println("MATRIX FINDING " + label + " -> " + finding));
        System.out.printf("MATRIX: seeded ID numbers shown unmasked in %d answers, seeded names in %d (to callers who may see them)%n",
                unmaskedShown.get(), namesShown.get());
        // the scans look for what is there: pii-readers do see the seeded ID numbers, readers of records the names
        assertThat(unmaskedShown.get()).as("answers showing a seeded ID number to a pii-reader").isPositive();
        assertThat(namesShown.get()).as("answers showing a seeded name").isPositive();
        assertThat(sorted).as("answers that break the authorization matrix or leak personal data").isEmpty();
    }

    /** What is wrong with the answer, or null: LEAK for data the caller may not have, otherwise a refusal or acceptance out of place. */
    private static String judge(OpenApi.Operation operation, boolean countyBound, String target, Caller caller, RunningSuite.Reply reply) {
        int status = reply.status();
        boolean success = status / 100 == 2;
        {
            // every answer, refusals and problems too (a 409 about a duplicate person must not name the number)
            String body = reply.body();
            if (!(caller.has("pii-reader") && !caller.has("partner"))) {
                for (String idNumber : seed.secretsOfPiiReaders()) {
                    if (body.contains(idNumber)) {
                        return "LEAK: a full ID number without pii-reader: " + idNumber;
                    }
                }
                if (body.contains(Seed.BIRTH_DATE) || BIRTH_DATE_SHOWN.matcher(body).find()) {
                    return "LEAK: a birth date without pii-reader";
                }
            }
            if (caller.has("partner")) {
                for (String secret : seed.secretsOfPartners()) {
                    if (body.contains(secret)) {
                        return "LEAK: personal data for a partner: " + secret;
                    }
                }
            }
        }
        if (operation.isPublic()) {
            return null;
        }
        if (caller.roles().isEmpty()) {
            return status == 401 ? null : (success ? "LEAK: " : "") + "without a token " + status + " instead of 401";
        }
        if (!roleAllows(operation, caller)) {
            return status == 403 ? null : (success ? "LEAK: " : "") + "roles without the permission got " + status + " instead of 403";
        }
        boolean cityOnly = CITY_ONLY.matcher(operation.key()).matches();
        if (cityOnly && caller.scoped()) {
            return status == 403 ? null : (success ? "LEAK: " : "") + "a county-scoped token on a city-only operation got " + status;
        }
        boolean ownCounty = caller.county() != null && caller.county().equals(target);
        if (countyBound && caller.scoped() && !ownCounty) {
            return status == 403 ? null : (success ? "LEAK: " : "") + "a county-scoped token on another county (or without its county) got "
                    + status + " instead of 403: " + Fuzzer.abbreviate(reply.body());
        }
        if (status == 401 || status == 403) {
            return "refused although its roles allow it: " + status + " " + Fuzzer.abbreviate(reply.body());
        }
        if (success && countyBound && caller.scoped() && operation.method().equals("GET") && reply.contentType().startsWith("text/csv")) {
            String other = Seed.OWN.equals(caller.county()) ? Seed.OTHER : Seed.OWN;
            if (reply.body().contains("," + other + ",")) {
                return "LEAK: a county-scoped export shows a record of county " + other;
            }
        }
        if (success && caller.scoped() && operation.method().equals("GET") && reply.contentType().contains("json")) {
            JsonNode items = reply.json().path("items");
            for (JsonNode item : items) {
                JsonNode county = item.has("county") ? item.path("county") : item.path("request").path("county"); // a request's view nests it
                if (county.isTextual() && !caller.county().equals(county.asText())) {
                    return "LEAK: a county-scoped list shows a record of county " + county.asText();
                }
            }
        }
        return null;
    }

    private static boolean roleAllows(OpenApi.Operation operation, Caller caller) {
        for (String permission : operation.permissions()) {
            Set<String> allowed = switch (permission) {
                case "anju:read" -> READERS;
                case "anju:write" -> WRITERS;
                case "anju:audit" -> Set.of("city-admin", "auditor");
                case "anju:operate" -> Set.of("city-admin", "ops");
                default -> Set.of(permission);
            };
            if (caller.roles().stream().anyMatch(allowed::contains)) {
                return true;
            }
        }
        return false;
    }

    /** A service's operation that reads or changes records of a county: a record in its path, a county or a county's record in its body, a county filter. */
    private static boolean countyBound(OpenApi.Operation operation) {
        if (operation.path().equals("/api/v1/audit")) {
            return true; // every application's audit trail, the gateway's too, is read county by county
        }
        if (operation.application().equals("gateway")) {
            // the figures are open data; what a county-scoped token may not do is set or read another county's
            return GATEWAY_COUNTY_BOUND.matcher(operation.key()).matches();
        }
        for (OpenApi.Parameter parameter : operation.in("path")) {
            if (PathValues.of(seed, Seed.OWN, operation, parameter) == null) {
                return false; // no such record was seeded (an import job, a reward): every caller meets a 404 or a refusal of its roles
            }
        }
        boolean recordInPath = operation.in("path").stream().anyMatch(parameter -> Set.of("id", "siteId", "county").contains(parameter.name()));
        boolean countyFilter = operation.in("query").stream().anyMatch(parameter -> parameter.name().equals("county"));
        boolean countyInBody = operation.example() != null
                && Set.of("county", "householdId", "siteId", "workshopId").stream().anyMatch(operation.example()::has);
        return recordInPath || countyFilter || countyInBody;
    }

    private static RunningSuite.Reply call(OpenApi document, OpenApi.Operation operation, String target, Caller caller) {
        String path = operation.path();
        for (OpenApi.Parameter parameter : operation.in("path")) {
            String value = PathValues.of(seed, target, operation, parameter);
            path = path.replace("{" + parameter.name() + "}", value == null ? "5b0c7a54-3f7e-4f43-9a55-0b8f1c7a2d11" : Fuzzer.encode(value));
        }
        List<String> query = new ArrayList<>();
        for (OpenApi.Parameter parameter : operation.in("query")) {
            if (parameter.name().equals("county")) {
                query.add("county=" + target);
            } else if (parameter.required()) {
                JsonNode sample = document.sample(parameter.schema(), 0);
                query.add(parameter.name() + "=" + Fuzzer.encode(parameter.name().equals("declaration") ? "systest-declaration"
                        : sample.isTextual() ? sample.asText() : sample.toString()));
            }
        }
        if (!query.isEmpty()) {
            path += "?" + String.join("&", query);
        }
        String body = null;
        if (operation.hasJsonBody()) {
            JsonNode example = operation.example() == null ? RunningSuite.JSON.createObjectNode() : operation.example().deepCopy();
            aimAt(example, target);
            body = example.toString();
        } else if (operation.bodyType() != null) {
            body = "";
        }
        Map<String, String> headers = new java.util.HashMap<>();
        if (!operation.method().equals("GET")) {
            headers.put("If-Match", STALE);
        }
        if (operation.bodyType() != null && !operation.hasJsonBody()) {
            headers.put("Content-Type", operation.bodyType());
        }
        int port = operation.application().equals("gateway") || operation.path().startsWith("/api/v1/audit")
                ? suite.port(operation.application()) : suite.gatewayPort();
        return suite.send(port, caller.authorization(), operation.method(), path, body, headers);
    }

    /** Points an example body at the target county's records. */
    private static void aimAt(JsonNode node, String county) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                switch (name) {
                    case "county" -> object.put(name, county);
                    case "siteId" -> object.put(name, seed.id(county, "/api/v1/sites"));
                    case "householdId" -> object.put(name, seed.id(county, "/api/v1/households"));
                    case "workshopId" -> object.put(name, seed.id(county, "/api/v1/workshops"));
                    case "villageId" -> object.putNull(name);
                    case "registryNumber" -> object.put(name, "XT-" + county + "-0001");
                    case "idNumber" -> object.put(name, seed.idNumbers.get(county.equals(Seed.OWN) ? 0 : 2)); // a seeded person: a duplicate
                    case "siteIds" -> object.set(name, RunningSuite.JSON.createArrayNode().add(seed.id(county, "/api/v1/sites")));
                    default -> aimAt(object.get(name), county);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> aimAt(element, county));
        }
    }

    /** Every role alone and every pair, each without and with a county claim of {@link Seed#OWN}; and no token at all. */
    private static List<Caller> callers() {
        List<List<String>> sets = new ArrayList<>();
        for (int i = 0; i < ROLES.size(); i++) {
            sets.add(List.of(ROLES.get(i)));
            for (int j = i + 1; j < ROLES.size(); j++) {
                sets.add(List.of(ROLES.get(i), ROLES.get(j)));
            }
        }
        List<Caller> callers = new ArrayList<>();
        callers.add(new Caller(List.of(), null, null));
        for (List<String> roles : sets) {
            for (String county : java.util.Arrays.asList(null, Seed.OWN)) {
                callers.add(new Caller(roles, county, suite.tokens.bearer(roles, county)));
            }
        }
        return callers;
    }
}
