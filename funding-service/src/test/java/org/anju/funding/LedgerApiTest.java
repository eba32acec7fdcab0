package org.anju.funding;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.anju.testing.EventContracts;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;

import static org.anju.funding.FundingApi.ADMIN;
import static org.anju.funding.FundingApi.as;
import static org.anju.funding.FundingApi.balance;
import static org.anju.funding.FundingApi.disbursement;
import static org.anju.funding.FundingApi.event;
import static org.anju.funding.FundingApi.fund;
import static org.anju.funding.FundingApi.post;
import static org.anju.funding.FundingApi.receipt;
import static org.anju.funding.FundingApi.reverse;
import static org.anju.funding.FundingApi.spend;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * Every kind of entry through the API, its balances and its event. Test classes share one
 * application and database: each test uses balances of its own county and source that no other
 * test moves (or reads a city balance before and after), and dates from 2020 on (2016-2018
 * belongs to the reconciliation test).
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class LedgerApiTest {

    @Inject
    DataSource dataSource;

    @Test
    void aReceiptRaisesTheCitysReceivedAndUndisbursedBalancesAndIsPublishedAsFundsReceived() {
        String before = balance("UNDISBURSED/CENTRAL_BUDGET/140700");

        String id = post(ADMIN, "/api/v1/entries/receipts", """
                {"source": "CENTRAL_BUDGET", "amount": "54810000.00", "receivedOn": "2020-03-02", "documentNumber": "晋财建〔2020〕1号"}""")
                .statusCode(201)
                .header("Location", containsString("/api/v1/entries/"))
                .body("kind", equalTo("RECEIPT"))
                .body("county", nullValue())
                .body("amount", equalTo("54810000.00"))
                .body("balances.id", contains("RECEIVED/CENTRAL_BUDGET/140700", "UNDISBURSED/CENTRAL_BUDGET/140700"))
                .extract().path("id");

        assertThat(new BigDecimal(balance("UNDISBURSED/CENTRAL_BUDGET/140700")))
                .isEqualByComparingTo(new BigDecimal(before).add(new BigDecimal("54810000.00")));
        JsonNode published = EventContracts.assertValid(event(id, "FundsReceived").value());
        assertThat(published.path("data").path("amount").asText()).isEqualTo("54810000.00");
        assertThat(published.has("county")).isFalse();
        assertThat(published.path("aggregateversion").asInt()).isEqualTo(1);
    }

    @Test
    void aDisbursementMovesMoneyFromTheCityToTheCountyAndIsPublishedAsFundsDisbursed() {
        receipt("POLICY_LOAN", "1000.00", "2020-03-02");

        String id = post(ADMIN, "/api/v1/entries/disbursements", """
                {"source": "POLICY_LOAN", "county": "140723", "amount": "600.00", "disbursedOn": "2020-03-03"}""")
                .statusCode(201)
                .body("balances.findAll { it.county == '140723' }.id",
                        contains("AVAILABLE/POLICY_LOAN/140723", "DISBURSED/POLICY_LOAN/140723"))
                .body("balances.findAll { it.county == '140723' }.version", contains(1, 1))
                .extract().path("id");

        assertThat(balance("AVAILABLE/POLICY_LOAN/140723")).isEqualTo("600.00");
        assertThat(balance("DISBURSED/POLICY_LOAN/140723")).isEqualTo("600.00");
        JsonNode published = EventContracts.assertValid(event(id, "FundsDisbursed").value());
        assertThat(published.path("county").asText()).isEqualTo("140723");
    }

    @Test
    void anExpenditureMovesMoneyFromTheCountyToWhatItSpentOnThePurposeAndIsPublishedAsFundsSpent() {
        fund("CENTRAL_BUDGET", "140724", "1000.00", "2020-04-01");

        String id = spend(ADMIN, "CENTRAL_BUDGET", "140724", "HOUSING_SUBSIDY", "250.00", "2020-04-02")
                .statusCode(201)
                .body("purpose", equalTo("HOUSING_SUBSIDY"))
                .body("balances.id", contains("AVAILABLE/CENTRAL_BUDGET/140724", "SPENT/CENTRAL_BUDGET/140724/HOUSING_SUBSIDY"))
                .body("balances.amount", contains("750.00", "250.00"))
                .body("balances.version", contains(2, 1))
                .extract().path("id");

        JsonNode published = EventContracts.assertValid(event(id, "FundsSpent").value());
        assertThat(published.path("data").path("purpose").asText()).isEqualTo("HOUSING_SUBSIDY");
    }

    @Test
    void amountsSurviveJsonTheDatabaseAndEventsWithoutRounding() throws Exception {
        String id = receipt("SPECIAL_CONSTRUCTION_FUND", "45145000.00", "2020-05-06");

        as(ADMIN).get("/api/v1/entries/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body(containsString("\"amount\":\"45145000.00\""));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT amount::text FROM ledger_entry WHERE id = ?")) {
            query.setObject(1, UUID.fromString(id));
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("45145000.00");
            }
        }
        String json = new String(event(id, "FundsReceived").value());
        assertThat(json).contains("\"amount\":\"45145000.00\"");
    }

    @Test
    void aDisbursementThatWouldOverdrawTheCityIsRejectedNamingTheBalanceAndTheAmounts() {
        receipt("LOCAL_GOVERNMENT_BOND", "10.00", "2020-06-01");
        String held = balance("UNDISBURSED/LOCAL_GOVERNMENT_BOND/140700");
        String tooMuch = new BigDecimal(held).add(new BigDecimal("0.01")).toPlainString();

        post(ADMIN, "/api/v1/entries/disbursements", """
                {"source": "LOCAL_GOVERNMENT_BOND", "county": "140725", "amount": "%s", "disbursedOn": "2020-06-02"}""".formatted(tooMuch))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("no-overdraw"))
                .body("detail", equalTo("Disbursement of " + tooMuch + " would overdraw the city's UNDISBURSED LOCAL_GOVERNMENT_BOND balance: it holds "
                        + held + ", the entry needs " + tooMuch));

        assertThat(balance("UNDISBURSED/LOCAL_GOVERNMENT_BOND/140700")).isEqualTo(held);
        assertThat(balance("AVAILABLE/LOCAL_GOVERNMENT_BOND/140725")).isEqualTo("0.00");
    }

    @Test
    void anExpenditureThatWouldOverdrawTheCountyIsRejectedAndSpendingAllOfItIsAccepted() {
        fund("CITY_FISCAL", "140727", "100.00", "2020-06-01");

        spend(ADMIN, "CITY_FISCAL", "140727", "INDUSTRY_SUPPORT", "100.01", "2020-06-02")
                .statusCode(409).body("rule", equalTo("no-overdraw"))
                .body("detail", containsString("county 140727's AVAILABLE CITY_FISCAL balance: it holds 100.00"));
        spend(ADMIN, "CITY_FISCAL", "140727", "INDUSTRY_SUPPORT", "100.00", "2020-06-02").statusCode(201);

        assertThat(balance("AVAILABLE/CITY_FISCAL/140727")).isEqualTo("0.00");
    }

    @Test
    void anExpenditureDatedBeforeTheCountyHadTheMoneyIsRejectedSoNoPastBalanceGoesNegative() {
        fund("CENTRAL_BUDGET", "140781", "100.00", "2021-05-01");

        spend(ADMIN, "CENTRAL_BUDGET", "140781", "HOUSING_SUBSIDY", "10.00", "2021-04-30")
                .statusCode(409).body("rule", equalTo("no-overdraw"))
                .body("detail", containsString("it holds 0.00 on 2021-04-30 and after, the entry needs 10.00"));
        spend(ADMIN, "CENTRAL_BUDGET", "140781", "HOUSING_SUBSIDY", "10.00", "2021-05-01").statusCode(201);
    }

    @Test
    void reversingAnExpenditureRestoresEveryBalanceExactlyAndIsPublishedAsEntryReversed() {
        fund("CENTRAL_BUDGET", "140728", "1000.00", "2020-07-01");
        String spent = spend(ADMIN, "CENTRAL_BUDGET", "140728", "INFRASTRUCTURE", "333.33", "2020-07-02")
                .statusCode(201).extract().path("id");

        String reversal = reverse(ADMIN, spent, "paid from the wrong source", "2020-07-03")
                .statusCode(201)
                .body("kind", equalTo("REVERSAL"))
                .body("reversesEntryId", equalTo(spent))
                .body("reversedKind", equalTo("EXPENDITURE"))
                .body("amount", equalTo("333.33"))
                .body("balances.amount", contains("1000.00", "0.00"))
                .body("balances.version", contains(3, 2))
                .extract().path("id");

        assertThat(balance("AVAILABLE/CENTRAL_BUDGET/140728")).isEqualTo("1000.00");
        assertThat(balance("SPENT/CENTRAL_BUDGET/140728/INFRASTRUCTURE")).isEqualTo("0.00");
        as(ADMIN).get("/api/v1/entries/" + spent).then().statusCode(200).body("amount", equalTo("333.33"));
        EventContracts.assertValid(event(reversal, "EntryReversed").value());
        reverse(ADMIN, spent, "again", "2020-07-04")
                .statusCode(409).body("rule", equalTo("reversed-once"));
        reverse(ADMIN, reversal, "undo", "2020-07-04")
                .statusCode(409).body("rule", equalTo("reversal-not-reversible"));
    }

    @Test
    void reversingAReceiptThatWasAlreadyDisbursedIsRejectedBecauseItWouldOverdrawTheCity() {
        String before = balance("UNDISBURSED/POLICY_LOAN/140700");
        String received = receipt("POLICY_LOAN", "500.00", "2020-08-01");
        disbursement("POLICY_LOAN", "140724", new BigDecimal(before).add(new BigDecimal("500.00")).toPlainString(), "2020-08-02");

        reverse(ADMIN, received, "duplicate", "2020-08-03")
                .statusCode(409).body("rule", equalTo("no-overdraw"))
                .body("detail", containsString("the city's UNDISBURSED POLICY_LOAN balance: it holds 0.00, the entry needs 500.00"));
    }

    @Test
    void reversingADisbursementReturnsTheMoneyToTheCity() {
        receipt("SPECIAL_CONSTRUCTION_FUND", "80.00", "2020-08-01");
        String city = balance("UNDISBURSED/SPECIAL_CONSTRUCTION_FUND/140700");
        String disbursed = disbursement("SPECIAL_CONSTRUCTION_FUND", "140729", "80.00", "2020-08-02");

        reverse(ADMIN, disbursed, "wrong county", "2020-08-02").statusCode(201);

        assertThat(balance("UNDISBURSED/SPECIAL_CONSTRUCTION_FUND/140700")).isEqualTo(city);
        assertThat(balance("AVAILABLE/SPECIAL_CONSTRUCTION_FUND/140729")).isEqualTo("0.00");
        assertThat(balance("DISBURSED/SPECIAL_CONSTRUCTION_FUND/140729")).isEqualTo("0.00");
    }

    @Test
    void badInputIsA400NamingTheField() {
        post(ADMIN, "/api/v1/entries/receipts", """
                {"source": "CENTRAL_BUDGET", "amount": "1.001", "receivedOn": "2020-01-01", "documentNumber": "d"}""")
                .statusCode(400).body("errors.field", hasItem("amount"));
        post(ADMIN, "/api/v1/entries/disbursements", """
                {"source": "CENTRAL_BUDGET", "county": "Yushe", "amount": "1.00", "disbursedOn": "2020-01-01"}""")
                .statusCode(400).body("errors.field", hasItem("county"));
        post(ADMIN, "/api/v1/entries/receipts", """
                {"source": "NO_SUCH_SOURCE", "amount": "1.00", "receivedOn": "2020-01-01", "documentNumber": "d"}""")
                .statusCode(400).body("detail", containsString("Unknown fund source NO_SUCH_SOURCE"));
        as(ADMIN).get("/api/v1/entries/" + UUID.randomUUID()).then().statusCode(404);
        as(ADMIN).queryParam("source", "S".repeat(41)).get("/api/v1/entries").then()
                .statusCode(400).body("errors.field", hasItem("source"));
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyIsRecordedOnce() {
        String body = """
                {"source": "CITY_FISCAL", "amount": "12.34", "receivedOn": "2020-09-01", "documentNumber": "retry-%s"}"""
                .formatted(UUID.randomUUID());
        String key = UUID.randomUUID().toString();

        String first = as(ADMIN).header("Idempotency-Key", key).body(body).post("/api/v1/entries/receipts")
                .then().statusCode(201).extract().path("id");
        String again = as(ADMIN).header("Idempotency-Key", key).body(body).post("/api/v1/entries/receipts")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");

        assertThat(again).isEqualTo(first);
        as(ADMIN).queryParam("kind", "RECEIPT").queryParam("from", "2020-09-01").queryParam("to", "2020-09-01")
                .queryParam("limit", 500).get("/api/v1/entries")
                .then().statusCode(200).body("items.findAll { it.id == '" + first + "' }.size()", equalTo(1));
    }

    @Test
    void entriesAreListedWithFiltersInPagesAndExportedAsCsv() {
        fund("CENTRAL_BUDGET", "140702", "90.00", "2021-01-01");
        for (String amount : List.of("10.00", "20.00", "30.00")) {
            spend(ADMIN, "CENTRAL_BUDGET", "140702", "CO_RELOCATION_SUBSIDY", amount, "2021-01-02").statusCode(201);
        }

        var first = as(ADMIN).queryParam("county", "140702").queryParam("kind", "EXPENDITURE").queryParam("limit", 2)
                .get("/api/v1/entries").then().statusCode(200)
                .body("items.amount", contains("10.00", "20.00")).extract();
        as(ADMIN).queryParam("county", "140702").queryParam("kind", "EXPENDITURE").queryParam("limit", 2)
                .queryParam("cursor", first.<String>path("nextCursor"))
                .get("/api/v1/entries").then().statusCode(200)
                .body("items.amount", contains("30.00"))
                .body("nextCursor", nullValue());
        as(ADMIN).queryParam("county", "140702").queryParam("purpose", "HOUSING_SUBSIDY")
                .get("/api/v1/entries").then().statusCode(200).body("items", empty());

        String csv = as(ADMIN).queryParam("county", "140702").get("/api/v1/entries/export")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        // UTF-8 with a byte order mark, so that Excel reads it as UTF-8 (issue: export for Excel)
        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv.substring(1).lines()).hasSize(5).first().asString().startsWith("id,kind,source,county,purpose,amount,occurredOn");
        assertThat(csv).contains(",EXPENDITURE,CENTRAL_BUDGET,140702,CO_RELOCATION_SUBSIDY,30.00,2021-01-02,");
    }

    @Test
    void balancesAsOfADateCountOnlyEntriesDatedUpToThen() {
        fund("CENTRAL_BUDGET", "140703", "100.00", "2021-02-01");
        spend(ADMIN, "CENTRAL_BUDGET", "140703", "OTHER", "40.00", "2021-03-01").statusCode(201);

        as(ADMIN).queryParam("county", "140703").queryParam("account", "AVAILABLE").queryParam("asOf", "2021-02-28")
                .get("/api/v1/balances").then().statusCode(200)
                .body("asOf", equalTo("2021-02-28"))
                .body("items.amount", contains("100.00"));
        as(ADMIN).queryParam("county", "140703").queryParam("asOf", "2021-03-01")
                .get("/api/v1/balances").then().statusCode(200)
                .body("items.id", contains("AVAILABLE/CENTRAL_BUDGET/140703", "DISBURSED/CENTRAL_BUDGET/140703",
                        "SPENT/CENTRAL_BUDGET/140703/OTHER"))
                .body("items.amount", contains("60.00", "100.00", "40.00"));
        as(ADMIN).queryParam("county", "140703").queryParam("asOf", "2021-01-31")
                .get("/api/v1/balances").then().statusCode(200).body("items", empty());
    }

    @Test
    void theSourcesAreListed() {
        as(FundingApi.AUDITOR).get("/api/v1/sources").then().statusCode(200)
                .body("code", contains("CENTRAL_BUDGET", "CITY_FISCAL", "LOCAL_GOVERNMENT_BOND", "POLICY_LOAN",
                        "SPECIAL_CONSTRUCTION_FUND"));
    }
}
