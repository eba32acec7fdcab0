package org.anju.gateway.service;

import org.anju.platform.i18n.Message;
import org.anju.platform.problem.InvalidInput;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How far apart a series' points are: each is the last day of its period. */
enum SeriesInterval {
    DAY, MONTH, QUARTER, YEAR;

    /** {@code day}, {@code month}, {@code quarter} or {@code year} (any case); absent: {@code day}. */
    static SeriesInterval of(String interval) {
        if (interval == null || interval.isBlank()) {
            return DAY;
        }
        try {
            return valueOf(interval.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("interval", Message.of("series.interval", interval));
        }
    }

    /** The last day of the period holding {@code day}. */
    LocalDate endOf(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case MONTH -> day.with(TemporalAdjusters.lastDayOfMonth());
            case QUARTER -> {
                int lastMonth = day.get(IsoFields.QUARTER_OF_YEAR) * 3;
                yield LocalDate.of(day.getYear(), lastMonth, 1).with(TemporalAdjusters.lastDayOfMonth());
            }
            case YEAR -> day.with(TemporalAdjusters.lastDayOfYear());
        };
    }

    /**
     * The end of every period from the one holding {@code from} to the one holding {@code to}, the
     * last one cut at {@code to}; stops after {@code limit + 1} days (too many to answer).
     */
    List<LocalDate> ends(LocalDate from, LocalDate to, int limit) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate day = endOf(from);
        while (day.isBefore(to) && days.size() <= limit) {
            days.add(day);
            day = endOf(day.plusDays(1));
        }
        if (days.size() <= limit) {
            days.add(to);
        }
        return days;
    }
}
