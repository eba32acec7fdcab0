package org.anju.gateway.repository;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** The time of the newest event applied per topic, kept so that the figures' {@code asOf} survives a restart. */
@ApplicationScoped
public class TopicTimeRepository {

    private final Jdbc jdbc;

    public TopicTimeRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** Records that events up to these times were applied from these topics, one statement per topic; an older time changes nothing. */
    public void applied(Map<String, OffsetDateTime> newestByTopic) {
        new TreeMap<>(newestByTopic).forEach((topic, time) -> jdbc.update("Could not record the time of the newest event of " + topic,
                "INSERT INTO gw_topic_times AS t (topic, last_event_time) VALUES (?, ?) ON CONFLICT (topic)"
                        + " DO UPDATE SET last_event_time = GREATEST(t.last_event_time, EXCLUDED.last_event_time)",
                topic, time));
    }

    /** Topic → the time of the newest event applied from it (UTC). */
    public Map<String, OffsetDateTime> all() {
        Map<String, OffsetDateTime> times = new HashMap<>();
        jdbc.list("Could not read the topics' newest event times", "SELECT topic, last_event_time FROM gw_topic_times",
                        row -> Map.entry(row.getString(1), row.getObject(2, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC)))
                .forEach(entry -> times.put(entry.getKey(), entry.getValue()));
        return times;
    }
}
