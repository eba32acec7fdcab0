package org.anju.households.rest;

/** OpenAPI examples of the relocation tasks API, each valid against its schema (OpenApiTest checks them). */
final class RelocationTaskExamples {

    static final String SET = """
            {"plannedPeople": 3120, "plannedHouseholds": 1210}""";

    private static final String TASK_ID = "{\"id\": \"2f9a4c1e-7b3d-4e8a-9c2f-1a2b3c4d5e6f\", \"version\": ";
    private static final String QUOTA = """
            , "county": "140723", "period": "2016-2020",
             "plannedPeople": 3120, "plannedHouseholds": 1210}""";

    /** The quota as first set. */
    static final String CREATED = TASK_ID + 1 + QUOTA;
    /** The quota after a change. */
    static final String TASK = TASK_ID + 2 + QUOTA;

    static final String PAGE = "{\"items\": [" + TASK + "],\n \"nextCursor\": null}";

    private RelocationTaskExamples() {
    }
}
