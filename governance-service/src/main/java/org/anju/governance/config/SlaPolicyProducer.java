package org.anju.governance.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.anju.governance.domain.SlaPolicy;

/** The domain's SLA policy, built from configuration. */
public class SlaPolicyProducer {

    @Produces
    @Singleton
    SlaPolicy slaPolicy(RequestsConfig config) {
        return new SlaPolicy(config.sla().accept(), config.sla().resolveWorkingDays(), config.sla().reply(),
                config.timeZone());
    }
}
