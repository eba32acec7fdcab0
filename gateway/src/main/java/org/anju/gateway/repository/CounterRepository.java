package org.anju.gateway.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.anju.gateway.domain.Counters;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** The counters indicators are computed from, per scope key. */
@ApplicationScoped
public class CounterRepository {

    private final DataSource dataSource;
    private final String table;

    @Inject
    public CounterRepository(DataSource dataSource) {
        this(dataSource, ProjectionTables.LIVE);
    }

    public CounterRepository(DataSource dataSource, ProjectionTables tables) {
        this.dataSource = dataSource;
        this.table = tables.counters();
    }

    /** Adds each delta to its counter (creating it at 0); call inside the transaction applying an event. */
    public void add(Map<String, Map<String, BigDecimal>> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement(
                     "INSERT INTO " + table + " AS c (scope_key, counter, value) VALUES (?, ?, ?)"
                             + " ON CONFLICT (scope_key, counter) DO UPDATE SET value = c.value + EXCLUDED.value")) {
            // a fixed order keeps concurrent writers from deadlocking on the same rows
            for (Map.Entry<String, Map<String, BigDecimal>> scope : new TreeMap<>(deltas).entrySet()) {
                for (Map.Entry<String, BigDecimal> counter : new TreeMap<>(scope.getValue()).entrySet()) {
                    upsert.setString(1, scope.getKey());
                    upsert.setString(2, counter.getKey());
                    upsert.setBigDecimal(3, counter.getValue());
                    upsert.addBatch();
                }
            }
            upsert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update counters", e);
        }
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
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                Map<String, Map<String, BigDecimal>> counters = new HashMap<>();
                while (rows.next()) {
                    counters.computeIfAbsent(rows.getString(1), k -> new HashMap<>()).put(rows.getString(2), rows.getBigDecimal(3));
                }
                Map<String, Counters> scopes = new HashMap<>();
                counters.forEach((scope, values) -> scopes.put(scope, new Counters(values)));
                return scopes;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read counters", e);
        }
    }
}
