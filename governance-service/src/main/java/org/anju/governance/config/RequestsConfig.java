package org.anju.governance.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.ZoneId;

/** How residents' requests are timed: the city's "four firsts" service levels. */
@ConfigMapping(prefix = "anju.requests")
public interface RequestsConfig {

    Sla sla();

    /** The city's time zone: working days are its Mondays to Fridays. */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();

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
