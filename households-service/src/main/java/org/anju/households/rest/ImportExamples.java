package org.anju.households.rest;

/** OpenAPI examples of the imports API, each valid against its schema (OpenApiTest checks them). */
final class ImportExamples {

    static final String CSV = """
            registryNumber,county,originVillage,originNaturalVillage,villageId,category,siteId,homesteadToDemolish,memberName,idNumber,relation,labourCapacity,phone
            1407230012017000123,140723,松烟镇石叠村,后沟,,REGISTERED_POOR,,true,王建国,140723196504121238,HEAD,true,13800000000
            1407230012017000123,140723,松烟镇石叠村,后沟,,REGISTERED_POOR,,true,李秀英,140723196708150022,SPOUSE,false,""";

    static final String UPDATES_CSV = """
            建档立卡户编号,分房日期,安置点,房号,入住日期,脱贫日期,旧宅拆除日期,复垦日期
            1407230012017000123,2018-10-15,城东安置小区,3-2-501,2018/11/2,2019年12月20日,,""";

    static final String JOB = """
            {"id": "7c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f", "kind": "HOUSEHOLDS", "dryRun": false, "status": "COMPLETED", "format": "CSV",
             "totalRows": 10000, "rowsDone": 10000, "householdsImported": 3950, "householdsRejected": 2, "errorCount": 2,
             "failure": null, "createdAt": "2026-11-28T09:00:00Z", "finishedAt": "2026-11-28T09:00:41Z",
             "errors": [{"row": 17, "field": "idNumber", "message": "Not a valid ID-card number: check digit does not match (GB 11643); the number was probably mistyped",
                         "rule": "id-number-valid"},
                        {"row": 230, "field": "category", "message": "must be one of 建档立卡户、同步搬迁户 (REGISTERED_POOR, CO_RELOCATED)", "rule": null}]}""";

    /** A household file just accepted: its rows are counted once a worker takes it. */
    static final String QUEUED = """
            {"id": "7c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f", "kind": "HOUSEHOLDS", "dryRun": false, "status": "QUEUED", "format": "CSV",
             "totalRows": 0, "rowsDone": 0, "householdsImported": 0, "householdsRejected": 0, "errorCount": 0,
             "failure": null, "createdAt": "2026-11-28T09:00:00Z", "finishedAt": null, "errors": []}""";

    /** A lifecycle file just accepted, to be checked only ({@code ?dryRun=true}). */
    static final String UPDATES_QUEUED = """
            {"id": "3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b", "kind": "HOUSEHOLD_UPDATES", "dryRun": true, "status": "QUEUED",
             "format": "XLSX", "totalRows": 0, "rowsDone": 0, "householdsImported": 0, "householdsRejected": 0, "errorCount": 0,
             "failure": null, "createdAt": "2026-11-28T09:05:00Z", "finishedAt": null, "errors": []}""";

    /**
     * The household file's template as CSV (UTF-8 with a byte order mark, lines ended by CRLF): Chinese headers and an
     * example household of two members, identifiers behind a tab so that Excel keeps them as text.
     */
    static final String HOUSEHOLDS_TEMPLATE = """
            建档立卡户编号,县（区）代码,迁出村,迁出自然村,整村搬迁自然村,户类别,安置点,旧宅需拆除,成员姓名,身份证号码,与户主关系,有劳动能力,联系电话
            "\t1407230012017000123",140723,松烟镇石叠村,后沟,,建档立卡户,,是,王建国,"\t140723196504121238",户主,是,13800000000
            "\t1407230012017000123",140723,松烟镇石叠村,后沟,,建档立卡户,,是,李秀英,"\t140723196708150022",配偶,否,
            """;

    /** The lifecycle file's template as CSV: the registry number and the dates of each step, with an example row. */
    static final String UPDATES_TEMPLATE = """
            建档立卡户编号,分房日期,安置点,房号,入住日期,脱贫日期,旧宅拆除日期,复垦日期
            "\t1407230012017000123",2018-10-15,城东安置小区,3-2-501,2018-11-02,,,
            """;

    private ImportExamples() {
    }
}
