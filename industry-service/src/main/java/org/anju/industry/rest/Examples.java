package org.anju.industry.rest;

/**
 * Request and response examples for the OpenAPI document (figures from Heshun and Zuoquan counties). A
 * record's answers are built from the fields its command sends, so that they agree; each must be valid
 * against its schema (OpenApiTest checks them, and sends the request examples to the API).
 */
final class Examples {

    private static final String PROJECT_ID = "\"id\": \"5f0c3c7e-8a8e-4d0e-9a51-2d7a4b6c1e01\"";
    private static final String PROJECT_DETAILS = """
            "name": "Heshun mushroom greenhouse park", "type": "MUSHROOM_GREENHOUSE", "county": "140723",
             "siteId": null, "investment": "42056300.00", "landAreaMu": "754.20", "capacity": "1600.00",
             "capacityUnit": "greenhouses", "partnerCompany": "Heshun Edible Fungi Co.", "startDate": "2018-04-01\"""";
    static final String REGISTER_PROJECT = "{" + PROJECT_DETAILS + "}";
    static final String PROJECT = "{" + PROJECT_ID + ", \"version\": 1, " + PROJECT_DETAILS + ", \"status\": \"PLANNED\"}";
    static final String PROJECT_PAGE = "{\"items\": [" + PROJECT + "], \"nextCursor\": null}";
    static final String PROJECT_CORRECTED = "{" + PROJECT_ID + ", \"version\": 2, " + PROJECT_DETAILS + ", \"status\": \"PLANNED\"}";
    static final String PROJECT_OPERATING = "{" + PROJECT_ID + ", \"version\": 2, " + PROJECT_DETAILS + ", \"status\": \"OPERATING\"}";
    static final String CHANGE_PROJECT_STATUS = "{\"status\": \"OPERATING\"}";

    static final String ADD_BENEFICIARY = """
            {"householdId": "0b6f1f3e-3c1a-4d8e-9b7a-6f5e4d3c2b10", "expectedAnnualIncrease": "5000.00"}""";
    private static final String BENEFICIARY_ID = "\"id\": \"7a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d\"";
    private static final String BENEFICIARY_HOUSEHOLD = """
            "projectId": "5f0c3c7e-8a8e-4d0e-9a51-2d7a4b6c1e01", "householdId": "0b6f1f3e-3c1a-4d8e-9b7a-6f5e4d3c2b10",
             "county": "140723", "siteId": "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a", "category": "REGISTERED_POOR",
             "memberCount": 4, "expectedAnnualIncrease": "5000.00\"""";
    static final String BENEFICIARY = "{" + BENEFICIARY_ID + ", \"version\": 1, " + BENEFICIARY_HOUSEHOLD
            + ", \"dividendsPaid\": \"0.00\", \"active\": true}";
    static final String BENEFICIARY_PAGE = "{\"items\": [" + BENEFICIARY + "], \"nextCursor\": null}";
    static final String BENEFICIARY_PAID = "{" + BENEFICIARY_ID + ", \"version\": 2, " + BENEFICIARY_HOUSEHOLD
            + ", \"dividendsPaid\": \"1100.00\", \"active\": true}";
    static final String BENEFICIARY_REMOVED = "{" + BENEFICIARY_ID + ", \"version\": 3, " + BENEFICIARY_HOUSEHOLD
            + ", \"dividendsPaid\": \"1100.00\", \"active\": false}";
    static final String PAY_DIVIDEND = "{\"paidOn\": \"2019-12-20\", \"amount\": \"1100.00\"}";

    private static final String WORKSHOP_ID = "\"id\": \"9c8b7a6f-5e4d-4c3b-8a29-1f0e9d8c7b6a\"";
    private static final String WORKSHOP_DETAILS = """
            "name": "Heshun No. 1 workshop", "operatingCompany": "Heshun Garment Co.", "county": "140723",
             "siteId": "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a", "jobsOffered": 211""";
    static final String REGISTER_WORKSHOP = "{" + WORKSHOP_DETAILS + "}";
    static final String WORKSHOP = "{" + WORKSHOP_ID + ", \"version\": 1, " + WORKSHOP_DETAILS + ", \"status\": \"BUILDING\"}";
    static final String WORKSHOP_PAGE = "{\"items\": [" + WORKSHOP + "], \"nextCursor\": null}";
    static final String WORKSHOP_CORRECTED = "{" + WORKSHOP_ID + ", \"version\": 2, " + WORKSHOP_DETAILS + ", \"status\": \"BUILDING\"}";
    static final String WORKSHOP_OPERATING = "{" + WORKSHOP_ID + ", \"version\": 2, " + WORKSHOP_DETAILS + ", \"status\": \"OPERATING\"}";
    static final String CHANGE_WORKSHOP_STATUS = "{\"status\": \"OPERATING\"}";

    static final String START_EMPLOYMENT = """
            {"householdId": "0b6f1f3e-3c1a-4d8e-9b7a-6f5e4d3c2b10", "memberRef": "m-2", "channel": "WORKSHOP",
             "employer": "Heshun Garment Co.", "workshopId": "9c8b7a6f-5e4d-4c3b-8a29-1f0e9d8c7b6a",
             "startDate": "2019-03-01", "plannedEndDate": null, "monthlyIncome": "1500.00", "contract": true}""";
    private static final String EMPLOYMENT_ID = "\"id\": \"1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6\"";
    private static final String EMPLOYMENT_JOB = """
            "householdId": "0b6f1f3e-3c1a-4d8e-9b7a-6f5e4d3c2b10", "memberRef": "m-2", "county": "140723",
             "siteId": "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a", "channel": "WORKSHOP", "employer": "Heshun Garment Co.",
             "workshopId": "9c8b7a6f-5e4d-4c3b-8a29-1f0e9d8c7b6a", "startDate": "2019-03-01", "plannedEndDate": null""";
    private static final String EMPLOYMENT_TERMS = "\"monthlyIncome\": \"1500.00\", \"contract\": true, \"stable\": true";
    static final String EMPLOYMENT = "{" + EMPLOYMENT_ID + ", \"version\": 1, " + EMPLOYMENT_JOB + ", \"endDate\": null, "
            + EMPLOYMENT_TERMS + ", \"status\": \"ACTIVE\"}";
    static final String EMPLOYMENT_PAGE = "{\"items\": [" + EMPLOYMENT + "], \"nextCursor\": null}";
    static final String EMPLOYMENT_ENDED = "{" + EMPLOYMENT_ID + ", \"version\": 2, " + EMPLOYMENT_JOB
            + ", \"endDate\": \"2020-06-30\", " + EMPLOYMENT_TERMS + ", \"status\": \"ENDED\"}";
    static final String END_EMPLOYMENT = "{\"endDate\": \"2020-06-30\"}";

    static final String HOUSEHOLD_EMPLOYMENT = """
            {"householdId": "0b6f1f3e-3c1a-4d8e-9b7a-6f5e4d3c2b10", "version": 3, "county": "140723",
             "siteId": "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a", "category": "REGISTERED_POOR", "memberCount": 4,
             "labourCapacityCount": 2, "relocated": true, "removed": false, "employedMembers": 0,
             "stablyEmployedMembers": 0, "stablyEmployed": false, "zeroEmployment": true}""";
    static final String HOUSEHOLD_EMPLOYMENT_PAGE = "{\"items\": [" + HOUSEHOLD_EMPLOYMENT + "], \"nextCursor\": null}";

    private static final String TRAINING_ID = "\"id\": \"2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091\"";
    private static final String TRAINING_DETAILS = """
            "topic": "Edible fungi cultivation", "county": "140721", "heldFrom": "2019-05-06", "heldTo": "2019-05-10",
             "sessions": 5, "trainees": 42, "employedAfter": 27""";
    static final String RECORD_TRAINING = "{" + TRAINING_DETAILS + "}";
    static final String TRAINING = "{" + TRAINING_ID + ", \"version\": 1, " + TRAINING_DETAILS + "}";
    static final String TRAINING_PAGE = "{\"items\": [" + TRAINING + "], \"nextCursor\": null}";
    static final String TRAINING_CORRECTED = "{" + TRAINING_ID + ", \"version\": 2, " + TRAINING_DETAILS + "}";

    private static final String JOB_FAIR_ID = "\"id\": \"3c4d5e6f-7081-4923-8b4c-5d6e7f809102\"";
    private static final String JOB_FAIR_DETAILS = """
            "heldOn": "2019-02-15", "county": "140721", "employers": 36, "registrations": 720, "hires": 150""";
    static final String RECORD_JOB_FAIR = "{" + JOB_FAIR_DETAILS + "}";
    static final String JOB_FAIR = "{" + JOB_FAIR_ID + ", \"version\": 1, " + JOB_FAIR_DETAILS + "}";
    static final String JOB_FAIR_PAGE = "{\"items\": [" + JOB_FAIR + "], \"nextCursor\": null}";
    static final String JOB_FAIR_CORRECTED = "{" + JOB_FAIR_ID + ", \"version\": 2, " + JOB_FAIR_DETAILS + "}";

    private Examples() {
    }
}
