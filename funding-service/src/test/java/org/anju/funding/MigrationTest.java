package org.anju.funding;

import org.anju.localstack.EmbeddedPostgresServer;
import org.anju.testing.TestStack;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V2 (a document recorded once) migrates a ledger that already holds a document twice, as the
 * issue's doubled POLICY_LOAN receipt does: both copies stay, only the first holds the number,
 * and no third can be written. Runs the migrations on a database of its own.
 */
class MigrationTest {

    private static final String DOUBLED = "晋财金〔2019〕3号";

    @Test
    void aLedgerWithADocumentRecordedTwiceMigratesKeepingBothCopiesAndRefusingAThird() throws Exception {
        try (Connection db = DriverManager.getConnection(TestStack.get().freshDatabase("funding_v2"),
                EmbeddedPostgresServer.USER, "postgres")) {
            run(db, "db/migration/V1__ledger.sql");
            UUID first = insert(db, "RECEIPT", null, DOUBLED, null, null, "2019-03-01T01:00:00Z");
            UUID copy = insert(db, "RECEIPT", null, DOUBLED, null, null, "2019-03-01T01:05:00Z");
            insert(db, "REVERSAL", null, DOUBLED, null, copy, "2019-03-02T01:00:00Z");
            // rewards of one rule paid before: one number, one payment per reward
            insert(db, "EXPENDITURE", "140721", "reward yushe-village-demolished", UUID.randomUUID(), null, "2019-04-01T01:00:00Z");
            insert(db, "EXPENDITURE", "140721", "reward yushe-village-demolished", UUID.randomUUID(), null, "2019-04-02T01:00:00Z");
            // blank numbers are no numbers
            insert(db, "DISBURSEMENT", "140721", "", null, null, "2019-05-01T01:00:00Z");
            insert(db, "DISBURSEMENT", "140721", " ", null, null, "2019-05-02T01:00:00Z");

            run(db, "db/migration/V2__entry_document_unique.sql");

            assertThat(copies(db)).containsExactly(copy);
            assertThatThrownBy(() -> insert(db, "RECEIPT", null, DOUBLED, null, null, "2019-06-01T01:00:00Z"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("ledger_entry_document_unique");
            assertThat(first).isNotEqualTo(copy);
        }
    }

    private static void run(Connection db, String script) throws IOException, SQLException {
        try (InputStream in = MigrationTest.class.getClassLoader().getResourceAsStream(script);
             Statement statement = db.createStatement()) {
            statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** An entry of POLICY_LOAN as an earlier version of the service could have written it. */
    private static UUID insert(Connection db, String kind, String county, String document, UUID reward, UUID reverses,
                               String recordedAt) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO ledger_entry (id, kind, source, county, purpose, amount, occurred_on, document_number, reward_id,
                                          reverses_entry_id, reversed_kind, reason, recorded_at)
                VALUES (?, ?, 'POLICY_LOAN', ?, ?, 100.00, DATE '2019-03-01', ?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, kind);
            insert.setString(3, county);
            insert.setString(4, kind.equals("EXPENDITURE") ? "DEMOLITION_RECLAMATION_REWARD" : null);
            insert.setString(5, document);
            insert.setObject(6, reward);
            insert.setObject(7, reverses);
            insert.setString(8, reverses == null ? null : "RECEIPT");
            insert.setString(9, reverses == null ? null : "recorded twice");
            insert.setTimestamp(10, Timestamp.from(Instant.parse(recordedAt)));
            insert.executeUpdate();
        }
        return id;
    }

    private static List<UUID> copies(Connection db) throws SQLException {
        try (Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("SELECT id FROM ledger_entry WHERE document_copy ORDER BY recorded_at")) {
            List<UUID> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
            return ids;
        }
    }
}
