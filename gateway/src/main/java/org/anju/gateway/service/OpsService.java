package org.anju.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.gateway.config.GatewayConfig;
import org.anju.platform.consumer.EventConsumer;
import org.anju.platform.time.ProgrammeClock;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * The ops view: each service's readiness, version and outbox backlog (from its own health and info
 * endpoints), and the gateway's consumer lag per topic. It degrades, never fails, when a service is down.
 */
@ApplicationScoped
public class OpsService {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

    private final GatewayConfig config;
    private final EventConsumer consumer;
    private final ObjectMapper json;
    private final ProgrammeClock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();

    public OpsService(GatewayConfig config, EventConsumer consumer, ObjectMapper json, ProgrammeClock clock) {
        this.config = config;
        this.consumer = consumer;
        this.json = json;
        this.clock = clock;
    }

    public OpsView services() {
        Map<String, CompletableFuture<ServiceStatusView>> probes = new TreeMap<>();
        config.services().forEach((name, url) -> probes.put(name, probe(name, url)));
        List<ServiceStatusView> services = probes.values().stream().map(CompletableFuture::join).toList();
        long down = services.stream().filter(service -> !"UP".equals(service.status())).count();
        boolean consuming = consumer.isRunning();
        String overall = down == 0 && consuming ? "UP" : down == services.size() ? "DOWN" : "DEGRADED";
        return new OpsView(overall, clock.now(), services, consumer.status().stream().map(TopicStatusView::of).toList());
    }

    private CompletableFuture<ServiceStatusView> probe(String name, URI url) {
        CompletableFuture<JsonNode> ready = get(url.resolve("/q/health/ready"));
        CompletableFuture<JsonNode> info = get(url.resolve("/q/info"));
        return ready.thenCombine(info, (health, build) -> status(name, url, health, build))
                .exceptionally(failure -> new ServiceStatusView(name, url.toString(), "DOWN", null, null, null, List.of(),
                        rootMessage(failure)));
    }

    private ServiceStatusView status(String name, URI url, JsonNode health, JsonNode build) {
        List<CheckView> checks = health.path("checks").findParents("name").stream()
                .map(check -> new CheckView(check.path("name").asText(), check.path("status").asText()))
                .toList();
        JsonNode outbox = health.path("checks").findParents("name").stream()
                .filter(check -> "Outbox".equals(check.path("name").asText()))
                .findFirst().map(check -> check.path("data")).orElse(null);
        return new ServiceStatusView(name, url.toString(), health.path("status").asText("DOWN"),
                build.path("build").path("version").asText(null),
                outbox == null ? null : outbox.path("backlog").asLong(),
                outbox == null ? null : outbox.path("oldestAgeSeconds").asLong(),
                checks, null);
    }

    /** The JSON body, also of a 503 (a service that is not ready still says why). */
    private CompletableFuture<JsonNode> get(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(PROBE_TIMEOUT).header("Accept", "application/json").GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(response -> {
            try {
                return json.readTree(response.body());
            } catch (IOException e) {
                throw new IllegalStateException(uri + " answered " + response.statusCode() + " without JSON", e);
            }
        });
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
