package org.anju.platform.kafka;

import org.anju.platform.time.ProgrammeClock;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A broker that cannot be reached leaves the application ready and says so, from the background probe. */
class KafkaReachabilityTest {

    @Test
    void anUnreachableBrokerIsReportedDegradedAndReadinessStaysUp() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        KafkaReachability kafka = new KafkaReachability(Map.of("bootstrap.servers", "localhost:" + closedPort), Duration.ofMillis(200),
                new ProgrammeClock(Clock.systemUTC(), ZoneId.of("Asia/Shanghai")));
        kafka.onStart(null);
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> !kafka.reachable());
            // answered from the probe's last result: the check itself never calls the broker
            HealthCheckResponse health = new KafkaHealthCheck(kafka).call();
            assertThat(health.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
            assertThat(health.getData().orElseThrow()).containsEntry("broker", "unreachable").containsEntry("degraded", true);
        } finally {
            kafka.onStop(null);
        }
    }
}
