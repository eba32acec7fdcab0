package org.anju.governance.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.anju.governance.domain.SlaPolicy;
import org.anju.platform.time.ProgrammeClock;

/** The domain's SLA policy, built from configuration; its working days are the programme's days. */
public class SlaPolicyProducer {

    @Produces
    @Singleton
    SlaPolicy slaPolicy(RequestsConfig config, ProgrammeClock clock) {
        return new SlaPolicy(config.sla().accept(), config.sla().resolveWorkingDays(), config.sla().reply(),
                clock.zone());
    }
}
