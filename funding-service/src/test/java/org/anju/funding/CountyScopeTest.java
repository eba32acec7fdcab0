package org.anju.funding;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.anju.funding.FundingApi.ADMIN;
import static org.anju.funding.FundingApi.DISBURSEMENTS;
import static org.anju.funding.FundingApi.RECEIPTS;
import static org.anju.funding.FundingApi.as;
import static org.anju.funding.FundingApi.disbursement;
import static org.anju.funding.FundingApi.fund;
import static org.anju.funding.FundingApi.officerOf;
import static org.anju.funding.FundingApi.post;
import static org.anju.funding.FundingApi.receipt;
import static org.anju.funding.FundingApi.reverse;
import static org.anju.funding.FundingApi.spend;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;

/**
 * Who may do what: receipts, disbursements and declarations are the city's; a county officer, like
 * any token with a county claim, spends and reads only in the own county.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class CountyScopeTest {

    private static final String OWN = "140723";
    private static final String OTHER = "140729";

    @Test
    void aCountyOfficerSpendsInTheOwnCountyOnly() {
        fund("CENTRAL_BUDGET", OWN, "100.00", "2023-01-02");
        fund("CENTRAL_BUDGET", OTHER, "100.00", "2023-01-02");

        spend(officerOf(OWN), "CENTRAL_BUDGET", OWN, "HOUSING_SUBSIDY", "10.00", "2023-01-03").statusCode(201);
        spend(officerOf(OWN), "CENTRAL_BUDGET", OTHER, "HOUSING_SUBSIDY", "10.00", "2023-01-03")
                .statusCode(403).contentType("application/problem+json");
    }

    @Test
    void receiptsAndDisbursementsAreForCityAdministratorsOnly() {
        post(officerOf(OWN), "/api/v1/entries/receipts", """
                {"source": "CENTRAL_BUDGET", "amount": "1.00", "receivedOn": "2023-01-02", "documentNumber": "d"}""")
                .statusCode(403);
        post(officerOf(OWN), "/api/v1/entries/disbursements", """
                {"source": "CENTRAL_BUDGET", "county": "%s", "amount": "1.00", "disbursedOn": "2023-01-02"}""".formatted(OWN))
                .statusCode(403);
        post(TestTokens.bearer("auditor", null), "/api/v1/entries/receipts", """
                {"source": "CENTRAL_BUDGET", "amount": "1.00", "receivedOn": "2023-01-02", "documentNumber": "d"}""")
                .statusCode(403);
    }

    @Test
    void aCountyOfficerMayReverseTheOwnCountysExpendituresButNotADisbursement() {
        fund("CENTRAL_BUDGET", OWN, "50.00", "2023-02-01");
        String spent = spend(ADMIN, "CENTRAL_BUDGET", OWN, "OTHER", "5.00", "2023-02-02").statusCode(201).extract().path("id");
        String disbursed = as(ADMIN).queryParam("county", OWN).queryParam("kind", "DISBURSEMENT").get("/api/v1/entries")
                .then().extract().path("items[0].id");

        reverse(officerOf(OTHER), spent, "not ours", "2023-02-03").statusCode(403);
        reverse(officerOf(OWN), disbursed, "not ours", "2023-02-03").statusCode(403);
        reverse(officerOf(OWN), spent, "typo", "2023-02-03").statusCode(201);
    }

    @Test
    void aCountyOfficerReadsTheOwnCountysEntriesAndBalancesOnly() {
        fund("CENTRAL_BUDGET", OWN, "10.00", "2023-03-01");
        fund("CENTRAL_BUDGET", OTHER, "10.00", "2023-03-01");
        String cityReceipt = receipt("CENTRAL_BUDGET", "1.00", "2023-03-01");

        as(officerOf(OWN)).get("/api/v1/entries").then().statusCode(200)
                .body("items", not(empty()))
                .body("items.county", everyItem(equalTo(OWN)));
        as(officerOf(OWN)).queryParam("county", OTHER).get("/api/v1/entries").then().statusCode(403);
        as(officerOf(OWN)).get("/api/v1/entries/" + cityReceipt).then().statusCode(403);
        as(officerOf(OWN)).get("/api/v1/entries/export").then().statusCode(200);
        as(officerOf(OWN)).get("/api/v1/balances").then().statusCode(200)
                .body("items.county", everyItem(equalTo(OWN)));
        as(officerOf(OWN)).queryParam("county", "140700").get("/api/v1/balances").then().statusCode(403);
        as(officerOf(OWN)).queryParam("declaration", "any").get("/api/v1/reconciliation").then().statusCode(403);
    }

    @Test
    void aCityAdministratorsTokenWithACountyClaimSpendsInThatCountyButDoesNothingThatIsTheCitys() {
        String scopedAdmin = TestTokens.bearer("city-admin", OWN);
        receipt("CENTRAL_BUDGET", "40.00", "2023-04-01");
        String disbursed = disbursement("CENTRAL_BUDGET", OWN, "20.00", "2023-04-01");
        disbursement("CENTRAL_BUDGET", OTHER, "20.00", "2023-04-01");

        String spent = spend(scopedAdmin, "CENTRAL_BUDGET", OWN, "HOUSING_SUBSIDY", "5.00", "2023-04-02")
                .statusCode(201).extract().path("id");
        spend(scopedAdmin, "CENTRAL_BUDGET", OTHER, "HOUSING_SUBSIDY", "5.00", "2023-04-02").statusCode(403);
        reverse(scopedAdmin, spent, "typo", "2023-04-03").statusCode(201);
        as(scopedAdmin).get("/api/v1/entries").then().statusCode(200)
                .body("items.county", everyItem(equalTo(OWN)));

        post(scopedAdmin, RECEIPTS, """
                {"source": "CENTRAL_BUDGET", "amount": "1.00", "receivedOn": "2023-04-02", "documentNumber": "scoped-admin"}""")
                .statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("Only a city administrator (with no county claim) may do this"));
        post(scopedAdmin, DISBURSEMENTS, """
                {"source": "CENTRAL_BUDGET", "county": "%s", "amount": "1.00", "disbursedOn": "2023-04-02"}""".formatted(OWN))
                .statusCode(403);
        reverse(scopedAdmin, disbursed, "not ours", "2023-04-03").statusCode(403);
        as(scopedAdmin).body("""
                {"total": "1.00", "sources": {}}""").put("/api/v1/declarations/scoped-admin").then().statusCode(403);
        as(ADMIN).get("/api/v1/declarations/scoped-admin").then().statusCode(404);
        as(scopedAdmin).get("/api/v1/declarations").then().statusCode(403)
                .body("detail", equalTo("Only readers of every county may read the city's figures"));
        as(scopedAdmin).queryParam("declaration", "any").get("/api/v1/reconciliation").then().statusCode(403);
    }

    @Test
    void everyEndpointNeedsAToken() {
        given().get("/api/v1/entries").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/balances").then().statusCode(401);
        given().get("/api/v1/sources").then().statusCode(401);
        given().get("/api/v1/rewards").then().statusCode(401);
        as(TestTokens.bearer("ops", null)).get("/api/v1/entries").then().statusCode(403);
    }
}
