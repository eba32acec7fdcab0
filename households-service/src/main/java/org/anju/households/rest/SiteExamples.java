package org.anju.households.rest;

/**
 * OpenAPI examples of the sites API: a site's answers are built from the fields its registration
 * sends, one construction step after another, so that they agree with the requests that lead to
 * them; each is valid against its schema (OpenApiTest checks them).
 */
final class SiteExamples {

    private static final String DETAILS = """
            "county": "140723", "town": "义兴镇", "name": "和顺县城东安置小区", "placementMode": "COUNTY_TOWN",
             "plannedHouseholds": 420, "plannedPeople": 1150""";

    static final String REGISTER = "{" + DETAILS + "}";

    private static final String ID = "{\"id\": \"5b0c7a54-3f7e-4f43-9a55-0b8f1c7a2d11\", ";
    private static final String EMPTY = """
            ,
             "occupancy": {"housedHouseholds": 0, "housedPeople": 0, "movedInHouseholds": 0, "movedInPeople": 0,
                           "roomLeft": 420}}""";

    /** Just registered: planned, nobody housed. */
    static final String REGISTERED = ID + "\"version\": 1,\n " + DETAILS + """
            ,
             "status": "PLANNED", "constructionStartedOn": null, "completedOn": null""" + EMPTY;
    /** Its details sent again as a correction. */
    static final String CORRECTED = ID + "\"version\": 2,\n " + DETAILS + """
            ,
             "status": "PLANNED", "constructionStartedOn": null, "completedOn": null""" + EMPTY;
    /** Construction started. */
    static final String UNDER_CONSTRUCTION = ID + "\"version\": 2,\n " + DETAILS + """
            ,
             "status": "UNDER_CONSTRUCTION", "constructionStartedOn": "2017-03-01", "completedOn": null""" + EMPTY;
    /** Completed (竣工), nobody housed yet. */
    static final String COMPLETED = ID + "\"version\": 3,\n " + DETAILS + """
            ,
             "status": "COMPLETED", "constructionStartedOn": "2017-03-01", "completedOn": "2018-09-30\"""" + EMPTY;
    /** A completed site as read once households have moved in. */
    static final String SITE = ID + "\"version\": 3,\n " + DETAILS + """
            ,
             "status": "COMPLETED", "constructionStartedOn": "2017-03-01", "completedOn": "2018-09-30",
             "occupancy": {"housedHouseholds": 410, "housedPeople": 1102, "movedInHouseholds": 405, "movedInPeople": 1090,
                           "roomLeft": 10}}""";

    static final String PAGE = "{\"items\": [" + SITE + "],\n \"nextCursor\": null}";

    static final String START_CONSTRUCTION = """
            {"date": "2017-03-01"}""";

    static final String DATED = """
            {"date": "2018-09-30"}""";

    private SiteExamples() {
    }
}
