package org.anju.platform.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.anju.platform.outbox.Outbox;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import java.util.stream.LongStream;

@ApplicationScoped
public class ThingService {

    private final Outbox outbox;
    private final DataSource dataSource;

    public ThingService(Outbox outbox, DataSource dataSource) {
        this.outbox = outbox;
        this.dataSource = dataSource;
    }

    @Transactional
    public void change(ThingChanged.Thing... things) {
        for (ThingChanged.Thing thing : things) {
            outbox.record(new ThingChanged(thing));
        }
    }

    @Transactional
    public void changeThenFail(ThingChanged.Thing thing) {
        outbox.record(new ThingChanged(thing));
        throw new IllegalStateException("a rule broken after the event was recorded");
    }

    /** Records the event, then breaks a deferred constraint: the transaction fails at COMMIT, after the outbox wrote. */
    @Transactional
    public void changeThenFailAtCommit(ThingChanged.Thing thing) throws SQLException {
        outbox.record(new ThingChanged(thing));
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TEMP TABLE checked_at_commit (n int UNIQUE DEFERRABLE INITIALLY DEFERRED) ON COMMIT DROP");
            sql.execute("INSERT INTO checked_at_commit VALUES (1), (1)");
        }
    }

    public void changeWithoutTransaction(ThingChanged.Thing thing) {
        outbox.record(new ThingChanged(thing));
    }

    public static ThingChanged.Thing thing(String id, long version) {
        return new ThingChanged.Thing(id, "140723", version, "thing " + id + " v" + version);
    }

    public static ThingChanged.Thing[] versions(String id, int from, int to) {
        return LongStream.rangeClosed(from, to).mapToObj(v -> thing(id, v))
                .toArray(ThingChanged.Thing[]::new);
    }
}
