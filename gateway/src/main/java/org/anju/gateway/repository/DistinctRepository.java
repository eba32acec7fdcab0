package org.anju.gateway.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Which aggregates refer to each member of a distinct count, from which day each, and the member's weight. */
@ApplicationScoped
public class DistinctRepository {

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

    public Optional<Member> findForUpdate(String counter, String key) {
        return jdbc.first("Could not read distinct member " + key + " of " + counter,
                "SELECT refs, weight FROM " + table + " WHERE counter = ? AND member_key = ? FOR UPDATE",
                row -> {
                    Map<String, LocalDate> references = new TreeMap<>();
                    json.readTree(row.getString(1)).fields()
                            .forEachRemaining(field -> references.put(field.getKey(), LocalDate.parse(field.getValue().asText())));
                    return new Member(references, row.getBigDecimal(2));
                }, counter, key);
    }

    public void save(String counter, String key, Member member) {
        String failure = "Could not store distinct member " + key + " of " + counter;
        ObjectNode references = json.createObjectNode();
        new TreeMap<>(member.references()).forEach((reference, day) -> references.put(reference, day.toString()));
        String document;
        try {
            document = json.writeValueAsString(references);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(failure, e);
        }
        jdbc.update(failure,
                "INSERT INTO " + table + " (counter, member_key, refs, weight) VALUES (?, ?, ?::jsonb, ?)"
                        + " ON CONFLICT (counter, member_key) DO UPDATE SET refs = EXCLUDED.refs, weight = EXCLUDED.weight",
                counter, key, document, member.weight());
    }
}
