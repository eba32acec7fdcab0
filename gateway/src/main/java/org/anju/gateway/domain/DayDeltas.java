package org.anju.gateway.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Changes of counters per scope, counter and business day ({@code gw_counter_days}): what applying
 * snapshots moves. Deltas merge (add up), so many applications can be summed in memory and written
 * once; {@link #totals()} is what the undated live counters ({@code gw_counters}) move by.
 */
public final class DayDeltas {

    /** Scope key → counter key → day → delta. */
    private final Map<String, Map<String, Map<LocalDate, BigDecimal>>> deltas = new HashMap<>();

    public static DayDeltas none() {
        return new DayDeltas();
    }

    /** Adds {@code amount} to {@code counter} of {@code scope} on {@code day}. */
    public DayDeltas add(String scope, String counter, LocalDate day, BigDecimal amount) {
        if (amount.signum() != 0) {
            deltas.computeIfAbsent(scope, k -> new HashMap<>()).computeIfAbsent(counter, k -> new HashMap<>())
                    .merge(day, amount, BigDecimal::add);
        }
        return this;
    }

    /** Adds every delta of {@code other} to these. */
    public DayDeltas merge(DayDeltas other) {
        other.deltas.forEach((scope, counters) -> counters.forEach((counter, days) ->
                days.forEach((day, amount) -> add(scope, counter, day, amount))));
        return this;
    }

    /** {@code this − other}. */
    public DayDeltas minus(DayDeltas other) {
        other.deltas.forEach((scope, counters) -> counters.forEach((counter, days) ->
                days.forEach((day, amount) -> add(scope, counter, day, amount.negate()))));
        return this;
    }

    /** Scope key → counter key → day → delta, without zero entries, in key and day order. */
    public Map<String, Map<String, Map<LocalDate, BigDecimal>>> byDay() {
        Map<String, Map<String, Map<LocalDate, BigDecimal>>> sorted = new TreeMap<>();
        deltas.forEach((scope, counters) -> counters.forEach((counter, days) -> days.forEach((day, amount) -> {
            if (amount.signum() != 0) {
                sorted.computeIfAbsent(scope, k -> new TreeMap<>()).computeIfAbsent(counter, k -> new TreeMap<>()).put(day, amount);
            }
        })));
        return sorted;
    }

    /** Scope key → counter key → the sum over every day, without zero entries: what the live counters move by. */
    public Map<String, Map<String, BigDecimal>> totals() {
        Map<String, Map<String, BigDecimal>> totals = new TreeMap<>();
        deltas.forEach((scope, counters) -> counters.forEach((counter, days) -> {
            BigDecimal sum = days.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.signum() != 0) {
                totals.computeIfAbsent(scope, k -> new TreeMap<>()).put(counter, sum);
            }
        }));
        return totals;
    }

    public boolean isEmpty() {
        return byDay().isEmpty();
    }
}
