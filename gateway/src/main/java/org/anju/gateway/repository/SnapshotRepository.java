package org.anju.gateway.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.util.Optional;

/** The newest snapshot of every aggregate, per kind. */
@ApplicationScoped
public class SnapshotRepository {

    public record Snapshot(long version, JsonNode data) {
    }

    private final Jdbc jdbc;
    private final ObjectMapper json;
    private final String table;

    public SnapshotRepository(DataSource dataSource, ObjectMapper json, ProjectionTables tables) {
        this.jdbc = new Jdbc(dataSource);
        this.json = json;
        this.table = tables.snapshots();
    }

    /** The stored snapshot, locked until the transaction ends so concurrent appliers of one aggregate serialise. */
    public Optional<Snapshot> findForUpdate(String kind, String aggregateId) {
        return jdbc.first("Could not read the snapshot of " + kind + " " + aggregateId,
                "SELECT version, data FROM " + table + " WHERE kind = ? AND aggregate_id = ? FOR UPDATE",
                row -> new Snapshot(row.getLong(1), json.readTree(row.getString(2))), kind, aggregateId);
    }

    public void save(String kind, String aggregateId, long version, JsonNode data) {
        String failure = "Could not store the snapshot of " + kind + " " + aggregateId;
        String document;
        try {
            document = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(failure, e);
        }
        jdbc.update(failure,
                "INSERT INTO " + table + " (kind, aggregate_id, version, data) VALUES (?, ?, ?, ?::jsonb)"
                        + " ON CONFLICT (kind, aggregate_id) DO UPDATE SET version = EXCLUDED.version, data = EXCLUDED.data",
                kind, aggregateId, version, document);
    }
}
