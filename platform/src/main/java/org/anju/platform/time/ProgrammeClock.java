package org.anju.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The programme's time: the only source of "now" and "today" in the suite. Days are the
 * programme's calendar days ({@code anju.programme.zone}, {@code Asia/Shanghai} by default), so a
 * command sent at 01:00 Beijing time is dated that Beijing day whatever zone the JVM runs in.
 * <p>
 * The instant comes from the {@link Clock} bean ({@link ClockProducer}; tests replace it with one
 * they set), the zone from configuration.
 */
@ApplicationScoped
public class ProgrammeClock {

    private final Clock clock;
    private final ZoneId zone;

    public ProgrammeClock(Clock clock, @ConfigProperty(name = "anju.programme.zone") ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** Now, at PostgreSQL's precision (microseconds), so a stored instant equals the one in memory and in cursors. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Now in UTC with an offset, e.g. the CloudEvents {@code time} of an event. */
    public OffsetDateTime nowUtc() {
        return OffsetDateTime.ofInstant(now(), ZoneOffset.UTC);
    }

    /** Today in the programme's time zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The programme's calendar day of an instant. */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The first instant of a programme day. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    public ZoneId zone() {
        return zone;
    }

    /** This clock as a {@link Clock} in the programme's zone (for APIs that take one, e.g. Bean Validation). */
    public Clock asClock() {
        return new ZonedClock(clock, zone);
    }

    /** Whatever instant source it wraps (a test's settable clock too) seen in the programme's zone. */
    private static final class ZonedClock extends Clock {

        private final Clock instants;
        private final ZoneId zone;

        ZonedClock(Clock instants, ZoneId zone) {
            this.instants = instants;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new ZonedClock(instants, other);
        }

        @Override
        public Instant instant() {
            return instants.instant();
        }
    }
}
