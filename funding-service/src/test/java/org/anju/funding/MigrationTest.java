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

            assertThat(copies(db, "document_copy")).containsExactly(copy);
            assertThatThrownBy(() -> insert(db, "RECEIPT", null, DOUBLED, null, null, "2019-06-01T01:00:00Z"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("ledger_entry_document_unique");
            assertThat(first).isNotEqualTo(copy);
        }
    }

    /**
     * V4 (numbers compared written out, per county) migrates entries that collide only once their
     * numbers are normalised: it does not fail, keeps both, marks the later one with the entry that
     * holds the document, and refuses a further copy; a county's copy V2 marked only because another
     * county held the number holds its own document again; a reversed entry stays released.
     */
    @Test
    void aLedgerWhoseNumbersCollideOnceWrittenOutMigratesKeepingAndMarkingTheLaterCopies() throws Exception {
        try (Connection db = DriverManager.getConnection(TestStack.get().freshDatabase("funding_v4"),
                EmbeddedPostgresServer.USER, "postgres")) {
            run(db, "db/migration/V1__ledger.sql");
            UUID first = insert(db, "RECEIPT", null, "RCPT-001", null, null, "2019-03-01T01:00:00Z");
            UUID spaced = insert(db, "RECEIPT", null, " RCPT-001\u3000", null, null, "2019-03-01T02:00:00Z");
            UUID wide = insert(db, "RECEIPT", null, "ｒｃｐｔ－００１", null, null, "2019-03-01T03:00:00Z");
            UUID reversed = insert(db, "RECEIPT", null, "RCPT-002", null, null, "2019-03-01T04:00:00Z");
            insert(db, "REVERSAL", null, "RCPT-002", null, reversed, "2019-03-01T05:00:00Z");
            UUID yushe = insert(db, "DISBURSEMENT", "140721", "DISB-1", null, null, "2019-05-01T01:00:00Z");
            UUID taigu = insert(db, "DISBURSEMENT", "140703", "DISB-1", null, null, "2019-05-02T01:00:00Z");
            run(db, "db/migration/V2__entry_document_unique.sql");
            assertThat(copies(db, "document_copy")).containsExactly(taigu);
            run(db, "db/migration/V3__reversal_releases_document.sql");

            run(db, "db/migration/V4__document_key_per_county.sql");

            assertThat(copies(db, "document_released AND kind <> 'REVERSAL'")).containsExactlyInAnyOrder(spaced, wide, reversed);
            assertThat(duplicateOf(db, spaced)).isEqualTo(first);
            assertThat(duplicateOf(db, wide)).isEqualTo(first);
            assertThat(duplicateOf(db, taigu)).isNull();
            assertThatThrownBy(() -> insert(db, "RECEIPT", null, "rcpt-001", null, null, "2019-06-01T01:00:00Z"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("ledger_entry_document_unique");
            assertThatThrownBy(() -> insert(db, "DISBURSEMENT", "140703", "disb-1 ", null, null, "2019-06-01T01:00:00Z"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("ledger_entry_document_unique");
            insert(db, "DISBURSEMENT", "140702", "DISB-1", null, null, "2019-06-02T01:00:00Z");
            insert(db, "RECEIPT", null, "RCPT-002", null, null, "2019-06-03T01:00:00Z");
            assertThat(yushe).isNotEqualTo(taigu);
        }
    }

    private static UUID duplicateOf(Connection db, UUID entry) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT document_duplicate_of FROM ledger_entry WHERE id = ?")) {
            query.setObject(1, entry);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getObject(1, UUID.class);
            }
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

    private static List<UUID> copies(Connection db, String condition) throws SQLException {
        try (Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("SELECT id FROM ledger_entry WHERE " + condition + " ORDER BY recorded_at")) {
            List<UUID> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
            return ids;
        }
    }
}
