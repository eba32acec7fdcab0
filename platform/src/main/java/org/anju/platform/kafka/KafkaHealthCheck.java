package org.anju.platform.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Kafka in readiness, answered at once from the background probe. The application stays UP while
 * the broker is away — it still serves reads and takes writes, whose events wait in the outbox —
 * and the check's data says {@code broker: unreachable} (degraded) and since when.
 */
@Readiness
@ApplicationScoped
public class KafkaHealthCheck implements HealthCheck {

    private final KafkaReachability kafka;

    public KafkaHealthCheck(KafkaReachability kafka) {
        this.kafka = kafka;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Kafka").up()
                .withData("broker", kafka.reachable() ? "reachable" : "unreachable")
                .withData("degraded", !kafka.reachable())
                .withData("since", String.valueOf(kafka.since()));
        if (!kafka.reachable() && kafka.lastError() != null) {
            response.withData("lastError", kafka.lastError());
        }
        return response.build();
    }
}
