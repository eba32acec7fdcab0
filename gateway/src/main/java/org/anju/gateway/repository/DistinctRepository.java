package org.anju.gateway.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** How many aggregates refer to each member of a distinct count, and the member's weight. */
@ApplicationScoped
public class DistinctRepository {

    public record Member(int references, BigDecimal weight) {
    }

    private final DataSource dataSource;
    private final String table;

    @Inject
    public DistinctRepository(DataSource dataSource) {
        this(dataSource, ProjectionTables.LIVE);
    }

    public DistinctRepository(DataSource dataSource, ProjectionTables tables) {
        this.dataSource = dataSource;
        this.table = tables.distinct();
    }

    public Optional<Member> findForUpdate(String counter, String key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT refs, weight FROM " + table + " WHERE counter = ? AND member_key = ? FOR UPDATE")) {
            select.setString(1, counter);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Member(row.getInt(1), row.getBigDecimal(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read distinct member " + key + " of " + counter, e);
        }
    }

    public void save(String counter, String key, Member member) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement(
                     "INSERT INTO " + table + " (counter, member_key, refs, weight) VALUES (?, ?, ?, ?)"
                             + " ON CONFLICT (counter, member_key) DO UPDATE SET refs = EXCLUDED.refs, weight = EXCLUDED.weight")) {
            upsert.setString(1, counter);
            upsert.setString(2, key);
            upsert.setInt(3, member.references());
            upsert.setBigDecimal(4, member.weight());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store distinct member " + key + " of " + counter, e);
        }
    }
}
