package org.anju.gateway.repository;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.util.Optional;

/** How many aggregates refer to each member of a distinct count, and the member's weight. */
@ApplicationScoped
public class DistinctRepository {

    public record Member(int references, BigDecimal weight) {
    }

    private final Jdbc jdbc;
    private final String table;

    public DistinctRepository(DataSource dataSource, ProjectionTables tables) {
        this.jdbc = new Jdbc(dataSource);
        this.table = tables.distinct();
    }

    public Optional<Member> findForUpdate(String counter, String key) {
        return jdbc.first("Could not read distinct member " + key + " of " + counter,
                "SELECT refs, weight FROM " + table + " WHERE counter = ? AND member_key = ? FOR UPDATE",
                row -> new Member(row.getInt(1), row.getBigDecimal(2)), counter, key);
    }

    public void save(String counter, String key, Member member) {
        jdbc.update("Could not store distinct member " + key + " of " + counter,
                "INSERT INTO " + table + " (counter, member_key, refs, weight) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (counter, member_key) DO UPDATE SET refs = EXCLUDED.refs, weight = EXCLUDED.weight",
                counter, key, member.references(), member.weight());
    }
}
