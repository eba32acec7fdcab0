package org.anju.gateway.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.gateway.domain.CounterChanges;
import org.anju.gateway.domain.Counters;
import org.anju.gateway.domain.PlacementModes;

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
    private final String snapshots;

    public CounterRepository(DataSource dataSource, ProjectionTables tables) {
        this.jdbc = new Jdbc(dataSource);
        this.table = tables.counters();
        this.days = tables.counterDays();
        this.snapshots = tables.snapshots();
    }

    /**
     * Adds each change to its counter's day and its sum to today's counter (creating either at 0), each
     * changed row once, in two statements (one per table) however many rows change; call inside the
     * transaction applying the events. Rows are written in key order, so concurrent writers never
     * deadlock on the same rows.
     */
    public void add(CounterChanges changes) {
        List<String> scopes = new ArrayList<>();
        List<String> counters = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        changes.totals().forEach((scope, byCounter) -> byCounter.forEach((counter, delta) -> {
            scopes.add(scope);
            counters.add(counter);
            values.add(delta);
        }));
        if (!scopes.isEmpty()) {
            jdbc.update("Could not update counters",
                    "INSERT INTO " + table + " AS c (scope_key, counter, value)"
                            + " SELECT * FROM unnest(?::text[], ?::text[], ?::numeric[])"
                            + " ON CONFLICT (scope_key, counter) DO UPDATE SET value = c.value + EXCLUDED.value",
                    scopes.toArray(String[]::new), counters.toArray(String[]::new), values.toArray(BigDecimal[]::new));
        }
        scopes.clear();
        counters.clear();
        values.clear();
        List<Date> days = new ArrayList<>();
        changes.byDay().forEach((scope, byCounter) -> byCounter.forEach((counter, byDay) -> byDay.forEach((day, delta) -> {
            scopes.add(scope);
            counters.add(counter);
            days.add(Date.valueOf(day));
            values.add(delta);
        })));
        if (!scopes.isEmpty()) {
            jdbc.update("Could not update dated counters",
                    "INSERT INTO " + this.days + " AS d (scope_key, counter, day, delta)"
                            + " SELECT * FROM unnest(?::text[], ?::text[], ?::date[], ?::numeric[])"
                            + " ON CONFLICT (scope_key, counter, day) DO UPDATE SET delta = d.delta + EXCLUDED.delta",
                    scopes.toArray(String[]::new), counters.toArray(String[]::new), days.toArray(Date[]::new),
                    values.toArray(BigDecimal[]::new));
        }
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

    /** Today's counters of some scopes, by scope key (a scope without counters is absent). */
    public Map<String, Counters> of(Collection<String> scopeKeys) {
        return query("SELECT scope_key, counter, value FROM " + table + " WHERE scope_key = ANY (?)", (Object) scopeKeys.toArray(String[]::new));
    }

    /** {@link #of(Collection)} as the counters stood at the end of {@code day}. */
    public Map<String, Counters> asOf(Collection<String> scopeKeys, LocalDate day) {
        return query("SELECT scope_key, counter, sum(delta) FROM " + days + " WHERE scope_key = ANY (?) AND day <= ?"
                + " GROUP BY scope_key, counter", scopeKeys.toArray(String[]::new), Date.valueOf(day));
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

    /** The counters whose facts stop counting a year on (Counter#isWindowed) of a scope, as they stood at the end of {@code day}. */
    public Counters windowedAsOf(String scopeKey, LocalDate day) {
        return windowed("scope_key = ?", scopeKey, day).getOrDefault(scopeKey, Counters.NONE);
    }

    /** {@link #windowedAsOf} of every scope whose key starts with {@code prefix}. */
    public Map<String, Counters> windowedWithPrefixAsOf(String prefix, LocalDate day) {
        return windowed("scope_key LIKE ?", prefix + "%", day);
    }

    private Map<String, Counters> windowed(String scopeCondition, String scope, LocalDate day) {
        StringBuilder windowed = new StringBuilder();
        List<Object> parameters = new ArrayList<>(List.of(scope, Date.valueOf(day)));
        for (org.anju.gateway.domain.Counter counter : org.anju.gateway.domain.Counter.values()) {
            if (counter.isWindowed()) {
                windowed.append(windowed.isEmpty() ? "" : " OR ").append("counter = ? OR counter LIKE ?");
                parameters.add(counter.key());
                parameters.add(counter.key() + ":%");
            }
        }
        return query("SELECT scope_key, counter, sum(delta) FROM " + days + " WHERE " + scopeCondition + " AND day <= ? AND (" + windowed
                + ") GROUP BY scope_key, counter", parameters.toArray());
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
        return jdbc.first("Could not read dated counters", "SELECT min(day) FROM " + days + " WHERE scope_key = ? HAVING min(day) IS NOT NULL",
                row -> row.getDate(1).toLocalDate(), scopeKey);
    }

    /**
     * People counted at sites, by the site's county and placement mode ({@code gw_snapshots} of kind
     * {@code site}), today ({@code day} null) or as of a day: scope key ({@code city} and every
     * {@code county:<code>}) → mode → people.
     */
    public Map<String, Map<String, BigDecimal>> peopleByPlacementMode(LocalDate day) {
        String sql = day == null
                ? "SELECT s.data->>'county', s.data->>'placementMode', sum(c.value) FROM " + table + " c JOIN " + snapshots
                        + " s ON s.kind = 'site' AND c.scope_key = 'site:' || s.aggregate_id WHERE c.counter = 'people'"
                        + " GROUP BY 1, 2"
                : "SELECT s.data->>'county', s.data->>'placementMode', sum(c.delta) FROM " + days + " c JOIN " + snapshots
                        + " s ON s.kind = 'site' AND c.scope_key = 'site:' || s.aggregate_id WHERE c.counter = 'people' AND c.day <= ?"
                        + " GROUP BY 1, 2";
        record Row(String county, String mode, BigDecimal people) {
        }
        Map<String, Map<String, BigDecimal>> byScope = new HashMap<>();
        jdbc.list("Could not read people by placement mode", sql, row -> new Row(row.getString(1), row.getString(2), row.getBigDecimal(3)),
                        day == null ? new Object[0] : new Object[] {Date.valueOf(day)})
                .forEach(row -> {
                    byScope.computeIfAbsent("county:" + row.county(), k -> new HashMap<>()).merge(row.mode(), row.people(), BigDecimal::add);
                    byScope.computeIfAbsent("city", k -> new HashMap<>()).merge(row.mode(), row.people(), BigDecimal::add);
                });
        return byScope;
    }

    /** People at sites by placement mode, changes day by day up to {@code to} for the city or a county, as derived counters. */
    public List<DayDelta> placementChanges(String scopeKey, LocalDate to) {
        String county = scopeKey.startsWith("county:") ? scopeKey.substring("county:".length()) : null;
        List<DayDelta> changes = new ArrayList<>();
        String sql = "SELECT s.data->>'placementMode', c.day, sum(c.delta) FROM " + days + " c JOIN " + snapshots
                + " s ON s.kind = 'site' AND c.scope_key = 'site:' || s.aggregate_id WHERE c.counter = 'people' AND c.day <= ?"
                + (county == null ? "" : " AND s.data->>'county' = ?") + " GROUP BY 1, 2 ORDER BY 2";
        jdbc.list("Could not read people by placement mode", sql,
                        row -> PlacementModes.changes(row.getString(1), row.getDate(2).toLocalDate(), row.getBigDecimal(3)),
                        county == null ? new Object[] {Date.valueOf(to)} : new Object[] {Date.valueOf(to), county})
                .forEach(rows -> rows.forEach(row -> changes.add(new DayDelta((String) row[0], (LocalDate) row[1], (BigDecimal) row[2]))));
        return changes;
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
