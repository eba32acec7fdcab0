package org.anju.households.rest;

/**
 * OpenAPI examples of the households API. A household's answers are built from the fields its
 * registration sends, one step of its lifecycle after another (each a version more), so that they
 * agree with each other and with the request that leads to them; each is valid against its schema
 * (OpenApiTest checks them).
 */
final class HouseholdExamples {

    static final String REGISTER = """
            {"registryNumber": "1407230012017000123", "county": "140723", "originVillage": "松烟镇石叠村",
             "originNaturalVillage": "后沟", "villageId": null, "category": "REGISTERED_POOR",
             "siteId": "5b0c7a54-3f7e-4f43-9a55-0b8f1c7a2d11", "homesteadToDemolish": true,
             "members": [
               {"name": "王建国", "idNumber": "140723196504121238", "relation": "HEAD", "labourCapacity": true, "phone": "13800000000"},
               {"name": "李秀英", "idNumber": "140723196708150022", "relation": "SPOUSE", "labourCapacity": false, "phone": null}
             ]}""";

    private static final String ID = "{\"id\": \"0e4c1c2a-8f61-4c43-b7c4-5d1f1f0e9a42\", ";
    /** What the registration above sent, and the counts of its members. */
    private static final String DETAILS = """
            ,
             "registryNumber": "1407230012017000123", "county": "140723", "originVillage": "松烟镇石叠村",
             "originNaturalVillage": "后沟", "villageId": null, "category": "REGISTERED_POOR", "memberCount": 2,
             "labourCapacityCount": 1, "siteId": "5b0c7a54-3f7e-4f43-9a55-0b8f1c7a2d11\"""";
    /** The members as a caller without pii-reader sees them: ID numbers masked, no birth date. */
    private static final String MEMBERS = """
            ,
             "members": [
               {"name": "王建国", "idNumber": "140723********1238", "birthDate": null, "sex": "MALE",
                "relation": "HEAD", "labourCapacity": true, "phone": "13800000000"},
               {"name": "李秀英", "idNumber": "140723********0022", "birthDate": null, "sex": "FEMALE",
                "relation": "SPOUSE", "labourCapacity": false, "phone": null}
             ]}""";
    private static final String NOT_HOUSED = """
            , "flatNumber": null, "status": "REGISTERED",
             "housingAllocatedOn": null, "movedInOn": null""";
    private static final String HOUSED = """
            , "flatNumber": "3-2-501", "status": "HOUSING_ALLOCATED",
             "housingAllocatedOn": "2018-10-15", "movedInOn": null""";
    private static final String MOVED_IN = """
            , "flatNumber": "3-2-501", "status": "MOVED_IN",
             "housingAllocatedOn": "2018-10-15", "movedInOn": "2018-11-02\"""";
    private static final String IN_POVERTY = ", \"povertyStatus\": \"IN_POVERTY\", \"liftedOn\": null";
    private static final String LIFTED = ", \"povertyStatus\": \"LIFTED\", \"liftedOn\": \"2019-12-20\"";
    private static final String TO_DEMOLISH = ",\n \"homesteadStatus\": \"TO_DEMOLISH\", \"demolishedOn\": null, \"reclaimedOn\": null";
    private static final String DEMOLISHED = ",\n \"homesteadStatus\": \"DEMOLISHED\", \"demolishedOn\": \"2019-03-15\", \"reclaimedOn\": null";
    private static final String RECLAIMED = ",\n \"homesteadStatus\": \"RECLAIMED\", \"demolishedOn\": \"2019-03-15\", \"reclaimedOn\": \"2019-06-30\"";

    /** Just registered (version 1). */
    static final String REGISTERED = ID + "\"version\": 1" + DETAILS + NOT_HOUSED + IN_POVERTY + TO_DEMOLISH + MEMBERS;
    /** The registration sent again as a correction (version 2). */
    static final String CORRECTED = ID + "\"version\": 2" + DETAILS + NOT_HOUSED + IN_POVERTY + TO_DEMOLISH + MEMBERS;
    /** A flat allocated to the registered household. */
    static final String ALLOCATED = ID + "\"version\": 2" + DETAILS + HOUSED + IN_POVERTY + TO_DEMOLISH + MEMBERS;
    /** Then moved in. */
    static final String MOVED = ID + "\"version\": 3" + DETAILS + MOVED_IN + IN_POVERTY + TO_DEMOLISH + MEMBERS;
    /** A moved-in household, as read after a correction (version 4). */
    static final String HOUSEHOLD = ID + "\"version\": 4" + DETAILS + MOVED_IN + IN_POVERTY + TO_DEMOLISH + MEMBERS;
    /** Its old homestead demolished. */
    static final String HOMESTEAD_DEMOLISHED = ID + "\"version\": 5" + DETAILS + MOVED_IN + IN_POVERTY + DEMOLISHED + MEMBERS;
    /** Its homestead's land reclaimed. */
    static final String HOMESTEAD_RECLAIMED = ID + "\"version\": 6" + DETAILS + MOVED_IN + IN_POVERTY + RECLAIMED + MEMBERS;
    /** Lifted out of poverty, at the end of its lifecycle. */
    static final String LIFTED_OUT = ID + "\"version\": 7" + DETAILS + MOVED_IN + LIFTED + RECLAIMED + MEMBERS;

    static final String PAGE = "{\"items\": [" + HOUSEHOLD + "],\n \"nextCursor\": null}";

    static final String ALLOCATE_HOUSING = """
            {"siteId": "5b0c7a54-3f7e-4f43-9a55-0b8f1c7a2d11", "flat": "3-2-501", "date": "2018-10-15"}""";

    static final String MOVE_IN = """
            {"date": "2018-11-02"}""";
    static final String DEMOLISH = """
            {"date": "2019-03-15"}""";
    static final String RECLAIM = """
            {"date": "2019-06-30"}""";
    static final String LIFT = """
            {"date": "2019-12-20"}""";

    /**
     * The household above exported as CSV (UTF-8 with a byte order mark, lines ended by CRLF): one row per member, ID
     * numbers masked and no birth date without pii-reader, the registry number behind a tab so that Excel keeps it as text.
     */
    static final String EXPORT_CSV = """
            户ID,版本,建档立卡户编号,县（区）代码,迁出村,迁出自然村,整村搬迁自然村,户类别,安置点,房号,搬迁状态,分房日期,入住日期,\
            脱贫状态,脱贫日期,旧宅状态,旧宅拆除日期,复垦日期,成员姓名,身份证号码,出生日期,性别,与户主关系,有劳动能力,联系电话
            0e4c1c2a-8f61-4c43-b7c4-5d1f1f0e9a42,4,"\t1407230012017000123",140723,松烟镇石叠村,后沟,,REGISTERED_POOR,\
            5b0c7a54-3f7e-4f43-9a55-0b8f1c7a2d11,3-2-501,MOVED_IN,2018-10-15,2018-11-02,IN_POVERTY,,TO_DEMOLISH,,,\
            王建国,140723********1238,,MALE,HEAD,是,13800000000
            0e4c1c2a-8f61-4c43-b7c4-5d1f1f0e9a42,4,"\t1407230012017000123",140723,松烟镇石叠村,后沟,,REGISTERED_POOR,\
            5b0c7a54-3f7e-4f43-9a55-0b8f1c7a2d11,3-2-501,MOVED_IN,2018-10-15,2018-11-02,IN_POVERTY,,TO_DEMOLISH,,,\
            李秀英,140723********0022,,FEMALE,SPOUSE,否,
            """;

    private HouseholdExamples() {
    }
}
