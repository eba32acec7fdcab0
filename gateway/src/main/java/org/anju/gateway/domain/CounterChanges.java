package org.anju.gateway.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counter changes of many applications (a poll's events) added up, to be written once per
 * changed row: today's counters ({@code gw_counters}) and their changes per day ({@code gw_counter_days}).
 * A row that one application changed keeps its entry when the changes add up to zero, so the rows that
 * exist afterwards are exactly those that writing each application's {@link DayDeltas} one by one leaves.
 */
public final class CounterChanges {

    /** Scope key → counter key → sum. */
    private final Map<String, Map<String, BigDecimal>> totals = new TreeMap<>();
    /** Scope key → counter key → day → sum. */
    private final Map<String, Map<String, Map<LocalDate, BigDecimal>>> days = new TreeMap<>();

    /** Adds what one application changes (its non-zero totals and day deltas). */
    public CounterChanges add(DayDeltas deltas) {
        deltas.totals().forEach((scope, counters) -> counters.forEach((counter, delta) ->
                totals.computeIfAbsent(scope, k -> new TreeMap<>()).merge(counter, delta, BigDecimal::add)));
        deltas.byDay().forEach((scope, counters) -> counters.forEach((counter, byDay) -> byDay.forEach((day, delta) ->
                days.computeIfAbsent(scope, k -> new TreeMap<>()).computeIfAbsent(counter, k -> new TreeMap<>())
                        .merge(day, delta, BigDecimal::add))));
        return this;
    }

    /** Scope key → counter key → what today's counter moves by, in key order (zero for a row changed and changed back). */
    public Map<String, Map<String, BigDecimal>> totals() {
        return totals;
    }

    /** Scope key → counter key → day → what the day's change moves by, in key and day order (zero likewise). */
    public Map<String, Map<String, Map<LocalDate, BigDecimal>>> byDay() {
        return days;
    }

    public boolean isEmpty() {
        return totals.isEmpty() && days.isEmpty();
    }
}
