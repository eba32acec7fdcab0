package org.anju.industry.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.ZoneId;

/** "Today" is the city's date (employment stability is counted in calendar months there). */
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "anju.industry.zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        return Clock.system(zone);
    }
}
