package org.anju.households.rest;

/** OpenAPI examples of the sites API. */
final class SiteExamples {

    static final String REGISTER = """
            {"county": "140723", "town": "义兴镇", "name": "和顺县城东安置小区", "placementMode": "COUNTY_TOWN",
             "plannedHouseholds": 420, "plannedPeople": 1150}""";

    static final String SITE = """
            {"id": "5b0c7a54-3f7e-4f43-9a55-0b8f1c7a2d11", "version": 3, "county": "140723", "town": "义兴镇",
             "name": "和顺县城东安置小区", "placementMode": "COUNTY_TOWN", "plannedHouseholds": 420, "plannedPeople": 1150,
             "status": "COMPLETED", "constructionStartedOn": "2017-03-01", "completedOn": "2018-09-30",
             "occupancy": {"housedHouseholds": 410, "housedPeople": 1102, "movedInHouseholds": 405, "movedInPeople": 1090,
                           "roomLeft": 10}}""";

    static final String DATED = """
            {"date": "2018-09-30"}""";

    private SiteExamples() {
    }
}
