package org.anju.gateway.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.gateway.domain.Target;

import javax.sql.DataSource;
import java.util.List;

/** Plan values per indicator and scope ('*' applies to every scope without its own). */
@ApplicationScoped
public class TargetRepository {

    private final Jdbc jdbc;

    public TargetRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public List<Target> all() {
        return jdbc.list("Could not read targets",
                "SELECT indicator_id, scope_key, comparator, value, note FROM gw_targets ORDER BY indicator_id, scope_key",
                row -> new Target(row.getString(1), row.getString(2), row.getString(3), row.getBigDecimal(4), row.getString(5)));
    }

    public void save(Target target) {
        jdbc.update("Could not store the target of " + target.indicatorId(),
                "INSERT INTO gw_targets (indicator_id, scope_key, comparator, value, note) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (indicator_id, scope_key) DO UPDATE SET comparator = EXCLUDED.comparator,"
                        + " value = EXCLUDED.value, note = EXCLUDED.note",
                target.indicatorId(), target.scopeKey(), target.comparator(), target.value(), target.note());
    }
}
