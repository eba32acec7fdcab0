package org.anju.platform.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.platform.events.EventEnvelope;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Event-carried state is applied only when it is newer than what the consumer holds, so
 * duplicates, replays and late older snapshots are harmless.
 */
@ApplicationScoped
public class AggregateVersions {

    private final DataSource dataSource;

    public AggregateVersions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code apply} if the event's version is newer than the stored one for its aggregate,
     * and records the new version; returns whether it ran. Call it inside the handler's transaction.
     */
    public boolean applyIfNewer(EventEnvelope event, Runnable apply) {
        if (!advance(event.source(), event.subject(), event.aggregateVersion())) {
            return false;
        }
        apply.run();
        return true;
    }

    /** Stores {@code version} for the aggregate if it is newer; returns whether it was. */
    public boolean advance(String stream, String aggregateId, long version) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement(
                     "INSERT INTO platform_aggregate_versions (stream, aggregate_id, version) VALUES (?, ?, ?)"
                             + " ON CONFLICT (stream, aggregate_id) DO UPDATE SET version = EXCLUDED.version"
                             + " WHERE platform_aggregate_versions.version < EXCLUDED.version")) {
            upsert.setString(1, stream);
            upsert.setString(2, aggregateId);
            upsert.setLong(3, version);
            return upsert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the version of " + aggregateId, e);
        }
    }
}
