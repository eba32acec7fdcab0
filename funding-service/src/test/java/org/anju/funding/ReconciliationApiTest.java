package org.anju.funding;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import static org.anju.funding.FundingApi.ADMIN;
import static org.anju.funding.FundingApi.AUDITOR;
import static org.anju.funding.FundingApi.as;
import static org.anju.funding.FundingApi.receipt;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The report's funding figures (docs/domain.md): ¥917M declared, its four sources adding to ¥924.955M. Owns the dates 2016-2018. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class ReconciliationApiTest {

    private static final String REPORT = """
            {"description": "Funds received 2016-2018 as the municipal report states them", "total": "917000000.00",
             "sources": {"CENTRAL_BUDGET": "54810000.00", "LOCAL_GOVERNMENT_BOND": "261000000.00",
                         "SPECIAL_CONSTRUCTION_FUND": "45145000.00", "POLICY_LOAN": "564000000.00"},
             "periodFrom": "2016-01-01", "periodTo": "2018-12-31"}""";

    @Test
    void theReportsTotalDiffersFromItsOwnSourcesAndTheLedgerShowsWhere() {
        receipt("CENTRAL_BUDGET", "54810000.00", "2016-09-20");
        receipt("LOCAL_GOVERNMENT_BOND", "261000000.00", "2017-03-15");
        receipt("SPECIAL_CONSTRUCTION_FUND", "45145000.00", "2016-11-02");
        receipt("POLICY_LOAN", "500000000.00", "2017-06-30");
        receipt("POLICY_LOAN", "64000000.00", "2018-04-12");
        receipt("CITY_FISCAL", "32000000.00", "2019-01-10"); // outside the declared period

        as(ADMIN).body(REPORT).put("/api/v1/declarations/jinzhong-report-2016-2018").then().statusCode(200)
                .header("ETag", "\"1\"").body("total", equalTo("917000000.00"));

        as(AUDITOR).queryParam("declaration", "jinzhong-report-2016-2018").get("/api/v1/reconciliation")
                .then().statusCode(200)
                .body("declaredTotal", equalTo("917000000.00"))
                .body("declaredSourcesTotal", equalTo("924955000.00"))
                .body("ledgerTotal", equalTo("924955000.00"))
                .body("declaredSourcesMinusDeclaredTotal", equalTo("7955000.00"))
                .body("ledgerMinusDeclaredTotal", equalTo("7955000.00"))
                .body("sources.source", contains("CENTRAL_BUDGET", "LOCAL_GOVERNMENT_BOND", "POLICY_LOAN", "SPECIAL_CONSTRUCTION_FUND"))
                .body("sources.difference", contains("0.00", "0.00", "0.00", "0.00"))
                .body("consistent", equalTo(false));
    }

    @Test
    void aDeclarationIsRevisedOnlyFromItsCurrentVersion() {
        as(ADMIN).body(REPORT).put("/api/v1/declarations/revised").then().statusCode(200).header("ETag", "\"1\"");
        as(ADMIN).header("If-Match", "\"1\"").body(REPORT).put("/api/v1/declarations/revised").then().statusCode(200)
                .header("ETag", "\"2\"");
        as(ADMIN).header("If-Match", "\"1\"").body(REPORT).put("/api/v1/declarations/revised").then().statusCode(412);
        as(AUDITOR).body(REPORT).put("/api/v1/declarations/revised").then().statusCode(403);
        as(AUDITOR).queryParam("declaration", "missing").get("/api/v1/reconciliation").then().statusCode(404);
    }

    @Test
    void aDeclarationWithoutAPeriodIsReconciledWithEveryReceipt() {
        receipt("CENTRAL_BUDGET", "1.00", "2019-06-03");
        as(ADMIN).body("""
                {"total": "0.00", "sources": {}}""").put("/api/v1/declarations/open-period").then().statusCode(200);

        as(AUDITOR).queryParam("declaration", "open-period").get("/api/v1/reconciliation")
                .then().statusCode(200)
                .body("periodFrom", nullValue())
                .body("periodTo", nullValue())
                .body("ledgerTotal", not(equalTo("0.00")))
                .body("consistent", equalTo(false));
    }
}
