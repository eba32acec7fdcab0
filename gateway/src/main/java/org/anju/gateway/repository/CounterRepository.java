package org.anju.gateway.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.gateway.domain.Counters;
import org.anju.gateway.domain.DayDeltas;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The counters indicators are computed from, per scope key: today's ({@code gw_counters}) and their
 * changes per business day ({@code gw_counter_days}), from which any day's figures are summed.
 */
@ApplicationScoped
public class CounterRepository {

    /** One counter's change on one day. */
    public record DayDelta(String counter, LocalDate day, BigDecimal delta) {
    }

    private final Jdbc jdbc;
    private final String table;
    private final String days;

    public CounterRepository(DataSource dataSource, ProjectionTables tables) {
        this.jdbc = new Jdbc(dataSource);
        this.table = tables.counters();
        this.days = tables.counterDays();
    }

    /**
     * Adds each change to its counter's day and its sum to today's counter (creating either at 0);
     * call inside the transaction applying the events. Rows are written in key order, so concurrent
     * writers never deadlock on the same rows.
     */
    public void add(DayDeltas deltas) {
        List<Object[]> totals = new ArrayList<>();
        deltas.totals().forEach((scope, counters) -> counters.forEach((counter, delta) -> totals.add(new Object[] {scope, counter, delta})));
        jdbc.batch("Could not update counters",
                "INSERT INTO " + table + " AS c (scope_key, counter, value) VALUES (?, ?, ?)"
                        + " ON CONFLICT (scope_key, counter) DO UPDATE SET value = c.value + EXCLUDED.value",
                totals);
        List<Object[]> dated = new ArrayList<>();
        deltas.byDay().forEach((scope, counters) -> counters.forEach((counter, byDay) -> byDay.forEach((day, delta) ->
                dated.add(new Object[] {scope, counter, Date.valueOf(day), delta}))));
        jdbc.batch("Could not update dated counters",
                "INSERT INTO " + days + " AS d (scope_key, counter, day, delta) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (scope_key, counter, day) DO UPDATE SET delta = d.delta + EXCLUDED.delta",
                dated);
    }

    /** Today's counters of a scope. */
    public Counters of(String scopeKey) {
        return query("SELECT scope_key, counter, value FROM " + table + " WHERE scope_key = ?", scopeKey)
                .getOrDefault(scopeKey, Counters.NONE);
    }

    /** Every scope whose key starts with {@code prefix} (e.g. {@code county:}), with today's counters. */
    public Map<String, Counters> withPrefix(String prefix) {
        return query("SELECT scope_key, counter, value FROM " + table + " WHERE scope_key LIKE ?", prefix + "%");
    }

    /** A scope's counters as they stood at the end of {@code day}: the sum of their changes on or before it. */
    public Counters asOf(String scopeKey, LocalDate day) {
        return query("SELECT scope_key, counter, sum(delta) FROM " + days + " WHERE scope_key = ? AND day <= ?"
                + " GROUP BY scope_key, counter", scopeKey, Date.valueOf(day)).getOrDefault(scopeKey, Counters.NONE);
    }

    /** {@link #withPrefix} as the counters stood at the end of {@code day}. */
    public Map<String, Counters> withPrefixAsOf(String prefix, LocalDate day) {
        return query("SELECT scope_key, counter, sum(delta) FROM " + days + " WHERE scope_key LIKE ? AND day <= ?"
                + " GROUP BY scope_key, counter", prefix + "%", Date.valueOf(day));
    }

    /** The changes of some counters of a scope, day by day up to {@code to}, oldest first. */
    public List<DayDelta> changes(String scopeKey, Collection<String> counters, LocalDate to) {
        return jdbc.list("Could not read dated counters",
                "SELECT counter, day, delta FROM " + days + " WHERE scope_key = ? AND counter = ANY (?) AND day <= ? ORDER BY day",
                row -> new DayDelta(row.getString(1), row.getDate(2).toLocalDate(), row.getBigDecimal(3)),
                scopeKey, counters.toArray(String[]::new), Date.valueOf(to));
    }

    /** The first day anything of the scope counts from. */
    public Optional<LocalDate> firstDay(String scopeKey) {
        return jdbc.first("Could not read dated counters", "SELECT min(day) FROM " + days + " WHERE scope_key = ?",
                row -> row.getDate(1) == null ? null : row.getDate(1).toLocalDate(), scopeKey);
    }

    private Map<String, Counters> query(String sql, Object... parameters) {
        record Value(String scope, String counter, BigDecimal value) {
        }
        Map<String, Map<String, BigDecimal>> counters = new HashMap<>();
        jdbc.list("Could not read counters", sql, row -> new Value(row.getString(1), row.getString(2), row.getBigDecimal(3)), parameters)
                .forEach(row -> counters.computeIfAbsent(row.scope(), scope -> new HashMap<>()).put(row.counter(), row.value()));
        Map<String, Counters> scopes = new HashMap<>();
        counters.forEach((scope, values) -> scopes.put(scope, new Counters(values)));
        return scopes;
    }
}
