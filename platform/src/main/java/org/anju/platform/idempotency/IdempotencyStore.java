package org.anju.platform.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;

/**
 * {@code platform_idempotency_keys} through plain JDBC (no entity: the table must not join an
 * application's persistence unit).
 * <p>
 * <b>The request's transaction owns its key.</b> A keyed request runs inside one JTA transaction
 * that begins with the key's row and ends with the response stored in it: the services' own
 * {@code @Transactional} work joins it, so the effect, its outbox events and the key commit
 * together or not at all. No crash point lets a retry apply a command twice: before the commit
 * neither the effect nor the key exists (the retry runs it once), after it both do (the retry
 * replays the response). A request holds one pooled connection, and a retry that finds its key in
 * progress waits without one.
 */
@Singleton
public class IdempotencyStore {

    private static final Logger LOG = Logger.getLogger(IdempotencyStore.class);
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    /** How long one attempt waits on a concurrent first attempt's row before it lets its connection go. */
    private static final Duration LOCK_PROBE = Duration.ofMillis(100);

    private final DataSource dataSource;
    private final IdempotencyConfig config;

    public IdempotencyStore(DataSource dataSource, IdempotencyConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    /** What a keyed request is to do. */
    sealed interface Outcome {
    }

    /**
     * The caller runs the request in the transaction now active on its thread and must end it with
     * {@link Claim#complete}, {@link Claim#remember} or {@link Claim#release}.
     */
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

    /**
     * Claims the key: on {@link Execute} a JTA transaction holding the key's uncommitted row is
     * active on the calling thread. A concurrent first attempt is waited for, probing briefly and
     * sleeping in between without a connection, up to {@code anju.idempotency.wait}.
     */
    Outcome claim(Key key, byte[] requestHash) throws SQLException {
        long deadline = System.nanoTime() + config.concurrentWait().toNanos();
        long pause = 20;
        while (true) {
            QuarkusTransaction.begin();
            boolean owned = false;
            try (Connection connection = dataSource.getConnection()) {
                Outcome outcome = attempt(connection, key, requestHash);
                owned = outcome instanceof Execute;
                if (outcome != null) {
                    return outcome;
                }
            } catch (SQLException e) {
                if (!LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                    throw e;
                }
            } finally {
                if (!owned) {
                    QuarkusTransaction.rollback();
                }
            }
            if (System.nanoTime() > deadline) {
                return new StillInProgress();
            }
            sleep(pause);
            pause = Math.min(pause * 2, 200);
        }
    }

    /** One try in the active transaction: null when a concurrent attempt holds the key (try again later). */
    private Outcome attempt(Connection connection, Key key, byte[] requestHash) throws SQLException {
        setLockTimeout(connection, Long.toString(LOCK_PROBE.toMillis()));
        if (insert(connection, key, requestHash)) {
            setLockTimeout(connection, null);
            return new Execute(new Claim(this, key, requestHash));
        }
        Outcome existing = existing(connection, key, requestHash);
        if (existing == null && insert(connection, key, requestHash)) {
            // an expired row was deleted just now
            setLockTimeout(connection, null);
            return new Execute(new Claim(this, key, requestHash));
        }
        return existing;
    }

    private static void setLockTimeout(Connection connection, String millis) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(millis == null ? "SET LOCAL lock_timeout TO DEFAULT" : "SET LOCAL lock_timeout = " + millis);
        }
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

    /** The committed row's verdict, or null when it had expired and is deleted now (in this transaction). */
    private Outcome existing(Connection connection, Key key, byte[] requestHash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT request_hash, response_status, response_content_type, response_body, response_location,
                       response_etag, expires_at < now() AS expired
                FROM platform_idempotency_keys
                WHERE caller = ? AND method = ? AND path = ? AND idempotency_key = ?""")) {
            bind(select, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return new StillInProgress(); // released between our insert and select: try again
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
    }

    private void store(Key key, byte[] requestHash, StoredResponse response, boolean insert) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(insert ? """
                     INSERT INTO platform_idempotency_keys (response_status, response_content_type, response_body,
                         response_location, response_etag, caller, method, path, idempotency_key, request_hash, expires_at)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now() + ? * interval '1 millisecond') ON CONFLICT DO NOTHING""" : """
                     UPDATE platform_idempotency_keys
                     SET response_status = ?, response_content_type = ?, response_body = ?, response_location = ?, response_etag = ?
                     WHERE caller = ? AND method = ? AND path = ? AND idempotency_key = ?""")) {
            statement.setInt(1, response.status());
            statement.setString(2, response.contentType());
            statement.setBytes(3, response.body());
            statement.setString(4, response.location());
            statement.setString(5, response.etag());
            statement.setString(6, key.caller());
            statement.setString(7, key.method());
            statement.setString(8, key.path());
            statement.setString(9, key.key());
            if (insert) {
                statement.setBytes(10, requestHash);
                statement.setLong(11, config.retention().toMillis());
            }
            statement.executeUpdate();
        }
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a concurrent request with the same Idempotency-Key", e);
        }
    }

    /**
     * An executing request's hold on its key: the uncommitted row in the transaction active on the
     * request's thread, which the request's own work joins. Exactly one of complete, remember and
     * release ends it.
     */
    static final class Claim {

        private final IdempotencyStore store;
        private final Key key;
        private final byte[] requestHash;
        private boolean open = true;

        private Claim(IdempotencyStore store, Key key, byte[] requestHash) {
            this.store = store;
            this.key = key;
            this.requestHash = requestHash;
        }

        /**
         * Stores the (successful) response with the key and commits the request's transaction: the
         * effect and the key together. Throws when the commit fails (nothing of the request stays).
         */
        synchronized void complete(StoredResponse response) throws SQLException {
            end();
            boolean committed = false;
            try {
                store.store(key, requestHash, response, false);
                QuarkusTransaction.commit();
                committed = true;
            } finally {
                if (!committed && QuarkusTransaction.isActive()) {
                    QuarkusTransaction.rollback();
                }
            }
        }

        /**
         * A refusal (4xx): whatever the request did is rolled back, and the refusal is remembered on
         * its own, so that the same request gets the same answer.
         */
        synchronized void remember(StoredResponse response) throws SQLException {
            end();
            if (QuarkusTransaction.isActive()) {
                QuarkusTransaction.rollback();
            }
            QuarkusTransaction.requiringNew().call(() -> {
                store.store(key, requestHash, response, true);
                return null;
            });
        }

        /** Forgets the key (the attempt failed): everything is rolled back, and a retry runs the request itself. */
        synchronized void release() {
            if (open) {
                open = false;
                if (QuarkusTransaction.isActive()) {
                    QuarkusTransaction.rollback();
                }
            }
        }

        private void end() {
            if (!open) {
                throw new IllegalStateException("the idempotency claim is already settled");
            }
            open = false;
        }
    }
}
