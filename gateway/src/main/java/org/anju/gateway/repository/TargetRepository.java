package org.anju.gateway.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.gateway.domain.Target;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plan values per indicator and scope ('*' applies to every scope without its own). */
@ApplicationScoped
public class TargetRepository {

    private final DataSource dataSource;

    public TargetRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Target> all() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT indicator_id, scope_key, comparator, value, note FROM gw_targets ORDER BY indicator_id, scope_key");
             ResultSet rows = select.executeQuery()) {
            List<Target> targets = new ArrayList<>();
            while (rows.next()) {
                targets.add(new Target(rows.getString(1), rows.getString(2), rows.getString(3), rows.getBigDecimal(4), rows.getString(5)));
            }
            return targets;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read targets", e);
        }
    }

    public void save(Target target) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement(
                     "INSERT INTO gw_targets (indicator_id, scope_key, comparator, value, note) VALUES (?, ?, ?, ?, ?)"
                             + " ON CONFLICT (indicator_id, scope_key) DO UPDATE SET comparator = EXCLUDED.comparator,"
                             + " value = EXCLUDED.value, note = EXCLUDED.note")) {
            upsert.setString(1, target.indicatorId());
            upsert.setString(2, target.scopeKey());
            upsert.setString(3, target.comparator());
            upsert.setBigDecimal(4, target.value());
            upsert.setString(5, target.note());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the target of " + target.indicatorId(), e);
        }
    }
}
