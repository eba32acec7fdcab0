package org.anju.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How a service's health body becomes its line in the ops view, and the lines the overall status. */
class OpsServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final URI URL = URI.create("http://localhost:8081");

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void aServiceThatCannotReachItsBrokerIsDegradedWithItsBrokerStateAndOutbox() throws Exception {
        ServiceStatusView status = OpsService.status("households", URL, json("""
                {"status": "UP", "checks": [
                  {"name": "Kafka", "status": "UP", "data": {"broker": "unreachable", "degraded": true, "since": "2026-11-30T05:00:00Z"}},
                  {"name": "Outbox", "status": "UP", "data": {"relaying": true, "backlog": 1250, "parked": 3, "oldestAgeSeconds": 611}}]}"""),
                json("{\"build\": {\"version\": \"0.1.0\"}}"));
        assertThat(status.status()).isEqualTo("DEGRADED");
        assertThat(status.broker()).isEqualTo("unreachable");
        assertThat(status.degraded()).isTrue();
        assertThat(status.brokerSince()).isEqualTo("2026-11-30T05:00:00Z");
        assertThat(status.outboxBacklog()).isEqualTo(1250);
        assertThat(status.outboxOldestAgeSeconds()).isEqualTo(611);
        assertThat(status.outboxParked()).isEqualTo(3);
        assertThat(status.version()).isEqualTo("0.1.0");
        assertThat(status.checks()).extracting(CheckView::name).containsExactly("Kafka", "Outbox");
        assertThat(status.error()).isNull();
    }

    @Test
    void aServiceThatReachesItsBrokerIsUpAndOneThatIsNotReadyIsDown() throws Exception {
        ServiceStatusView up = OpsService.status("funding", URL, json("""
                {"status": "UP", "checks": [{"name": "Kafka", "status": "UP", "data": {"broker": "reachable", "degraded": false}},
                  {"name": "Outbox", "status": "UP", "data": {"backlog": 0, "parked": 0, "oldestAgeSeconds": 0}}]}"""), json("{}"));
        assertThat(up.status()).isEqualTo("UP");
        assertThat(up.degraded()).isFalse();
        assertThat(up.version()).isNull();

        ServiceStatusView down = OpsService.status("funding", URL, json("""
                {"status": "DOWN", "checks": [{"name": "Database connections health check", "status": "DOWN"}]}"""), json("{}"));
        assertThat(down.status()).isEqualTo("DOWN");
        assertThat(down.error()).isEqualTo("not ready");
        assertThat(down.broker()).as("no Kafka check").isNull();
        assertThat(down.degraded()).isNull();
        assertThat(down.outboxBacklog()).isNull();
    }

    @Test
    void theOverallStatusIsUpOnlyWhenEverythingIsAndDownOnlyWhenEveryServiceIs() {
        ServiceStatusView up = line("UP");
        ServiceStatusView degraded = line("DEGRADED");
        ServiceStatusView down = line("DOWN");
        assertThat(OpsService.overall(List.of(up, up), true, true)).isEqualTo("UP");
        assertThat(OpsService.overall(List.of(up, degraded), true, true)).isEqualTo("DEGRADED");
        assertThat(OpsService.overall(List.of(up, up), false, true)).as("the gateway does not consume").isEqualTo("DEGRADED");
        assertThat(OpsService.overall(List.of(up, up), true, false)).as("the gateway's broker is away").isEqualTo("DEGRADED");
        assertThat(OpsService.overall(List.of(up, down), true, true)).isEqualTo("DEGRADED");
        assertThat(OpsService.overall(List.of(down, down), true, true)).isEqualTo("DOWN");
    }

    private static ServiceStatusView line(String status) {
        return new ServiceStatusView("s", "http://s", status, null, null, null, List.of(), null, null, null, null, null);
    }
}
