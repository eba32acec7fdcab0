package org.anju.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code anju_readiness}: 1 while the application's readiness checks are UP, 0 otherwise, so
 * Prometheus can alert on it (the checks themselves are cheap: Kafka's answers from its probe).
 */
@ApplicationScoped
public class ReadinessGauge {

    private final SmallRyeHealthReporter health;

    public ReadinessGauge(SmallRyeHealthReporter health) {
        this.health = health;
    }

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("anju.readiness", this, gauge -> gauge.health.getReadiness().isDown() ? 0 : 1)
                .description("1 while the readiness checks are UP")
                .strongReference(true)
                .register(registry);
    }
}
