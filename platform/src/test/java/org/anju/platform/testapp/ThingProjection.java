package org.anju.platform.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.platform.consumer.AggregateVersions;
import org.anju.platform.consumer.EventHandler;
import org.anju.platform.events.EventEnvelope;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Applies ThingChanged snapshots to test_things, recording every handled and applied event. */
@ApplicationScoped
public class ThingProjection implements EventHandler {

    public static final String FAILS_TO_APPLY = "fails-to-apply";
    /** A snapshot named {@code conflicts-N} meets a deadlock (SQLState 40P01) the first N times it is handled. */
    public static final String CONFLICTS = "conflicts-";

    private static final Map<String, AtomicInteger> CONFLICTS_SEEN = new ConcurrentHashMap<>();

    private final AggregateVersions versions;
    private final DataSource dataSource;

    public ThingProjection(AggregateVersions versions, DataSource dataSource) {
        this.versions = versions;
        this.dataSource = dataSource;
    }

    @Override
    public void handle(EventEnvelope event) {
        update("INSERT INTO test_handled (event_id, thing_id) VALUES (?, ?)", event.id(), event.subject());
        if (event.data().path("name").asText().equals(FAILS_TO_APPLY)) {
            throw new IllegalStateException("this snapshot breaks a rule of the projection");
        }
        String name = event.data().path("name").asText();
        if (name.startsWith(CONFLICTS) && CONFLICTS_SEEN.computeIfAbsent(event.id(), id -> new AtomicInteger())
                .incrementAndGet() <= Integer.parseInt(name.substring(CONFLICTS.length()))) {
            throw new IllegalStateException(new SQLException("deadlock detected", "40P01"));
        }
        versions.applyIfNewer(event, () -> {
            update("INSERT INTO test_things (id, county, version, name) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (id) DO UPDATE SET county = EXCLUDED.county, version = EXCLUDED.version, name = EXCLUDED.name",
                    event.subject(), event.county(), event.aggregateVersion(), event.data().path("name").asText());
            update("INSERT INTO test_applied (thing_id, version) VALUES (?, ?)", event.subject(), event.aggregateVersion());
        });
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
