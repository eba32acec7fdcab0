package org.anju.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The instants {@link ProgrammeClock} reads: the system clock. A test that needs to set the time
 * provides its own {@code Clock} bean ({@code @Alternative @Priority(1)}), which replaces this one.
 */
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
