package org.anju.gateway.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The newest snapshot of every aggregate, per kind. */
@ApplicationScoped
public class SnapshotRepository {

    public record Snapshot(long version, JsonNode data) {
    }

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final String table;

    @Inject
    public SnapshotRepository(DataSource dataSource, ObjectMapper json) {
        this(dataSource, json, ProjectionTables.LIVE);
    }

    public SnapshotRepository(DataSource dataSource, ObjectMapper json, ProjectionTables tables) {
        this.dataSource = dataSource;
        this.json = json;
        this.table = tables.snapshots();
    }

    /** The stored snapshot, locked until the transaction ends so concurrent appliers of one aggregate serialise. */
    public Optional<Snapshot> findForUpdate(String kind, String aggregateId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT version, data FROM " + table + " WHERE kind = ? AND aggregate_id = ? FOR UPDATE")) {
            select.setString(1, kind);
            select.setString(2, aggregateId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Snapshot(row.getLong(1), json.readTree(row.getString(2)))) : Optional.empty();
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not read the snapshot of " + kind + " " + aggregateId, e);
        }
    }

    public void save(String kind, String aggregateId, long version, JsonNode data) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement(
                     "INSERT INTO " + table + " (kind, aggregate_id, version, data) VALUES (?, ?, ?, ?::jsonb)"
                             + " ON CONFLICT (kind, aggregate_id) DO UPDATE SET version = EXCLUDED.version, data = EXCLUDED.data")) {
            upsert.setString(1, kind);
            upsert.setString(2, aggregateId);
            upsert.setLong(3, version);
            upsert.setString(4, json.writeValueAsString(data));
            upsert.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not store the snapshot of " + kind + " " + aggregateId, e);
        }
    }
}
