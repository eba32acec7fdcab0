package org.anju.funding.rest;

/**
 * Example bodies for the OpenAPI document, taken from real responses (one ledger: the city receives
 * the special construction fund and the central budget money, disburses ¥5.481M of it to Yushe and
 * by mistake to Zuoquan, reverses the latter, and Yushe spends ¥1.25M on a housing subsidy). Every
 * example validates against its schema (OpenApiTest).
 */
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
    static final String RECEIPT = """
            {"id": "3a7e9c14-5b2d-4f86-a1c0-9e8d7f6b5a43", "version": 1, "kind": "RECEIPT",
             "source": "SPECIAL_CONSTRUCTION_FUND", "county": null, "purpose": null, "amount": "45145000.00",
             "occurredOn": "2016-09-20", "documentNumber": "晋财建〔2016〕118号", "siteId": null, "householdId": null,
             "villageId": null, "industryProjectId": null, "rewardId": null, "reversesEntryId": null,
             "reversedKind": null, "reason": null, "recordedAt": "2016-09-20T03:40:12.518204Z",
             "balances": [
               {"id": "RECEIVED/SPECIAL_CONSTRUCTION_FUND/140700", "account": "RECEIVED", "source": "SPECIAL_CONSTRUCTION_FUND", "county": null, "purpose": null, "amount": "45145000.00", "version": 1},
               {"id": "UNDISBURSED/SPECIAL_CONSTRUCTION_FUND/140700", "account": "UNDISBURSED", "source": "SPECIAL_CONSTRUCTION_FUND", "county": null, "purpose": null, "amount": "45145000.00", "version": 1}]}""";
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
    static final String EXPENDITURE = """
            {"id": "c5e2f7a9-1d3b-4c8e-9f60-2a4b6d8e0f13", "version": 1, "kind": "EXPENDITURE",
             "source": "CENTRAL_BUDGET", "county": "140721", "purpose": "HOUSING_SUBSIDY", "amount": "1250000.00",
             "occurredOn": "2017-03-15", "documentNumber": "榆财〔2017〕9号", "siteId": "6f1c2d7e-3b7a-4c1e-9a55-0d2b8e6f4a10",
             "householdId": null, "villageId": null, "industryProjectId": null, "rewardId": null, "reversesEntryId": null,
             "reversedKind": null, "reason": null, "recordedAt": "2017-03-15T06:05:41.902317Z",
             "balances": [
               {"id": "AVAILABLE/CENTRAL_BUDGET/140721", "account": "AVAILABLE", "source": "CENTRAL_BUDGET", "county": "140721", "purpose": null, "amount": "4231000.00", "version": 2},
               {"id": "SPENT/CENTRAL_BUDGET/140721/HOUSING_SUBSIDY", "account": "SPENT", "source": "CENTRAL_BUDGET", "county": "140721", "purpose": "HOUSING_SUBSIDY", "amount": "1250000.00", "version": 1}]}""";
    static final String REVERSAL = """
            {"id": "e4b1d6f8-7a2c-4e95-b3d0-5c6f8a1e2d47", "version": 1, "kind": "REVERSAL",
             "source": "CENTRAL_BUDGET", "county": "140722", "purpose": null, "amount": "5481000.00",
             "occurredOn": "2016-10-09", "documentNumber": "晋中财建〔2016〕53号", "siteId": null, "householdId": null,
             "villageId": null, "industryProjectId": null, "rewardId": null,
             "reversesEntryId": "0b9e3f52-6c1a-4d7e-8f24-7a5c9e1b3d68", "reversedKind": "DISBURSEMENT",
             "reason": "Recorded against the wrong county", "recordedAt": "2016-10-09T01:22:47.330581Z",
             "balances": [
               {"id": "AVAILABLE/CENTRAL_BUDGET/140722", "account": "AVAILABLE", "source": "CENTRAL_BUDGET", "county": "140722", "purpose": null, "amount": "0.00", "version": 2},
               {"id": "DISBURSED/CENTRAL_BUDGET/140722", "account": "DISBURSED", "source": "CENTRAL_BUDGET", "county": "140722", "purpose": null, "amount": "0.00", "version": 2},
               {"id": "UNDISBURSED/CENTRAL_BUDGET/140700", "account": "UNDISBURSED", "source": "CENTRAL_BUDGET", "county": null, "purpose": null, "amount": "49329000.00", "version": 4}]}""";
    static final String ENTRY_PAGE = "{\"items\": [" + ENTRY + "],"
            + " \"nextCursor\": \"MjAxNi0xMC0wOFQwMjoxNTowMC4xMjM0NTZaHzhkM2YwYTUyLTFjN2UtNGY0My05YjJhLTZlMGY1ZDljMWIyNw\"}";
    static final String CSV = """
            id,kind,source,county,purpose,amount,occurredOn,documentNumber,reversesEntryId,reversedKind,reason,siteId,householdId,villageId,industryProjectId,rewardId,recordedAt
            8d3f0a52-1c7e-4f43-9b2a-6e0f5d9c1b27,DISBURSEMENT,CENTRAL_BUDGET,140721,,5481000.00,2016-10-08,晋中财建〔2016〕52号,,,,,,,,,2016-10-08T02:15:00.123456Z
            """;
    static final String CSV_ZH = """
            账目编号,类型,资金来源,县（市、区）代码,用途,金额（元）,发生日期,文号,被冲销账目编号,被冲销账目类型,冲销原因,安置点编号,搬迁户编号,村编号,产业项目编号,奖补编号,录入时间
            8d3f0a52-1c7e-4f43-9b2a-6e0f5d9c1b27,DISBURSEMENT,CENTRAL_BUDGET,140721,,5481000.00,2016-10-08,晋中财建〔2016〕52号,,,,,,,,,2016-10-08T02:15:00.123456Z
            """;
    static final String BALANCES = """
            {"asOf": "2018-12-31", "items": [
              {"id": "AVAILABLE/CENTRAL_BUDGET/140721", "account": "AVAILABLE", "source": "CENTRAL_BUDGET", "county": "140721", "purpose": null, "amount": "4231000.00", "version": null},
              {"id": "DISBURSED/CENTRAL_BUDGET/140721", "account": "DISBURSED", "source": "CENTRAL_BUDGET", "county": "140721", "purpose": null, "amount": "5481000.00", "version": null},
              {"id": "SPENT/CENTRAL_BUDGET/140721/HOUSING_SUBSIDY", "account": "SPENT", "source": "CENTRAL_BUDGET", "county": "140721", "purpose": "HOUSING_SUBSIDY", "amount": "1250000.00", "version": null}]}""";
    static final String REWARD = """
            {"id": "b7a9d3e1-52c4-4f0e-8a61-3c2f9e7d5b14", "version": 2, "rule": "yushe-village-demolished",
             "villageId": "3e9b2c71-0d4a-4b8e-a5f6-7c1d2e3f4a5b", "county": "140721", "source": "LOCAL_GOVERNMENT_BOND",
             "purpose": "DEMOLITION_RECLAMATION_REWARD", "amount": "200000.00", "demolishedOn": "2019-04-18",
             "status": "APPROVED", "proposedAt": "2019-04-18T09:30:00Z", "approvedAt": "2019-05-06T01:00:00Z",
             "expenditureEntryId": "f2c8e4a6-9b1d-4e3f-8c7a-5d6e7f8a9b0c"}""";
    static final String REWARD_PAGE = "{\"items\": [" + REWARD + "], \"nextCursor\": null}";
    static final String RULES = """
            [{"name": "yushe-village-demolished", "county": "140721", "source": "LOCAL_GOVERNMENT_BOND",
              "purpose": "DEMOLITION_RECLAMATION_REWARD", "amount": "200000.00"}]""";
    static final String SOURCES = """
            [{"code": "CENTRAL_BUDGET", "nameZh": "中央预算内投资", "nameEn": "Central budget investment"},
             {"code": "CITY_FISCAL", "nameZh": "市级财政产业资金", "nameEn": "City fiscal fund for county industries"},
             {"code": "LOCAL_GOVERNMENT_BOND", "nameZh": "地方政府债券", "nameEn": "Local government bonds"},
             {"code": "POLICY_LOAN", "nameZh": "长期政策性贷款", "nameEn": "Long-term policy loans"},
             {"code": "SPECIAL_CONSTRUCTION_FUND", "nameZh": "专项建设基金", "nameEn": "Special construction fund"}]""";
    static final String DECLARATION_REQUEST = """
            {"description": "Funds received 2016-2018 as the municipal report states them", "total": "917000000.00",
             "sources": {"CENTRAL_BUDGET": "54810000.00", "LOCAL_GOVERNMENT_BOND": "261000000.00",
                         "SPECIAL_CONSTRUCTION_FUND": "45145000.00", "POLICY_LOAN": "564000000.00"},
             "periodFrom": "2016-01-01", "periodTo": "2018-12-31"}""";
    static final String DECLARATION = """
            {"name": "jinzhong-report-2016-2018", "description": "Funds received 2016-2018 as the municipal report states them",
             "total": "917000000.00",
             "sources": {"CENTRAL_BUDGET": "54810000.00", "LOCAL_GOVERNMENT_BOND": "261000000.00",
                         "POLICY_LOAN": "564000000.00", "SPECIAL_CONSTRUCTION_FUND": "45145000.00"},
             "periodFrom": "2016-01-01", "periodTo": "2018-12-31", "version": 1}""";
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
