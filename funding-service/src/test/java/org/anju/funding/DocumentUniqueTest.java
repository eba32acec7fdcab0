package org.anju.funding;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.anju.funding.FundingApi.ADMIN;
import static org.anju.funding.FundingApi.DISBURSEMENTS;
import static org.anju.funding.FundingApi.EXPENDITURES;
import static org.anju.funding.FundingApi.RECEIPTS;
import static org.anju.funding.FundingApi.as;
import static org.anju.funding.FundingApi.atOnce;
import static org.anju.funding.FundingApi.balance;
import static org.anju.funding.FundingApi.fund;
import static org.anju.funding.FundingApi.officerOf;
import static org.anju.funding.FundingApi.post;
import static org.anju.funding.FundingApi.receipt;
import static org.anju.funding.FundingApi.reverse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A document is recorded once per kind of entry, source and county (issue "intake": a retried upload
 * recorded a POLICY_LOAN receipt twice), its number compared written out (NFKC, spaces trimmed and
 * collapsed) and ignoring case: checked by the ledger, and by a unique index for concurrent postings. Receipts are dated 2019-07-01: before the dates on which other tests
 * disburse all the city holds, after the reconciled period 2016-2018. County money is CITY_FISCAL
 * in 140725 and 140728 and CENTRAL_BUDGET in 140725 and 140729, whose balances of those sources no other test reads,
 * funded and spent from 2025 on.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class DocumentUniqueTest {

    @Inject
    DataSource dataSource;

    @Test
    void aSecondReceiptOfTheSameSourceAndDocumentIsRefusedNamingTheFirstAndChangesNothing() throws SQLException {
        String document = document("晋财金〔2025〕");
        String received = balance("RECEIVED/POLICY_LOAN/140700");
        String first = post(ADMIN, RECEIPTS, receiptOf("POLICY_LOAN", document)).statusCode(201).extract().path("id");

        post(ADMIN, RECEIPTS, receiptOf("POLICY_LOAN", document)).statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("entry-document-unique"))
                .body("detail", equalTo("Receipt of POLICY_LOAN with document number " + document
                        + " is already recorded as entry " + first));
        // a retried upload with a new Idempotency-Key: the key's one transaction gives the same answer
        as(ADMIN).header("Idempotency-Key", UUID.randomUUID().toString()).body(receiptOf("POLICY_LOAN", document))
                .post(RECEIPTS).then().statusCode(409).body("rule", equalTo("entry-document-unique"));

        assertThat(FundingApi.entriesWithDocument(dataSource, "id", document)).containsExactly(first);
        assertThat(new BigDecimal(balance("RECEIVED/POLICY_LOAN/140700")))
                .isEqualByComparingTo(new BigDecimal(received).add(new BigDecimal("100.00")));
    }

    @Test
    void theSameNumberIsAnotherDocumentForAnotherKindOrSourceAndAReversalRepeatsIt() {
        String document = document("晋中财建〔2025〕");
        fund("CITY_FISCAL", "140725", "10.00", "2025-01-02");

        post(ADMIN, RECEIPTS, receiptOf("CITY_FISCAL", document)).statusCode(201);
        post(ADMIN, RECEIPTS, receiptOf("CENTRAL_BUDGET", document)).statusCode(201);
        post(ADMIN, DISBURSEMENTS, disbursementOf(document)).statusCode(201);
        String spent = spendingOf("140725", document).get().statusCode(201).extract().path("id");
        post(ADMIN, DISBURSEMENTS, disbursementOf(document)).statusCode(409).body("rule", equalTo("entry-document-unique"));
        spendingOf("140725", document).get().statusCode(409)
                .body("detail", equalTo("Expenditure of CITY_FISCAL with document number " + document
                        + " is already recorded as entry " + spent));

        String reversal = reverse(ADMIN, spent, "wrong purpose", "2025-03-04").statusCode(201)
                .body("documentNumber", equalTo(document)).extract().path("id");
        assertThat(reversal).isNotEqualTo(spent);
    }

    /** A reversed entry gives its document back: the corrected entry is recorded under the same number, once. */
    @Test
    void aReversedEntrysDocumentMayBeRecordedAgainOnceForTheCorrectedEntry() {
        String document = document("晋中财建〔2025〕更正");
        fund("CITY_FISCAL", "140725", "10.00", "2025-01-02");
        String wrong = spendingOf("140725", document).get().statusCode(201).extract().path("id");
        reverse(ADMIN, wrong, "wrong purpose", "2025-03-04").statusCode(201);

        String corrected = spendingOf("140725", document).get().statusCode(201).extract().path("id");
        spendingOf("140725", document).get().statusCode(409)
                .body("detail", equalTo("Expenditure of CITY_FISCAL with document number " + document
                        + " is already recorded as entry " + corrected));
        assertThat(corrected).isNotEqualTo(wrong);
    }

    @Test
    void entriesWithoutADocumentNumberAreNotHeldToOne() {
        receipt("CITY_FISCAL", "4.00", "2025-02-01");

        for (String none : List.of("null", "\"\"", "\"  \"", "null")) {
            post(ADMIN, DISBURSEMENTS, """
                    {"source": "CITY_FISCAL", "county": "140725", "amount": "1.00", "disbursedOn": "2025-02-02", "documentNumber": %s}"""
                    .formatted(none)).statusCode(201).body("documentNumber", nullValue());
        }
    }

    @Test
    void ofTwoConcurrentReceiptsOfOneDocumentOneIsRecordedAndTheOtherRefused() throws Exception {
        // both lock the city's POLICY_LOAN balances, so the second sees the first when it checks
        for (int round = 0; round < 3; round++) {
            String document = document("晋财金〔2026〕");
            Supplier<ValidatableResponse> upload = () -> post(ADMIN, RECEIPTS, receiptOf("POLICY_LOAN", document));

            assertOneRecordedAndOneRefused(atOnce(List.of(upload, upload)), document);
        }
    }

    @Test
    void ofTwoConcurrentExpendituresOfOneCountyAndDocumentOneIsRecordedAndTheOtherRefused() throws Exception {
        // the document is the county's: both lock the county's CITY_FISCAL balance, the second sees the first
        fund("CITY_FISCAL", "140725", "10.00", "2025-03-02");
        for (int round = 0; round < 3; round++) {
            String document = document("榆财〔2025〕");

            assertOneRecordedAndOneRefused(atOnce(List.of(spendingOf("140725", document), spendingOf("140725", document))), document);
        }
    }

    /**
     * A county's disbursements and expenditures are numbered by that county's documents: another
     * county's entry with the same number neither blocks the county nor is named to it.
     */
    @Test
    void theSameNumberInTwoCountiesIsTwoDocumentsAndTheRefusalNamesTheCallersOwnEntry() {
        String document = document("EXP-DUP-");
        fund("CITY_FISCAL", "140725", "10.00", "2025-03-02");
        fund("CITY_FISCAL", "140728", "10.00", "2025-03-02");
        String other = spendingBy(officerOf("140728"), "140728", document).statusCode(201).extract().path("id");

        String own = spendingBy(officerOf("140725"), "140725", document).statusCode(201).extract().path("id");
        post(ADMIN, RECEIPTS, receiptOf("CENTRAL_BUDGET", document("晋财建〔2025〕"))).statusCode(201);
        String detail = spendingBy(officerOf("140725"), "140725", " " + document.toLowerCase(Locale.ROOT)).statusCode(409)
                .body("rule", equalTo("entry-document-unique")).extract().path("detail");

        assertThat(detail).isEqualTo("Expenditure of CITY_FISCAL with document number " + document.toLowerCase(Locale.ROOT)
                + " is already recorded as entry " + own).doesNotContain(other);
        as(officerOf("140725")).get("/api/v1/entries/" + own).then().statusCode(200);
        post(ADMIN, DISBURSEMENTS, disbursementOf(document)).statusCode(201);
        post(ADMIN, DISBURSEMENTS, disbursementOf(document).replace("140725", "140729")).statusCode(201);
        post(ADMIN, DISBURSEMENTS, disbursementOf(document + " ")).statusCode(409).body("rule", equalTo("entry-document-unique"));
    }

    /** Issue: " RCPT-001　", "ＲＣＰＴ－００１" and "rcpt-001" were each recorded beside "RCPT-001", "DISB-001 " beside "DISB-001". */
    @Test
    void aNumberIsTheSameDocumentWhateverItsSpacesWidthOrCaseAndIsStoredWrittenOut() throws SQLException {
        String number = "RCPT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String first = post(ADMIN, RECEIPTS, receiptOf("POLICY_LOAN", number)).statusCode(201).extract().path("id");

        for (String typed : List.of(" " + number + "\u3000", fullWidth(number), number.toLowerCase(Locale.ROOT),
                "\u00a0\u200b" + fullWidth(number.toLowerCase(Locale.ROOT)) + "\\t")) {
            post(ADMIN, RECEIPTS, receiptOf("POLICY_LOAN", typed)).statusCode(409)
                    .body("rule", equalTo("entry-document-unique"))
                    .body("detail", endsWith(" is already recorded as entry " + first));
        }
        assertThat(entriesWithKey(number)).containsExactly(first);

        post(ADMIN, RECEIPTS, receiptOf("CENTRAL_BUDGET", document("晋财建〔2025〕"))).statusCode(201);
        String disbursement = "DISB-" + UUID.randomUUID().toString().substring(0, 8);
        post(ADMIN, DISBURSEMENTS, disbursementOf(disbursement)).statusCode(201).body("documentNumber", equalTo(disbursement));
        post(ADMIN, DISBURSEMENTS, disbursementOf(disbursement + " ")).statusCode(409);
        post(ADMIN, DISBURSEMENTS, disbursementOf(fullWidth(disbursement.toUpperCase(Locale.ROOT)))).statusCode(409);

        // stored as written out: trimmed, ASCII, one space between words, the case as typed
        String spaced = "晋财建〔２０２５〕" + UUID.randomUUID().toString().substring(0, 6);
        post(ADMIN, RECEIPTS, receiptOf("POLICY_LOAN", "\u3000 " + spaced.replace("〕", "〕 \u3000 ") + "号 ")).statusCode(201)
                .body("documentNumber", equalTo(spaced.replace("２０２５", "2025").replace("〕", "〕 ") + "号"));
        fund("CITY_FISCAL", "140725", "10.00", "2025-03-02");
        String expenditure = document("榆财〔2025〕");
        spendingOf("140725", expenditure).get().statusCode(201);
        spendingOf("140725", "  " + fullWidth(expenditure) + "\u2003").get().statusCode(409);
    }

    @Test
    void aNumberLongerThanTheColumnOnceWrittenOutIsA400NamingTheField() {
        // each ㍿ (one character) is 株式会社 (four) in NFKC
        post(ADMIN, RECEIPTS, receiptOf("POLICY_LOAN", "㍿".repeat(30))).statusCode(400)
                .body("errors[0].field", equalTo("documentNumber"));
        post(ADMIN, RECEIPTS, receiptOf("POLICY_LOAN", "㍿".repeat(25) + UUID.randomUUID().toString().substring(0, 4)))
                .statusCode(400);
    }

    @Test
    void aDocumentThatAConcurrentTransactionRecordsFirstIsRefusedByTheUniqueIndexNamingItsEntry() throws Exception {
        String document = document("晋财金〔2027〕");
        UUID first = UUID.randomUUID();
        try (Connection concurrent = dataSource.getConnection()) {
            concurrent.setAutoCommit(false);
            insertReceipt(concurrent, first, document, false);
            // the upload cannot see the uncommitted entry when it checks; writing its own, it waits on the index
            CompletableFuture<ExtractableResponse<Response>> upload = CompletableFuture.supplyAsync(
                    () -> post(ADMIN, RECEIPTS, receiptOf("POLICY_LOAN", document)).extract());
            Thread.sleep(1_000);
            concurrent.commit();

            ExtractableResponse<Response> refused = upload.get(30, TimeUnit.SECONDS);
            try (PreparedStatement delete = concurrent.prepareStatement("DELETE FROM ledger_entry WHERE id = ?")) {
                delete.setObject(1, first); // it moved no balance: not an entry to leave behind
                delete.executeUpdate();
                concurrent.commit();
            }

            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(refused.<String>path("rule")).isEqualTo("entry-document-unique");
            assertThat(refused.<String>path("detail")).endsWith(" is already recorded as entry " + first);
        }
        assertThat(FundingApi.entriesWithDocument(dataSource, "id", document)).isEmpty();
    }

    @Test
    void theDatabaseHoldsADocumentToOneEntryWhateverWritesIt() throws SQLException {
        String document = document("晋财金〔2028〕");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                insertReceipt(connection, UUID.randomUUID(), document, false);
                Savepoint beforeDuplicate = connection.setSavepoint();
                assertThatThrownBy(() -> insertReceipt(connection, UUID.randomUUID(), document, false))
                        .isInstanceOf(SQLException.class).hasMessageContaining("ledger_entry_document_unique");
                connection.rollback(beforeDuplicate);
                // the database compares the number written out and ignoring case, whatever writes it
                assertThatThrownBy(() -> insertReceipt(connection, UUID.randomUUID(), " " + fullWidth(document.toUpperCase(Locale.ROOT)) + "\u3000", false))
                        .isInstanceOf(SQLException.class).hasMessageContaining("ledger_entry_document_unique");
                connection.rollback(beforeDuplicate);
                // a copy recorded before the index existed, marked so by the migration, is left alone
                insertReceipt(connection, UUID.randomUUID(), document, true);
            } finally {
                connection.rollback();
            }
        }
    }

    private void assertOneRecordedAndOneRefused(List<ExtractableResponse<Response>> answers, String document) throws SQLException {
        assertThat(answers).extracting(ExtractableResponse::statusCode).containsExactlyInAnyOrder(201, 409);
        ExtractableResponse<Response> recorded = answers.stream().filter(answer -> answer.statusCode() == 201).findFirst().orElseThrow();
        ExtractableResponse<Response> refused = answers.stream().filter(answer -> answer.statusCode() == 409).findFirst().orElseThrow();
        String id = recorded.path("id");

        assertThat(refused.<String>path("rule")).isEqualTo("entry-document-unique");
        assertThat(refused.<String>path("detail")).endsWith(" with document number " + document + " is already recorded as entry " + id);
        assertThat(FundingApi.entriesWithDocument(dataSource, "id", document)).containsExactly(id);
    }

    /** A receipt written past the ledger (no balance moves): what the database alone allows. */
    private static void insertReceipt(Connection connection, UUID id, String document, boolean copy) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO ledger_entry (id, kind, source, amount, occurred_on, document_number, recorded_at, document_released)
                VALUES (?, 'RECEIPT', 'POLICY_LOAN', 1.00, DATE '2025-01-01', ?, ?, ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, document);
            insert.setTimestamp(3, Timestamp.from(Instant.parse("2025-01-01T00:00:00Z")));
            insert.setBoolean(4, copy);
            insert.executeUpdate();
        }
    }

    /** The ids of the entries whose number is {@code number} written out, ignoring case, in recording order. */
    private List<String> entriesWithKey(String number) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT id FROM ledger_entry WHERE document_key = upper(?) ORDER BY recorded_at, id")) {
            query.setString(1, number);
            try (ResultSet rows = query.executeQuery()) {
                List<String> ids = new java.util.ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
                return ids;
            }
        }
    }

    /** The number as a full-width keyboard types it (ＲＣＰＴ－００１). */
    private static String fullWidth(String ascii) {
        StringBuilder wide = new StringBuilder();
        ascii.codePoints().forEach(c -> wide.appendCodePoint(c > 0x20 && c < 0x7f ? c + 0xFEE0 : c));
        return wide.toString();
    }

    private static ValidatableResponse spendingBy(String token, String county, String document) {
        return post(token, EXPENDITURES, """
                {"source": "CITY_FISCAL", "county": "%s", "purpose": "OTHER", "amount": "1.00", "spentOn": "2025-03-03", "documentNumber": "%s"}"""
                .formatted(county, document));
    }

    /** A document number no other test uses. */
    private static String document(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8) + "号";
    }

    private static String receiptOf(String source, String document) {
        return """
                {"source": "%s", "amount": "100.00", "receivedOn": "2019-07-01", "documentNumber": "%s"}""".formatted(source, document);
    }

    private static String disbursementOf(String document) {
        return """
                {"source": "CENTRAL_BUDGET", "county": "140725", "amount": "1.00", "disbursedOn": "2025-01-03", "documentNumber": "%s"}"""
                .formatted(document);
    }

    private static Supplier<ValidatableResponse> spendingOf(String county, String document) {
        return () -> post(ADMIN, EXPENDITURES, """
                {"source": "CITY_FISCAL", "county": "%s", "purpose": "OTHER", "amount": "1.00", "spentOn": "2025-03-03", "documentNumber": "%s"}"""
                .formatted(county, document));
    }
}
