package org.anju.gateway.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** The newest snapshot of every aggregate, per kind. */
@ApplicationScoped
public class SnapshotRepository {

    /** Which aggregate a snapshot is of; ordered by kind, then id (the order rows are locked and written in). */
    public record Key(String kind, String aggregateId) implements Comparable<Key> {

        @Override
        public int compareTo(Key other) {
            int byKind = kind.compareTo(other.kind);
            return byKind != 0 ? byKind : aggregateId.compareTo(other.aggregateId);
        }
    }

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

    /**
     * The stored snapshots of these aggregates (those never applied are missing), read in one query and
     * locked until the transaction ends, so concurrent appliers of one aggregate serialise.
     */
    public Map<Key, Snapshot> findAllForUpdate(Collection<Key> keys) {
        Map<Key, Snapshot> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        List<String> kinds = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        new TreeSet<>(keys).forEach(key -> {
            kinds.add(key.kind());
            ids.add(key.aggregateId());
        });
        jdbc.list("Could not read the snapshots of " + keys.size() + " aggregates",
                        "SELECT kind, aggregate_id, version, data, first_recorded, increments FROM " + table
                                + " WHERE (kind, aggregate_id) IN (SELECT * FROM unnest(?::text[], ?::text[]))"
                                + " ORDER BY kind, aggregate_id FOR UPDATE",
                        row -> Map.entry(new Key(row.getString(1), row.getString(2)), new Snapshot(row.getLong(3),
                                json.readTree(row.getString(4)), row.getDate(5).toLocalDate(), increments(row.getString(6)))),
                        kinds.toArray(String[]::new), ids.toArray(String[]::new))
                .forEach(entry -> found.put(entry.getKey(), entry.getValue()));
        return found;
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

    /**
     * Stores these snapshots in one statement, in key order (an aggregate's {@code firstRecorded} is kept
     * from its first store).
     */
    public void saveAll(Map<Key, Snapshot> snapshots) {
        if (snapshots.isEmpty()) {
            return;
        }
        int size = snapshots.size();
        String[] kinds = new String[size];
        String[] ids = new String[size];
        Long[] versions = new Long[size];
        String[] documents = new String[size];
        Date[] firstRecorded = new Date[size];
        String[] increments = new String[size];
        int i = 0;
        for (Map.Entry<Key, Snapshot> entry : new TreeMap<>(snapshots).entrySet()) {
            Snapshot snapshot = entry.getValue();
            kinds[i] = entry.getKey().kind();
            ids[i] = entry.getKey().aggregateId();
            versions[i] = snapshot.version();
            firstRecorded[i] = Date.valueOf(snapshot.firstRecorded());
            try {
                documents[i] = json.writeValueAsString(snapshot.data());
                ObjectNode byDay = json.createObjectNode();
                snapshot.recordedIncrements().forEach((day, amount) -> byDay.put(day.toString(), amount.toPlainString()));
                increments[i] = byDay.isEmpty() ? null : json.writeValueAsString(byDay);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Could not store the snapshot of " + entry.getKey().kind() + " "
                        + entry.getKey().aggregateId(), e);
            }
            i++;
        }
        jdbc.update("Could not store the snapshots of " + size + " aggregates",
                "INSERT INTO " + table + " (kind, aggregate_id, version, data, first_recorded, increments)"
                        + " SELECT k, a, v, d::jsonb, f, i::jsonb FROM unnest(?::text[], ?::text[], ?::int8[], ?::text[], ?::date[], ?::text[])"
                        + " AS u (k, a, v, d, f, i)"
                        + " ON CONFLICT (kind, aggregate_id) DO UPDATE SET version = EXCLUDED.version, data = EXCLUDED.data,"
                        + " increments = EXCLUDED.increments",
                kinds, ids, versions, documents, firstRecorded, increments);
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
