package org.anju.gateway.proxy;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.anju.localstack.Ports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The four services as doubles that misbehave the ways real ones do:
 * <ul>
 *   <li>households is up but cannot reach its broker (readiness UP, its Kafka check degraded, its
 *       outbox backlog growing with every look); it answers a registration with a Location at its own
 *       address and an upload with its own 413 before reading it;</li>
 *   <li>funding accepts connections and never answers;</li>
 *   <li>industry closes kept-alive connections idle for more than {@link #IDLE_MILLIS} ms: a request
 *       sent on one later is dropped unanswered, as when its close crosses the request; and it drops
 *       every POST to {@link #DROPPED} unanswered;</li>
 *   <li>governance is not there at all.</li>
 * </ul>
 */
public class ServiceDoublesResource implements QuarkusTestResourceLifecycleManager {

    static final long IDLE_MILLIS = 300;
    /** An industry path whose requests the double reads and drops unanswered, on whatever connection they come. */
    static final String DROPPED = "/api/v1/trainings/dropped";
    static final String TIMEOUT = "2s";
    static final String OPS_TIMEOUT = "1s";

    private ServiceDouble households;
    private ServiceDouble funding;
    private ServiceDouble industry;

    @Override
    public Map<String, String> start() {
        try {
            AtomicLong backlog = new AtomicLong(40);
            households = ServiceDouble.answering(request -> switch (request.method() + " " + request.path()) {
                case "GET /q/health/ready" -> ServiceDouble.Answer.json(200, """
                        {"status": "UP", "checks": [
                          {"name": "Kafka", "status": "UP", "data": {"broker": "unreachable", "degraded": true,
                            "since": "2026-11-30T05:00:00Z", "lastError": "Timed out waiting for a node assignment"}},
                          {"name": "Outbox", "status": "UP", "data": {"relaying": true, "backlog": %d, "parked": 2, "oldestAgeSeconds": 42}},
                          {"name": "Database connections health check", "status": "UP"}]}""".formatted(backlog.addAndGet(5)));
                case "GET /q/info" -> ServiceDouble.Answer.json(200, "{\"build\": {\"version\": \"1.2.3\"}}");
                case "POST /api/v1/imports/households" -> new ServiceDouble.Answer(413, Map.of("Content-Type", "application/problem+json"),
                        "{\"type\":\"urn:anju:problem:payload-too-large\",\"title\":\"The request body is too large\",\"status\":413,"
                                + "\"detail\":\"Requests to this service carry at most 1,024 bytes\",\"instance\":\"/api/v1/imports/households\"}",
                        false);
                case "POST /api/v1/households" -> new ServiceDouble.Answer(201, Map.of("Content-Type", "application/json",
                        "Location", households.url() + "/api/v1/households/77"), "{\"id\":\"77\"}", true);
                default -> ServiceDouble.Answer.json(200, "{\"path\": \"" + request.path() + "\"}");
            });
            funding = ServiceDouble.hanging();
            industry = ServiceDouble.expiringIdleConnections(IDLE_MILLIS, request -> switch (request.method() + " " + request.path()) {
                case "GET /q/health/ready" -> ServiceDouble.Answer.json(200, """
                        {"status": "UP", "checks": [{"name": "Kafka", "status": "UP", "data": {"broker": "reachable", "degraded": false}},
                          {"name": "Outbox", "status": "UP", "data": {"backlog": 0, "parked": 0, "oldestAgeSeconds": 0}}]}""");
                case "POST " + DROPPED -> null; // read, then the connection reset without an answer: applied or not, nobody knows
                default -> ServiceDouble.Answer.json(request.method().equals("POST") ? 201 : 200,
                        "{\"path\": \"" + request.path() + "\"}");
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "anju.gateway.services.households", households.url(),
                "anju.gateway.services.funding", funding.url(),
                "anju.gateway.services.industry", industry.url(),
                "anju.gateway.services.governance", "http://127.0.0.1:" + Ports.freePort(),
                "anju.gateway.service-timeout", TIMEOUT,
                "anju.gateway.ops-timeout", OPS_TIMEOUT);
    }

    @Override
    public void stop() {
        for (ServiceDouble service : new ServiceDouble[] {households, funding, industry}) {
            if (service != null) {
                service.close();
            }
        }
    }
}
