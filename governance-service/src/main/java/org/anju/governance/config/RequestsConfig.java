package org.anju.governance.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * How residents' requests are timed: the city's "four firsts" service levels. Working days are the
 * programme's days ({@code anju.programme.zone}, see {@code ProgrammeClock}).
 */
@ConfigMapping(prefix = "anju.requests")
public interface RequestsConfig {

    Sla sla();

    OverdueCheck overdueCheck();

    interface Sla {
        /** From submission to acceptance. */
        @WithDefault("24H")
        Duration accept();

        /** From acceptance to resolution, in working days (Monday to Friday; holidays are not yet configured). */
        @WithDefault("5")
        int resolveWorkingDays();

        /** From resolution to the reply to the resident. */
        @WithDefault("24H")
        Duration reply();
    }

    interface OverdueCheck {
        /** The scheduler's period (Quarkus scheduler syntax, e.g. 1m). */
        @WithDefault("1m")
        String every();
    }
}
