package org.anju.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.anju.platform.events.CloudEventCodec;
import org.anju.platform.events.DomainEvent;
import org.anju.platform.events.EventsConfig;
import org.anju.platform.i18n.Message;
import org.anju.platform.problem.ProblemException;
import org.anju.platform.problem.ProblemType;
import org.anju.platform.time.ProgrammeClock;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Records domain events in the caller's transaction: they are published if and only if the
 * transaction commits.
 */
@ApplicationScoped
public class Outbox {

    private static final String PENDING_KEY = Outbox.class.getName() + ".pending";

    private final DataSource dataSource;
    private final CloudEventCodec codec;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final String topic;
    private final int maxEventBytes;
    private final ProgrammeClock clock;

    public Outbox(DataSource dataSource, CloudEventCodec codec, TransactionSynchronizationRegistry transactions,
                  OutboxRelay relay, EventsConfig config, OutboxConfig outbox, ProgrammeClock clock) {
        this.dataSource = dataSource;
        this.codec = codec;
        this.transactions = transactions;
        this.relay = relay;
        this.topic = config.topic().orElse(null);
        this.maxEventBytes = outbox.maxEventBytes();
        this.clock = clock;
    }

    /**
     * Records the event; must run inside an active transaction. The event is encoded and checked now (a
     * {@code 413} problem when it is larger than {@code anju.outbox.max-event-bytes}); its row is written just before
     * the transaction commits, with every other event of the transaction in one batch, on the transaction's own
     * connection, so the rows commit or roll back with the change.
     */
    public void record(DomainEvent event) {
        if (topic == null) {
            throw new IllegalStateException("anju.events.topic is not configured: this application publishes no events");
        }
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("Outbox.record needs an active transaction: " + event.eventName());
        }
        UUID id = UUID.randomUUID();
        byte[] payload = codec.encode(event, id, clock.nowUtc());
        if (payload.length > maxEventBytes) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Message.of("problem.event-too-large", payload.length, maxEventBytes));
        }
        pending().add(new Row(id, event.aggregateId(), codec.type(event), event.aggregateVersion(), payload));
    }

    private record Row(UUID eventId, String key, String type, long aggregateVersion, byte[] payload) {
    }

    /** The transaction's events not yet written, in the order recorded; the first call registers their writing. */
    @SuppressWarnings("unchecked")
    private List<Row> pending() {
        List<Row> rows = (List<Row>) transactions.getResource(PENDING_KEY);
        if (rows == null) {
            List<Row> recorded = new ArrayList<>();
            transactions.putResource(PENDING_KEY, recorded);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    write(recorded);
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        relay.wake();
                    }
                }
            });
            rows = recorded;
        }
        return rows;
    }

    /** Runs only when the transaction is about to commit; a failure here rolls it back. */
    private void write(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            // a connection outside the transaction would commit the rows on their own
            throw new IllegalStateException("the transaction is no longer active: its events cannot be written");
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO platform_outbox (event_id, topic, message_key, event_type, aggregate_version, payload)"
                             + " VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Row row : rows) {
                insert.setObject(1, row.eventId());
                insert.setString(2, topic);
                insert.setString(3, row.key());
                insert.setString(4, row.type());
                insert.setLong(5, row.aggregateVersion());
                insert.setBytes(6, row.payload());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record " + rows.size() + " events, the first " + rows.get(0).type(), e);
        }
        rows.clear();
    }
}
