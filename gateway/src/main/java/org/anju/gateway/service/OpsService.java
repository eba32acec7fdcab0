package org.anju.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.gateway.config.GatewayConfig;
import org.anju.platform.consumer.EventConsumer;
import org.anju.platform.kafka.KafkaReachability;
import org.anju.platform.time.ProgrammeClock;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The ops view: each service's readiness, version, broker state and outbox (backlog, oldest age,
 * parked events) from its own health and info endpoints, and the gateway's consumer lag per topic
 * and its own broker state. It degrades, never fails: a service that is down or hangs is shown DOWN
 * after {@code anju.gateway.ops-timeout}, and a service that cannot reach the broker but still
 * serves (its readiness stays UP, its Kafka check says {@code degraded}) is shown DEGRADED, with the
 * backlog its outbox builds up meanwhile.
 */
@ApplicationScoped
public class OpsService {

    static final String UP = "UP";
    static final String DEGRADED = "DEGRADED";
    static final String DOWN = "DOWN";

    private final GatewayConfig config;
    private final EventConsumer consumer;
    private final KafkaReachability kafka;
    private final ObjectMapper json;
    private final ProgrammeClock clock;
    private final HttpClient http;

    public OpsService(GatewayConfig config, EventConsumer consumer, KafkaReachability kafka, ObjectMapper json, ProgrammeClock clock) {
        this.config = config;
        this.consumer = consumer;
        this.kafka = kafka;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(config.opsTimeout()).build();
    }

    public OpsView services() {
        Map<String, CompletableFuture<ServiceStatusView>> probes = new TreeMap<>();
        config.services().forEach((name, url) -> probes.put(name, probe(name, url)));
        List<ServiceStatusView> services = new ArrayList<>();
        probes.values().forEach(probe -> services.add(probe.join()));
        BrokerStatusView broker = new BrokerStatusView(kafka.reachable() ? "reachable" : "unreachable", !kafka.reachable(),
                kafka.since());
        return new OpsView(overall(services, consumer.isRunning(), kafka.reachable()), clock.now(), services,
                consumer.status().stream().map(TopicStatusView::of).toList(), broker);
    }

    /** UP when every service is UP and the gateway consumes and reaches its broker; DOWN when every service is DOWN; else DEGRADED. */
    static String overall(List<ServiceStatusView> services, boolean consuming, boolean brokerReachable) {
        if (!services.isEmpty() && services.stream().allMatch(service -> DOWN.equals(service.status()))) {
            return DOWN;
        }
        boolean allUp = services.stream().allMatch(service -> UP.equals(service.status()));
        return allUp && consuming && brokerReachable ? UP : DEGRADED;
    }

    private CompletableFuture<ServiceStatusView> probe(String name, URI url) {
        CompletableFuture<JsonNode> ready = get(url.resolve("/q/health/ready"));
        // the version is nice to have: a service whose /q/info fails is still shown by its health
        CompletableFuture<JsonNode> info = get(url.resolve("/q/info")).exceptionally(failure -> json.createObjectNode());
        long deadline = config.opsTimeout().toMillis() + 500;
        return ready.thenCombine(info, (health, build) -> status(name, url, health, build))
                .orTimeout(deadline, TimeUnit.MILLISECONDS)
                .exceptionally(failure -> new ServiceStatusView(name, url.toString(), DOWN, null, null, null, List.of(),
                        reason(failure), null, null, null, null));
    }

    static ServiceStatusView status(String name, URI url, JsonNode health, JsonNode build) {
        List<JsonNode> found = health.path("checks").findParents("name");
        List<CheckView> checks = found.stream()
                .map(check -> new CheckView(check.path("name").asText(), check.path("status").asText()))
                .toList();
        Optional<JsonNode> outbox = data(found, "Outbox");
        Optional<JsonNode> kafka = data(found, "Kafka");
        boolean degraded = kafka.map(data -> data.path("degraded").asBoolean(false)
                || "unreachable".equals(data.path("broker").asText())).orElse(false);
        String ready = health.path("status").asText(DOWN);
        String status = !UP.equals(ready) ? DOWN : degraded ? DEGRADED : UP;
        return new ServiceStatusView(name, url.toString(), status,
                build.path("build").path("version").asText(null),
                outbox.map(data -> number(data, "backlog")).orElse(null),
                outbox.map(data -> number(data, "oldestAgeSeconds")).orElse(null),
                checks,
                DOWN.equals(status) ? "not ready" : null,
                kafka.map(data -> data.path("broker").asText(null)).orElse(null),
                kafka.isPresent() ? degraded : null,
                kafka.map(data -> data.path("since").asText(null)).orElse(null),
                outbox.map(data -> number(data, "parked")).orElse(null));
    }

    private static Optional<JsonNode> data(List<JsonNode> checks, String name) {
        return checks.stream().filter(check -> name.equals(check.path("name").asText())).findFirst().map(check -> check.path("data"));
    }

    private static Long number(JsonNode data, String field) {
        return data.hasNonNull(field) ? data.get(field).asLong() : null;
    }

    /** The JSON body, also of a 503 (a service that is not ready still says why). */
    private CompletableFuture<JsonNode> get(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.opsTimeout()).header("Accept", "application/json").GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(response -> {
            try {
                return json.readTree(response.body());
            } catch (IOException e) {
                throw new IllegalStateException(uri + " answered " + response.statusCode() + " without JSON", e);
            }
        });
    }

    private String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        if (root instanceof TimeoutException || root instanceof java.net.http.HttpTimeoutException) {
            return "no answer within " + config.opsTimeout().toMillis() + " ms";
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
