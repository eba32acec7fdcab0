package org.anju.platform.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * {@code platform_idempotency_keys} through plain JDBC (no entity: the table must not join an
 * application's persistence unit). How waiting works is described in V0_2__idempotency_keys.sql.
 */
@Singleton
public class IdempotencyStore {

    private static final Logger LOG = Logger.getLogger(IdempotencyStore.class);
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    /** Enough for: an expired row deleted, then a concurrent first attempt that failed and released. */
    private static final int MAX_ATTEMPTS = 3;

    private final DataSource dataSource;
    private final IdempotencyConfig config;

    public IdempotencyStore(DataSource dataSource, IdempotencyConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    /** What a keyed request is to do. */
    sealed interface Outcome {
    }

    /** The caller runs the request and must {@link Claim#complete} or {@link Claim#release} the claim. */
    record Execute(Claim claim) implements Outcome {
    }

    record Replay(StoredResponse response) implements Outcome {
    }

    record BodyMismatch() implements Outcome {
    }

    record StillInProgress() implements Outcome {
    }

    /** Identifies a keyed request: the key is scoped to the caller and the method and path. */
    record Key(String caller, String method, String path, String key) {
    }

    Outcome claim(Key key, byte[] requestHash) throws SQLException {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Connection connection = dataSource.getConnection();
            boolean owned = false;
            try {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET LOCAL lock_timeout = " + Math.max(1, config.concurrentWait().toMillis()));
                }
                if (insert(connection, key, requestHash)) {
                    owned = true;
                    return new Execute(new Claim(connection, key));
                }
                Outcome existing = existing(connection, key, requestHash);
                if (existing != null) {
                    return existing;
                }
            } catch (SQLException e) {
                if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                    return new StillInProgress();
                }
                throw e;
            } finally {
                if (!owned) {
                    close(connection);
                }
            }
        }
        return new StillInProgress();
    }

    private boolean insert(Connection connection, Key key, byte[] requestHash) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO platform_idempotency_keys (caller, method, path, idempotency_key, request_hash, expires_at)
                VALUES (?, ?, ?, ?, ?, now() + ? * interval '1 millisecond') ON CONFLICT DO NOTHING""")) {
            // expiry on the database's clock, like every comparison with it
            bind(insert, key);
            insert.setBytes(5, requestHash);
            insert.setLong(6, config.retention().toMillis());
            return insert.executeUpdate() == 1;
        }
    }

    /** The committed row's verdict, or null when there is none (any more) and the claim is to be tried again. */
    private Outcome existing(Connection connection, Key key, byte[] requestHash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT request_hash, response_status, response_content_type, response_body, response_location,
                       response_etag, expires_at < now() AS expired
                FROM platform_idempotency_keys
                WHERE caller = ? AND method = ? AND path = ? AND idempotency_key = ?""")) {
            bind(select, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null; // the first attempt failed and released the key
                }
                if (row.getBoolean("expired")) {
                    delete(connection, key);
                    return null;
                }
                if (!Arrays.equals(row.getBytes("request_hash"), requestHash)) {
                    return new BodyMismatch();
                }
                return new Replay(new StoredResponse(row.getInt("response_status"), row.getString("response_content_type"),
                        row.getBytes("response_body"), row.getString("response_location"), row.getString("response_etag")));
            }
        }
    }

    private void delete(Connection connection, Key key) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("""
                DELETE FROM platform_idempotency_keys
                WHERE caller = ? AND method = ? AND path = ? AND idempotency_key = ? AND expires_at < now()""")) {
            bind(delete, key);
            delete.executeUpdate();
        }
        connection.commit();
    }

    @Scheduled(every = "${anju.idempotency.purge-every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgePeriodically() throws SQLException {
        purgeExpired();
    }

    /** Deletes expired keys and returns how many. */
    public int purgeExpired() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            int purged = statement.executeUpdate("DELETE FROM platform_idempotency_keys WHERE expires_at < now()");
            if (purged > 0) {
                LOG.debugf("Purged %d expired idempotency keys", purged);
            }
            return purged;
        }
    }

    private static void bind(PreparedStatement statement, Key key) throws SQLException {
        statement.setString(1, key.caller());
        statement.setString(2, key.method());
        statement.setString(3, key.path());
        statement.setString(4, key.key());
    }

    /** Rolls back whatever is uncommitted (nothing after a commit) and returns the connection. */
    private static void close(Connection connection) {
        try (connection) {
            connection.rollback();
        } catch (SQLException e) {
            LOG.warn("Could not roll back an idempotency-key transaction", e);
        }
    }

    /**
     * An executing request's hold on its key: the uncommitted row and its open transaction.
     * Exactly one of complete/release takes effect; later calls do nothing.
     */
    static final class Claim {

        private final Connection connection;
        private final Key key;
        private boolean open = true;

        private Claim(Connection connection, Key key) {
            this.connection = connection;
            this.key = key;
        }

        /** Stores the response and commits: from now on retries replay it. */
        synchronized void complete(StoredResponse response) throws SQLException {
            if (!open) {
                return;
            }
            open = false;
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE platform_idempotency_keys
                    SET response_status = ?, response_content_type = ?, response_body = ?, response_location = ?, response_etag = ?
                    WHERE caller = ? AND method = ? AND path = ? AND idempotency_key = ?""")) {
                update.setInt(1, response.status());
                update.setString(2, response.contentType());
                update.setBytes(3, response.body());
                update.setString(4, response.location());
                update.setString(5, response.etag());
                update.setString(6, key.caller());
                update.setString(7, key.method());
                update.setString(8, key.path());
                update.setString(9, key.key());
                update.executeUpdate();
                connection.commit();
            } finally {
                close(connection);
            }
        }

        /** Forgets the key (the attempt failed): a waiting or later retry runs the request itself. */
        synchronized void release() {
            if (open) {
                open = false;
                close(connection);
            }
        }
    }
}
