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
import java.util.UUID;

/**
 * Records domain events in the caller's transaction: they are published if and only if the
 * transaction commits.
 */
@ApplicationScoped
public class Outbox {

    private static final String WAKE_KEY = Outbox.class.getName() + ".wake";

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

    /** Records the event; must run inside an active transaction. */
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
        // the connection is the transaction's own, so the row commits or rolls back with the change
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO platform_outbox (event_id, topic, message_key, event_type, aggregate_version, payload)"
                             + " VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, topic);
            insert.setString(3, event.aggregateId());
            insert.setString(4, codec.type(event));
            insert.setLong(5, event.aggregateVersion());
            insert.setBytes(6, payload);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record event " + event.eventName(), e);
        }
        wakeRelayAfterCommit();
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_KEY) != null) {
            return;
        }
        transactions.putResource(WAKE_KEY, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
