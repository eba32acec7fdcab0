package org.anju.platform.time;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ProgrammeClockTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void oneInTheMorningInBeijingIsThatBeijingDayAlthoughUtcIsStillTheDayBefore() {
        Instant oneAmBeijing = Instant.parse("2019-03-04T17:00:00Z");
        ProgrammeClock clock = new ProgrammeClock(Clock.fixed(oneAmBeijing, ZoneOffset.UTC), BEIJING);
        assertThat(clock.today()).isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(LocalDate.now(clock.asClock())).isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(clock.startOf(LocalDate.of(2019, 3, 5))).isEqualTo(Instant.parse("2019-03-04T16:00:00Z"));
    }

    @Test
    void instantsKeepMicrosecondsLikePostgresql() {
        ProgrammeClock clock = new ProgrammeClock(Clock.fixed(Instant.parse("2026-11-30T01:02:03.123456789Z"), ZoneOffset.UTC), BEIJING);
        assertThat(clock.now()).isEqualTo(Instant.parse("2026-11-30T01:02:03.123456Z"));
        assertThat(clock.nowUtc().getOffset()).isEqualTo(ZoneOffset.UTC);
    }
}
