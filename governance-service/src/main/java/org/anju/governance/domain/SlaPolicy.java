package org.anju.governance.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The "four firsts" (四个第一) service levels: accept within {@code accept} of submission, resolve
 * within {@code resolveWorkingDays} working days of acceptance, reply within {@code reply} of
 * resolution. Working days are Monday to Friday in the city's time zone; public holidays and
 * make-up working days could later come from configuration.
 */
public record SlaPolicy(Duration accept, int resolveWorkingDays, Duration reply, ZoneId zone) {

    public static final SlaPolicy DEFAULT = new SlaPolicy(Duration.ofHours(24), 5, Duration.ofHours(24),
            ZoneId.of("Asia/Shanghai"));

    public SlaPolicy {
        if (accept.isNegative() || accept.isZero() || reply.isNegative() || reply.isZero() || resolveWorkingDays < 1) {
            throw new IllegalArgumentException("SLA targets must be positive: " + accept + ", " + resolveWorkingDays
                    + " working days, " + reply);
        }
    }

    public Instant acceptDue(Instant submittedAt) {
        return submittedAt.plus(accept);
    }

    /** The same time of day after the given number of working days; a weekend acceptance counts from Monday. */
    public Instant resolveDue(Instant acceptedAt) {
        ZonedDateTime due = acceptedAt.atZone(zone);
        int counted = 0;
        while (counted < resolveWorkingDays) {
            due = due.plusDays(1);
            if (isWorkingDay(due.getDayOfWeek())) {
                counted++;
            }
        }
        return due.toInstant();
    }

    public Instant replyDue(Instant resolvedAt) {
        return resolvedAt.plus(reply);
    }

    private static boolean isWorkingDay(DayOfWeek day) {
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }
}
