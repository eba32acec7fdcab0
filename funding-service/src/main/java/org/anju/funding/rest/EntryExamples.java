package org.anju.funding.rest;

/** Example bodies for the OpenAPI document. */
final class EntryExamples {

    static final String RECEIPT_REQUEST = """
            {"source": "SPECIAL_CONSTRUCTION_FUND", "amount": "45145000.00", "receivedOn": "2016-09-20",
             "documentNumber": "晋财建〔2016〕118号"}""";
    static final String DISBURSEMENT_REQUEST = """
            {"source": "CENTRAL_BUDGET", "county": "140721", "amount": "5481000.00", "disbursedOn": "2016-10-08",
             "documentNumber": "晋中财建〔2016〕52号"}""";
    static final String EXPENDITURE_REQUEST = """
            {"source": "CENTRAL_BUDGET", "county": "140721", "purpose": "HOUSING_SUBSIDY", "amount": "1250000.00",
             "spentOn": "2017-03-15", "documentNumber": "榆财〔2017〕9号", "siteId": "6f1c2d7e-3b7a-4c1e-9a55-0d2b8e6f4a10"}""";
    static final String REVERSAL_REQUEST = """
            {"reason": "Recorded against the wrong county", "reversedOn": "2016-10-09"}""";
    static final String ENTRY = """
            {"id": "8d3f0a52-1c7e-4f43-9b2a-6e0f5d9c1b27", "version": 1, "kind": "DISBURSEMENT",
             "source": "CENTRAL_BUDGET", "county": "140721", "purpose": null, "amount": "5481000.00",
             "occurredOn": "2016-10-08", "documentNumber": "晋中财建〔2016〕52号", "siteId": null, "householdId": null,
             "villageId": null, "industryProjectId": null, "rewardId": null, "reversesEntryId": null,
             "reversedKind": null, "reason": null, "recordedAt": "2016-10-08T02:15:00.123456Z",
             "balances": [
               {"id": "AVAILABLE/CENTRAL_BUDGET/140721", "account": "AVAILABLE", "source": "CENTRAL_BUDGET", "county": "140721", "purpose": null, "amount": "5481000.00", "version": 1},
               {"id": "DISBURSED/CENTRAL_BUDGET/140721", "account": "DISBURSED", "source": "CENTRAL_BUDGET", "county": "140721", "purpose": null, "amount": "5481000.00", "version": 1},
               {"id": "UNDISBURSED/CENTRAL_BUDGET/140700", "account": "UNDISBURSED", "source": "CENTRAL_BUDGET", "county": null, "purpose": null, "amount": "49329000.00", "version": 2}]}""";
    static final String ENTRY_PAGE = "{\"items\": [" + ENTRY + "], \"nextCursor\": \"MjAxNi0xMC0wOFQwMjoxNTowMC4xMjM0NTZaHzhkM2YwYTUy\"}";
    static final String CSV = """
            id,kind,source,county,purpose,amount,occurredOn,documentNumber,reversesEntryId,reversedKind,reason,siteId,householdId,villageId,industryProjectId,rewardId,recordedAt
            8d3f0a52-1c7e-4f43-9b2a-6e0f5d9c1b27,DISBURSEMENT,CENTRAL_BUDGET,140721,,5481000.00,2016-10-08,晋中财建〔2016〕52号,,,,,,,,,2016-10-08T02:15:00.123456Z
            """;
    static final String BALANCES = """
            {"asOf": "2018-12-31", "items": [
              {"id": "AVAILABLE/CENTRAL_BUDGET/140721", "account": "AVAILABLE", "source": "CENTRAL_BUDGET", "county": "140721", "purpose": null, "amount": "4231000.00", "version": null},
              {"id": "SPENT/CENTRAL_BUDGET/140721/HOUSING_SUBSIDY", "account": "SPENT", "source": "CENTRAL_BUDGET", "county": "140721", "purpose": "HOUSING_SUBSIDY", "amount": "1250000.00", "version": null}]}""";
    static final String REWARD = """
            {"id": "b7a9d3e1-52c4-4f0e-8a61-3c2f9e7d5b14", "version": 2, "rule": "yushe-village-demolished",
             "villageId": "3e9b2c71-0d4a-4b8e-a5f6-7c1d2e3f4a5b", "county": "140721", "source": "LOCAL_GOVERNMENT_BOND",
             "purpose": "DEMOLITION_RECLAMATION_REWARD", "amount": "200000.00", "demolishedOn": "2019-04-18",
             "status": "APPROVED", "proposedAt": "2019-04-18T09:30:00Z", "approvedAt": "2019-05-06T01:00:00Z",
             "expenditureEntryId": "f2c8e4a6-9b1d-4e3f-8c7a-5d6e7f8a9b0c"}""";
    static final String DECLARATION = """
            {"description": "Funds received 2016-2018 as the municipal report states them", "total": "917000000.00",
             "sources": {"CENTRAL_BUDGET": "54810000.00", "LOCAL_GOVERNMENT_BOND": "261000000.00",
                         "SPECIAL_CONSTRUCTION_FUND": "45145000.00", "POLICY_LOAN": "564000000.00"},
             "periodFrom": "2016-01-01", "periodTo": "2018-12-31"}""";
    static final String RECONCILIATION = """
            {"declaration": "jinzhong-report-2016-2018", "periodFrom": "2016-01-01", "periodTo": "2018-12-31",
             "declaredTotal": "917000000.00", "declaredSourcesTotal": "924955000.00", "ledgerTotal": "924955000.00",
             "ledgerMinusDeclaredTotal": "7955000.00", "declaredSourcesMinusDeclaredTotal": "7955000.00",
             "sources": [
               {"source": "CENTRAL_BUDGET", "declared": "54810000.00", "ledger": "54810000.00", "difference": "0.00"},
               {"source": "LOCAL_GOVERNMENT_BOND", "declared": "261000000.00", "ledger": "261000000.00", "difference": "0.00"},
               {"source": "POLICY_LOAN", "declared": "564000000.00", "ledger": "564000000.00", "difference": "0.00"},
               {"source": "SPECIAL_CONSTRUCTION_FUND", "declared": "45145000.00", "ledger": "45145000.00", "difference": "0.00"}],
             "consistent": false}""";

    private EntryExamples() {
    }
}
