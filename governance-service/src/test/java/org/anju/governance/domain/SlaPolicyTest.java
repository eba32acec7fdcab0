package org.anju.governance.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class SlaPolicyTest {

    private static final SlaPolicy SLA = SlaPolicy.DEFAULT;

    private static Instant at(String localDateTime) {
        return ZonedDateTime.parse(localDateTime + "+08:00[Asia/Shanghai]").toInstant();
    }

    @Test
    void acceptanceIsDueTwentyFourHoursAfterSubmission() {
        assertThat(SLA.acceptDue(at("2026-11-27T09:00:00"))).isEqualTo(at("2026-11-28T09:00:00"));
    }

    @Test
    void resolutionWithinFiveWorkingDaysSkipsTheWeekend() {
        // accepted on a Thursday: Fri, Mon, Tue, Wed, Thu
        assertThat(SLA.resolveDue(at("2026-11-26T15:30:00"))).isEqualTo(at("2026-12-03T15:30:00"));
    }

    @Test
    void resolutionOfARequestAcceptedOnSaturdayIsDueOnFriday() {
        assertThat(SLA.resolveDue(at("2026-11-28T10:00:00"))).isEqualTo(at("2026-12-04T10:00:00"));
    }

    @Test
    void replyIsDueOneDayAfterResolution() {
        assertThat(SLA.replyDue(at("2026-11-27T18:00:00"))).isEqualTo(at("2026-11-28T18:00:00"));
    }
}
