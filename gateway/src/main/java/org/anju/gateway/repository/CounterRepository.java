package org.anju.gateway.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.gateway.domain.Counters;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The counters indicators are computed from, per scope key. */
@ApplicationScoped
public class CounterRepository {

    private final Jdbc jdbc;
    private final String table;

    public CounterRepository(DataSource dataSource, ProjectionTables tables) {
        this.jdbc = new Jdbc(dataSource);
        this.table = tables.counters();
    }

    /** Adds each delta to its counter (creating it at 0); call inside the transaction applying an event. */
    public void add(Map<String, Map<String, BigDecimal>> deltas) {
        List<Object[]> rows = new ArrayList<>();
        // a fixed order keeps concurrent writers from deadlocking on the same rows
        new TreeMap<>(deltas).forEach((scope, counters) ->
                new TreeMap<>(counters).forEach((counter, delta) -> rows.add(new Object[] {scope, counter, delta})));
        jdbc.batch("Could not update counters",
                "INSERT INTO " + table + " AS c (scope_key, counter, value) VALUES (?, ?, ?)"
                        + " ON CONFLICT (scope_key, counter) DO UPDATE SET value = c.value + EXCLUDED.value",
                rows);
    }

    public Counters of(String scopeKey) {
        return query("SELECT scope_key, counter, value FROM " + table + " WHERE scope_key = ?", scopeKey)
                .getOrDefault(scopeKey, Counters.NONE);
    }

    /** Every scope whose key starts with {@code prefix} (e.g. {@code county:}), with its counters. */
    public Map<String, Counters> withPrefix(String prefix) {
        return query("SELECT scope_key, counter, value FROM " + table + " WHERE scope_key LIKE ?", prefix + "%");
    }

    private Map<String, Counters> query(String sql, String parameter) {
        record Value(String scope, String counter, BigDecimal value) {
        }
        Map<String, Map<String, BigDecimal>> counters = new HashMap<>();
        jdbc.list("Could not read counters", sql, row -> new Value(row.getString(1), row.getString(2), row.getBigDecimal(3)), parameter)
                .forEach(row -> counters.computeIfAbsent(row.scope(), scope -> new HashMap<>()).put(row.counter(), row.value()));
        Map<String, Counters> scopes = new HashMap<>();
        counters.forEach((scope, values) -> scopes.put(scope, new Counters(values)));
        return scopes;
    }
}
