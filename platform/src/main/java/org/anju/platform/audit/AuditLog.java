package org.anju.platform.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.platform.rest.Cursors;
import org.anju.platform.rest.Page;
import org.anju.platform.time.ProgrammeClock;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The audit trail's table, {@code platform_audit}: appended in the changes' own transactions, read by the audit API. */
@ApplicationScoped
public class AuditLog {

    private final DataSource dataSource;
    private final ProgrammeClock clock;

    public AuditLog(DataSource dataSource, ProgrammeClock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Which entries a reader wants; every part optional. */
    public record Filter(String actor, String aggregateType, String aggregateId, String county, AuditEntry.Kind kind,
                         Instant from, Instant to) {
    }

    /** Appends entries in the transaction active on this thread (the change's own), or in one of their own. */
    public void append(List<AuditEntry> entries) {
        if (QuarkusTransaction.isActive()) {
            insert(entries);
        } else {
            QuarkusTransaction.requiringNew().run(() -> insert(entries));
        }
    }

    private void insert(List<AuditEntry> entries) {
        Timestamp now = Timestamp.from(clock.now());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO platform_audit (recorded_at, kind, actor, roles, request_id, operation, aggregate_type,
                         aggregate_id, entity, county, version_before, version_after, changed_fields, detail)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (AuditEntry entry : entries) {
                insert.setTimestamp(1, entry.recordedAt() == null ? now : Timestamp.from(entry.recordedAt()));
                insert.setString(2, entry.kind().name());
                insert.setString(3, entry.actor());
                insert.setString(4, String.join(",", entry.roles()));
                insert.setString(5, entry.requestId());
                insert.setString(6, entry.operation());
                insert.setString(7, entry.aggregateType());
                insert.setString(8, entry.aggregateId());
                insert.setString(9, entry.entity());
                insert.setString(10, entry.county());
                setLong(insert, 11, entry.versionBefore());
                setLong(insert, 12, entry.versionAfter());
                insert.setString(13, entry.changedFields().isEmpty() ? null : String.join(",", entry.changedFields()));
                insert.setString(14, entry.detail());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not append to the audit trail", e);
        }
    }

    /** A page of entries, newest first; {@code cursor} is a previous page's {@code nextCursor}. */
    public Page<AuditEntry> page(Filter filter, String cursor, int limit) {
        List<String> where = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        condition(where, parameters, "actor = ?", filter.actor());
        condition(where, parameters, "aggregate_type = ?", filter.aggregateType());
        condition(where, parameters, "aggregate_id = ?", filter.aggregateId());
        condition(where, parameters, "county = ?", filter.county());
        condition(where, parameters, "kind = ?", filter.kind() == null ? null : filter.kind().name());
        condition(where, parameters, "recorded_at >= ?", filter.from() == null ? null : Timestamp.from(filter.from()));
        condition(where, parameters, "recorded_at < ?", filter.to() == null ? null : Timestamp.from(filter.to()));
        if (cursor != null && !cursor.isBlank()) {
            try {
                condition(where, parameters, "seq < ?", Long.parseLong(Cursors.decode(cursor, 1).get(0)));
            } catch (NumberFormatException e) {
                throw Cursors.notOurs();
            }
        }
        String sql = "SELECT * FROM platform_audit" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY seq DESC LIMIT ?";
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            select.setInt(parameters.size() + 1, limit + 1);
            List<Row> rows = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new Row(row.getLong("seq"), entry(row)));
                }
            }
            return Page.of(rows, limit, row -> Cursors.encode(Long.toString(row.seq()))).map(Row::entry);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail", e);
        }
    }

    private record Row(long seq, AuditEntry entry) {
    }

    private static AuditEntry entry(ResultSet row) throws SQLException {
        return new AuditEntry(row.getTimestamp("recorded_at").toInstant(), AuditEntry.Kind.valueOf(row.getString("kind")),
                row.getString("actor"), split(row.getString("roles")), row.getString("request_id"), row.getString("operation"),
                row.getString("aggregate_type"), row.getString("aggregate_id"), row.getString("entity"), row.getString("county"),
                (Long) row.getObject("version_before"), (Long) row.getObject("version_after"),
                split(row.getString("changed_fields")), row.getString("detail"));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static void condition(List<String> where, List<Object> parameters, String clause, Object value) {
        if (value != null) {
            where.add(clause);
            parameters.add(value);
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
