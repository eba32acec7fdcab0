package org.anju.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;

import java.time.Clock;

/**
 * Bean Validation's time ({@code @PastOrPresent}, {@code @FutureOrPresent} and custom constraints
 * through {@code context.getClockProvider()}) is the programme's: Quarkus hands this bean to the
 * validator factory.
 */
@ApplicationScoped
public class ProgrammeClockProvider implements ClockProvider {

    private final ProgrammeClock clock;

    public ProgrammeClockProvider(ProgrammeClock clock) {
        this.clock = clock;
    }

    @Override
    public Clock getClock() {
        return clock.asClock();
    }
}
