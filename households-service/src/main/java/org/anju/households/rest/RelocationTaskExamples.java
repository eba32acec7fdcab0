package org.anju.households.rest;

/** OpenAPI examples of the relocation tasks API. */
final class RelocationTaskExamples {

    static final String SET = """
            {"plannedPeople": 3120, "plannedHouseholds": 1210}""";

    static final String TASK = """
            {"id": "2f9a4c1e-7b3d-4e8a-9c2f-1a2b3c4d5e6f", "version": 2, "county": "140723", "period": "2016-2020",
             "plannedPeople": 3120, "plannedHouseholds": 1210}""";

    private RelocationTaskExamples() {
    }
}
