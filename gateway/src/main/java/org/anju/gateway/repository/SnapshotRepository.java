package org.anju.gateway.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.sql.DataSource;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.SortedMap;
import java.util.TreeMap;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The newest snapshot of every aggregate, per kind. */
@ApplicationScoped
public class SnapshotRepository {

    /**
     * @param firstRecorded      the programme-zone day of the first event applied for the aggregate
     * @param recordedIncrements the increases of its undated running total (see {@code Projector.recordedAmount}), by the day recorded
     */
    public record Snapshot(long version, JsonNode data, LocalDate firstRecorded, SortedMap<LocalDate, BigDecimal> recordedIncrements) {
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
                "SELECT version, data, first_recorded, increments FROM " + table + " WHERE kind = ? AND aggregate_id = ? FOR UPDATE",
                row -> new Snapshot(row.getLong(1), json.readTree(row.getString(2)), row.getDate(3).toLocalDate(),
                        increments(row.getString(4))), kind, aggregateId);
    }

    /** Whether an aggregate of {@code kind} with this id was ever applied. */
    public boolean exists(String kind, String aggregateId) {
        return jdbc.first("Could not look up " + kind + " " + aggregateId,
                "SELECT 1 FROM " + table + " WHERE kind = ? AND aggregate_id = ?", row -> true, kind, aggregateId).isPresent();
    }

    /** The county code the aggregate's stored snapshot names, if it was applied and names one. */
    public Optional<String> county(String kind, String aggregateId) {
        return jdbc.first("Could not look up the county of " + kind + " " + aggregateId,
                "SELECT data->>'county' FROM " + table + " WHERE kind = ? AND aggregate_id = ? AND data->>'county' IS NOT NULL",
                row -> row.getString(1), kind, aggregateId);
    }

    /** The newest snapshot data of every aggregate of {@code kind} whose snapshot names {@code county}, by aggregate id. */
    public Map<String, JsonNode> inCounty(String kind, String county) {
        record Row(String id, JsonNode data) {
        }
        Map<String, JsonNode> found = new LinkedHashMap<>();
        jdbc.list("Could not list the " + kind + " snapshots of county " + county,
                        "SELECT aggregate_id, data FROM " + table + " WHERE kind = ? AND data->>'county' = ? ORDER BY aggregate_id",
                        row -> new Row(row.getString(1), json.readTree(row.getString(2))), kind, county)
                .forEach(row -> found.put(row.id(), row.data()));
        return found;
    }

    public void save(String kind, String aggregateId, Snapshot snapshot) {
        JsonNode data = snapshot.data();
        String failure = "Could not store the snapshot of " + kind + " " + aggregateId;
        String document;
        String increments;
        try {
            document = json.writeValueAsString(data);
            ObjectNode byDay = json.createObjectNode();
            snapshot.recordedIncrements().forEach((day, amount) -> byDay.put(day.toString(), amount.toPlainString()));
            increments = byDay.isEmpty() ? null : json.writeValueAsString(byDay);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(failure, e);
        }
        jdbc.update(failure,
                "INSERT INTO " + table + " (kind, aggregate_id, version, data, first_recorded, increments) VALUES (?, ?, ?, ?::jsonb, ?, ?::jsonb)"
                        + " ON CONFLICT (kind, aggregate_id) DO UPDATE SET version = EXCLUDED.version, data = EXCLUDED.data,"
                        + " increments = EXCLUDED.increments",
                kind, aggregateId, snapshot.version(), document, Date.valueOf(snapshot.firstRecorded()), increments);
    }

    private SortedMap<LocalDate, BigDecimal> increments(String document) throws IOException {
        SortedMap<LocalDate, BigDecimal> increments = new TreeMap<>();
        if (document != null) {
            json.readTree(document).fields().forEachRemaining(day ->
                    increments.put(LocalDate.parse(day.getKey()), new BigDecimal(day.getValue().asText())));
        }
        return increments;
    }
}
