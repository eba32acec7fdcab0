package org.anju.households.rest;

/** OpenAPI examples of the villages API. */
final class VillageExamples {

    static final String REGISTER = """
            {"county": "140722", "township": "拐儿镇", "name": "西峪村后庄"}""";

    static final String VILLAGE = """
            {"id": "9d7e2b9e-1c0a-4d4e-8f0e-3a5b6c7d8e9f", "version": 2, "county": "140722", "township": "拐儿镇",
             "name": "西峪村后庄", "status": "RELOCATED", "householdCount": 23, "householdsMovedIn": 23,
             "relocatedOn": "2019-05-20", "demolishedOn": null, "reclaimedOn": null}""";

    static final String DATED = """
            {"date": "2019-05-20"}""";

    private VillageExamples() {
    }
}
