package org.anju.households.rest;

/** OpenAPI examples of the households API. */
final class HouseholdExamples {

    static final String REGISTER = """
            {"registryNumber": "1407230012017000123", "county": "140723", "originVillage": "松烟镇石叠村",
             "originNaturalVillage": "后沟", "villageId": null, "category": "REGISTERED_POOR",
             "siteId": "5b0c7a54-3f7e-4f43-9a55-0b8f1c7a2d11", "homesteadToDemolish": true,
             "members": [
               {"name": "王建国", "idNumber": "140723196504121238", "relation": "HEAD", "labourCapacity": true, "phone": "13800000000"},
               {"name": "李秀英", "idNumber": "140723196708150022", "relation": "SPOUSE", "labourCapacity": false, "phone": null}
             ]}""";

    static final String HOUSEHOLD = """
            {"id": "0e4c1c2a-8f61-4c43-b7c4-5d1f1f0e9a42", "version": 4, "registryNumber": "1407230012017000123",
             "county": "140723", "originVillage": "松烟镇石叠村", "originNaturalVillage": "后沟", "villageId": null,
             "category": "REGISTERED_POOR", "memberCount": 2, "labourCapacityCount": 1,
             "siteId": "5b0c7a54-3f7e-4f43-9a55-0b8f1c7a2d11", "flatNumber": "3-2-501", "status": "MOVED_IN",
             "housingAllocatedOn": "2018-10-15", "movedInOn": "2018-11-02", "povertyStatus": "IN_POVERTY", "liftedOn": null,
             "homesteadStatus": "TO_DEMOLISH", "demolishedOn": null, "reclaimedOn": null,
             "members": [
               {"name": "王建国", "idNumber": "140723********1238", "birthDate": null, "sex": "MALE",
                "relation": "HEAD", "labourCapacity": true, "phone": "13800000000"},
               {"name": "李秀英", "idNumber": "140723********0022", "birthDate": null, "sex": "FEMALE",
                "relation": "SPOUSE", "labourCapacity": false, "phone": null}
             ]}""";

    static final String ALLOCATE_HOUSING = """
            {"siteId": "5b0c7a54-3f7e-4f43-9a55-0b8f1c7a2d11", "flat": "3-2-501", "date": "2018-10-15"}""";

    static final String DATED = """
            {"date": "2019-06-30"}""";

    private HouseholdExamples() {
    }
}
