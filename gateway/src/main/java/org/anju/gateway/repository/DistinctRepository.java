package org.anju.gateway.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Which aggregates refer to each member of a distinct count, from which day each, and the member's weight. */
@ApplicationScoped
public class DistinctRepository {

    /** A member ({@code memberKey}, e.g. a household id) of the distinct count {@code counter}; ordered by both. */
    public record Key(String counter, String memberKey) implements Comparable<Key> {

        @Override
        public int compareTo(Key other) {
            int byCounter = counter.compareTo(other.counter);
            return byCounter != 0 ? byCounter : memberKey.compareTo(other.memberKey);
        }
    }

    /**
     * @param references aggregate id → the day its reference counts from
     * @param weight     what the member adds while referred to
     */
    public record Member(Map<String, LocalDate> references, BigDecimal weight) {

        public static final Member NONE = new Member(Map.of(), BigDecimal.ZERO);

        public Member {
            references = Map.copyOf(references);
        }

        /** The day the member counts from: the earliest of its references' days, or null when nothing refers to it. */
        public LocalDate since() {
            return references.values().stream().min(LocalDate::compareTo).orElse(null);
        }
    }

    private final Jdbc jdbc;
    private final ObjectMapper json;
    private final String table;

    public DistinctRepository(DataSource dataSource, ObjectMapper json, ProjectionTables tables) {
        this.jdbc = new Jdbc(dataSource);
        this.json = json;
        this.table = tables.distinct();
    }

    /** The stored members among {@code keys} (those never stored are missing), read in one query and locked until the transaction ends. */
    public Map<Key, Member> findAllForUpdate(Collection<Key> keys) {
        Map<Key, Member> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        List<String> counters = new ArrayList<>();
        List<String> members = new ArrayList<>();
        new TreeSet<>(keys).forEach(key -> {
            counters.add(key.counter());
            members.add(key.memberKey());
        });
        jdbc.list("Could not read " + keys.size() + " distinct members",
                        "SELECT counter, member_key, refs, weight FROM " + table
                                + " WHERE (counter, member_key) IN (SELECT * FROM unnest(?::text[], ?::text[]))"
                                + " ORDER BY counter, member_key FOR UPDATE",
                        row -> {
                            Map<String, LocalDate> references = new TreeMap<>();
                            json.readTree(row.getString(3)).fields()
                                    .forEachRemaining(field -> references.put(field.getKey(), LocalDate.parse(field.getValue().asText())));
                            return Map.entry(new Key(row.getString(1), row.getString(2)), new Member(references, row.getBigDecimal(4)));
                        }, counters.toArray(String[]::new), members.toArray(String[]::new))
                .forEach(entry -> found.put(entry.getKey(), entry.getValue()));
        return found;
    }

    /** Stores these members in one statement, in key order. */
    public void saveAll(Map<Key, Member> members) {
        if (members.isEmpty()) {
            return;
        }
        int size = members.size();
        String[] counters = new String[size];
        String[] keys = new String[size];
        String[] documents = new String[size];
        BigDecimal[] weights = new BigDecimal[size];
        int i = 0;
        for (Map.Entry<Key, Member> entry : new TreeMap<>(members).entrySet()) {
            ObjectNode references = json.createObjectNode();
            new TreeMap<>(entry.getValue().references()).forEach((reference, day) -> references.put(reference, day.toString()));
            counters[i] = entry.getKey().counter();
            keys[i] = entry.getKey().memberKey();
            weights[i] = entry.getValue().weight();
            try {
                documents[i] = json.writeValueAsString(references);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Could not store distinct member " + keys[i] + " of " + counters[i], e);
            }
            i++;
        }
        jdbc.update("Could not store " + size + " distinct members",
                "INSERT INTO " + table + " (counter, member_key, refs, weight)"
                        + " SELECT c, m, r::jsonb, w FROM unnest(?::text[], ?::text[], ?::text[], ?::numeric[]) AS u (c, m, r, w)"
                        + " ON CONFLICT (counter, member_key) DO UPDATE SET refs = EXCLUDED.refs, weight = EXCLUDED.weight",
                counters, keys, documents, weights);
    }
}
