package org.anju.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the outbox backlog and the parked events in readiness. It stays UP while Kafka is away:
 * accepting writes during a broker outage is what the outbox is for; the Kafka check, the backlog
 * age and the parked count say the rest.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final OutboxRelay relay;

    public OutboxHealthCheck(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Outbox").up()
                .withData("relaying", relay.isRunning())
                .withData("backlog", relay.backlog())
                .withData("parked", relay.parked())
                .withData("oldestAgeSeconds", Math.round(relay.oldestAgeSeconds()));
        if (relay.lastError() != null) {
            response.withData("lastError", relay.lastError());
        }
        return response.build();
    }
}
