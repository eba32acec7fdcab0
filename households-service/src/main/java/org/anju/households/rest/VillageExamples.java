package org.anju.households.rest;

/**
 * OpenAPI examples of the villages API: a village's answers are built from the fields its
 * registration sends, one step after another, so that they agree with the requests that lead to
 * them; each is valid against its schema (OpenApiTest checks them).
 */
final class VillageExamples {

    private static final String DETAILS = """
            "county": "140722", "township": "拐儿镇", "name": "西峪村后庄\"""";

    static final String REGISTER = "{" + DETAILS + "}";

    private static final String ID = "{\"id\": \"9d7e2b9e-1c0a-4d4e-8f0e-3a5b6c7d8e9f\", ";

    /** Just registered: no household names it yet. */
    static final String REGISTERED = ID + "\"version\": 1, " + DETAILS + """
            ,
             "status": "REGISTERED", "householdCount": 0, "householdsMovedIn": 0,
             "relocatedOn": null, "demolishedOn": null, "reclaimedOn": null}""";
    /** Relocated once every household from it moved in. */
    static final String VILLAGE = ID + "\"version\": 2, " + DETAILS + """
            ,
             "status": "RELOCATED", "householdCount": 23, "householdsMovedIn": 23,
             "relocatedOn": "2019-05-20", "demolishedOn": null, "reclaimedOn": null}""";
    static final String DEMOLISHED = ID + "\"version\": 3, " + DETAILS + """
            ,
             "status": "DEMOLISHED", "householdCount": 23, "householdsMovedIn": 23,
             "relocatedOn": "2019-05-20", "demolishedOn": "2019-09-10", "reclaimedOn": null}""";
    static final String RECLAIMED = ID + "\"version\": 4, " + DETAILS + """
            ,
             "status": "RECLAIMED", "householdCount": 23, "householdsMovedIn": 23,
             "relocatedOn": "2019-05-20", "demolishedOn": "2019-09-10", "reclaimedOn": "2020-04-15"}""";

    static final String PAGE = "{\"items\": [" + VILLAGE + "],\n \"nextCursor\": null}";

    static final String DATED = """
            {"date": "2019-05-20"}""";
    static final String DEMOLISH = """
            {"date": "2019-09-10"}""";
    static final String RECLAIM = """
            {"date": "2020-04-15"}""";

    private VillageExamples() {
    }
}
