package org.anju.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A whole suite started through {@code ./suite up} on fresh data (its own home and every port moved by
 * an offset), with the clients the system tests share: tokens signed with its key, JSON over HTTP to
 * the gateway or an application, and waiting for a condition.
 * <p>
 * With {@code -Danju.systests.keep=true} the suite is neither wiped before nor stopped after the test,
 * so a developer can run a test again and again against one suite ({@code ./suite up} is harmless when up).
 */
final class RunningSuite implements AutoCloseable {

    static final Duration UP_TIMEOUT = Duration.ofMinutes(5);
    static final Duration QUICK = Duration.ofSeconds(90);
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> SERVICES = List.of("households", "funding", "industry", "governance");

    private static final boolean KEEP = Boolean.getBoolean("anju.systests.keep");

    final Suite suite;
    final Tokens tokens;
    final int offset;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningSuite(Suite suite, int offset) {
        this.suite = suite;
        this.offset = offset;
        this.tokens = new Tokens(suite.home());
    }

    static RunningSuite up(String homeName, int portOffset) throws IOException {
        Path root = Path.of(System.getProperty("anju.root", "..")).toAbsolutePath().normalize();
        Suite suite = new Suite(root, root.resolve("system-tests/target/" + homeName), portOffset);
        if (!KEEP) {
            suite.run(QUICK, "down");
            suite.processes().forEach(ProcessHandle::destroyForcibly);
            if (Files.exists(suite.home())) {
                try (Stream<Path> files = Files.walk(suite.home())) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
            for (int port : suite.ports()) {
                assertThat(Suite.free(port)).as("port %d is free for the suite in %s", port, homeName).isTrue();
            }
        }
        if (KEEP && Suite.accepts(Suite.GATEWAY_PORT + portOffset)) {
            return new RunningSuite(suite, portOffset); // kept running from an earlier run, as it was built then
        }
        suite.staleBuild(System.getProperty("anju.version", "0.1.0-SNAPSHOT")).ifPresent(reason -> fail(
                "./suite up would rebuild the applications (" + reason + "); build through the reactor first"));
        Suite.Result up = suite.run(UP_TIMEOUT, "up");
        assertThat(up.exitCode()).as(up.output()).isZero();
        return new RunningSuite(suite, portOffset);
    }

    @Override
    public void close() {
        if (!KEEP) {
            suite.run(QUICK, "down");
            suite.processes().forEach(ProcessHandle::destroyForcibly);
        }
    }

    int gatewayPort() {
        return Suite.GATEWAY_PORT + offset;
    }

    /** The port of an application: "gateway", or a service by its short name ("households") or its full one. */
    int port(String application) {
        String name = application.equals("gateway") || application.endsWith("-service") ? application : application + "-service";
        return Suite.APPS.get(name) + offset;
    }

    String admin() {
        return tokens.bearer(List.of("city-admin"), null);
    }

    record Reply(int status, String contentType, String body, Map<String, List<String>> headers) {
        JsonNode json() {
            try {
                return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }

    /** A request to the application on {@code port}; a POST gets a fresh Idempotency-Key unless {@code headers} has one. */
    Reply send(int port, String authorization, String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (method.equals("POST") && !headers.containsKey("Idempotency-Key")) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                    response.headers().map());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A city-admin request through the gateway that must answer one of {@code expected}. Its Idempotency-Key
     * follows from the request, so a second run against a kept suite gets the first answers again.
     */
    JsonNode admin(String method, String path, String body, int... expected) {
        Reply reply = send(gatewayPort(), admin(), method, path, body, Map.of("Idempotency-Key", keyOf(method, path, body, 0)));
        assertThat(expected).as(method + " " + path + " -> " + reply.status() + " " + reply.body()).contains(reply.status());
        return reply.json();
    }

    /** Repeats a city-admin request until it answers {@code expected} (a replica may not know a reference yet). */
    JsonNode adminEventually(String method, String path, String body, int expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        Reply reply;
        int attempt = 0;
        do {
            // every attempt has a key of its own: a refused keyed request is stored with its key
            reply = send(gatewayPort(), admin(), method, path, body, Map.of("Idempotency-Key", keyOf(method, path, body, ++attempt)));
            if (reply.status() == expected) {
                return reply.json();
            }
            sleep(500);
        } while (System.nanoTime() < deadline);
        return fail(method + " " + path + " never answered " + expected + "; last: " + reply.status() + " " + reply.body());
    }

    private static String keyOf(String method, String path, String body, int attempt) {
        return "systest-" + UUID.nameUUIDFromBytes((method + " " + path + " " + body).getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "-" + attempt;
    }

    JsonNode await(int port, String authorization, String path, Predicate<JsonNode> condition, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        Reply reply;
        do {
            reply = send(port, authorization, "GET", path, null, Map.of());
            if (reply.status() == 200 && condition.test(reply.json())) {
                return reply.json();
            }
            sleep(500);
        } while (System.nanoTime() < deadline);
        return fail("condition never held for " + path + " within " + patience + "; last: " + reply.status() + " " + reply.body());
    }

    /** Each service's OpenAPI document through the gateway's /services/NAME/q/openapi, and the gateway's own. */
    Map<String, OpenApi> documents() {
        Map<String, OpenApi> documents = new java.util.LinkedHashMap<>();
        for (String service : SERVICES) {
            Reply reply = send(gatewayPort(), null, "GET", "/services/" + service + "/q/openapi?format=json", null, Map.of());
            assertThat(reply.status()).as(service + " OpenAPI: " + reply.body()).isEqualTo(200);
            documents.put(service, new OpenApi(service, reply.json()));
        }
        Reply gateway = send(gatewayPort(), null, "GET", "/q/openapi?format=json", null, Map.of());
        assertThat(gateway.status()).isEqualTo(200);
        documents.put("gateway", new OpenApi("gateway", gateway.json()));
        return documents;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
