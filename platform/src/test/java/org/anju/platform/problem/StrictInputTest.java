package org.anju.platform.problem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Every scalar is read in its one form on every entry path: calendar dates exactly YYYY-MM-DD, instants
 * ISO-8601 with an offset, whole numbers whole, identifiers not mangled by a spreadsheet, a query
 * parameter once; 415 and 406 say what the operation takes, in the request's language.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class StrictInputTest {

    private static final String DATED = "/api/test/problems/dated";
    private static final String STRICT = "/api/test/problems/strict";

    // 1. signed and extended years

    @ParameterizedTest
    @ValueSource(strings = {"-2019-03-05", "+2019-03-05", "+12019-03-05", "12019-03-05", "019-03-05", "２０１９-03-05"})
    void aSignedOrExtendedYearIsNotACalendarDateInABody(String value) {
        given().contentType("application/json").body("{\"movedInOn\": \"" + value + "\"}").post(DATED)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("movedInOn"))
                .body("errors[0].message", containsString("YYYY-MM-DD"));
    }

    // 1 and 2. dates as query and path parameters, named with their format

    @ParameterizedTest
    @ValueSource(strings = {"-2019-03-05", "+12019-03-05", "2019/3/5", "2019-3-5", "43529"})
    void aDateQueryParameterIsExactlyACalendarDateAndABadOneIsNamed(String value) {
        given().queryParam("since", value).get("/api/test/problems/households")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.VALIDATION.uri()))
                .body("errors[0].field", equalTo("since"))
                .body("errors[0].message", containsString("YYYY-MM-DD"));
        given().header("Accept-Language", "zh-CN").queryParam("since", value).get("/api/test/problems/households")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("since"))
                .body("errors[0].message", containsString("YYYY-MM-DD 格式的日历日期"));
    }

    @Test
    void aGoodDateParameterIsReadAndAnImpossibleOneIsNamed() {
        given().queryParam("since", "2019-03-05").get("/api/test/problems/households").then().statusCode(200);
        given().queryParam("since", "").get("/api/test/problems/households").then().statusCode(200);
        given().queryParam("since", "2019-02-30").get("/api/test/problems/households").then().statusCode(400)
                .body("errors[0].field", equalTo("since"))
                .body("errors[0].message", containsString("not a date of the calendar"));
        given().get("/api/test/problems/dates/2019-03-05").then().statusCode(200).body(equalTo("2019-03-05"));
        given().get("/api/test/problems/dates/-2019-03-05").then().statusCode(400)
                .body("errors[0].field", equalTo("on"));
    }

    @Test
    void anInstantQueryParameterIsIso8601WithAnOffset() {
        given().queryParam("at", "2019-03-05T08:30:00+08:00").queryParam("from", "2019-03-05").get("/api/test/problems/instants")
                .then().statusCode(200).body(equalTo("2019-03-05T00:30:00Z 2019-03-05"));
        given().queryParam("at", "43529").get("/api/test/problems/instants")
                .then().statusCode(400).body("errors[0].field", equalTo("at"))
                .body("errors[0].message", containsString("ISO-8601"));
    }

    // 3. whole numbers

    @ParameterizedTest
    @ValueSource(strings = {"plannedHouseholds:2.9", "plannedHouseholds:2.0", "year:2019.5", "year:\"2019\"", "total:1e3",
            "floors:\"3\"", "big:1.5", "plannedHouseholds:true", "plannedHouseholds:\"\"", "year:3000000000", "floors:40000"})
    void aWholeNumberFieldTakesAWholeJsonNumberOnly(String fieldAndValue) {
        String field = fieldAndValue.substring(0, fieldAndValue.indexOf(':'));
        String value = fieldAndValue.substring(fieldAndValue.indexOf(':') + 1);
        given().contentType("application/json").body("{\"" + field + "\": " + value + "}").post(STRICT)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.VALIDATION.uri()))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", containsString("whole number"));
    }

    @Test
    void wholeNumbersAreReadAsSentAndTheRefusalIsInChineseToo() {
        given().contentType("application/json").body("{\"plannedHouseholds\": 2, \"year\": 2019, \"total\": 9000000000, \"floors\": 6, \"big\": 123456789012345678901234}")
                .post(STRICT).then().statusCode(200)
                .body("plannedHouseholds", equalTo(2)).body("year", equalTo(2019)).body("floors", equalTo(6));
        given().contentType("application/json").header("Accept-Language", "zh-CN").body("{\"plannedHouseholds\": 2.9}").post(STRICT)
                .then().statusCode(400).body("errors[0].field", equalTo("plannedHouseholds"))
                .body("errors[0].message", containsString("必须是整数"));
    }

    // 4. instants

    @ParameterizedTest
    @ValueSource(strings = {"43529", "\"43529\"", "\"20190305\"", "1.5", "\"\"", "\"2019-03-05\"", "\"2019-03-05T08:30:00\"",
            "\"+12019-03-05T08:30:00Z\"", "\"-2019-03-05T08:30:00Z\"", "true", "[2019,3,5]", "\"2019-02-30T08:30:00Z\""})
    void anInstantIsAnIso8601DateTimeWithItsOffsetAndNothingElse(String value) {
        for (String field : new String[]{"receivedAt", "signedAt", "heardAt"}) {
            given().contentType("application/json").body("{\"" + field + "\": " + value + "}").post(STRICT)
                    .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                    .body("errors[0].field", equalTo(field))
                    .body("errors[0].message", containsString("ISO-8601"));
        }
    }

    @Test
    void anInstantWithItsOffsetIsReadAsThatInstant() {
        given().contentType("application/json")
                .body("{\"receivedAt\": \"2019-03-05T08:30:00+08:00\", \"signedAt\": \"2019-03-05T08:30:00.123Z\", \"heardAt\": \"2019-03-05T08:30+08:00\"}")
                .post(STRICT).then().statusCode(200)
                .body("receivedAt", equalTo("2019-03-05T00:30:00Z"))
                .body("signedAt", equalTo("2019-03-05T08:30:00.123Z"));
        given().contentType("application/json").body("{\"receivedAt\": null}").post(STRICT).then().statusCode(200);
    }

    // 5. query booleans and repeated parameters

    @Test
    void anEmptyYesNoParameterIsRefusedNotReadAsFalse() {
        given().urlEncodingEnabled(false).get("/api/test/problems/flags?dryRun=")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("dryRun"));
        given().urlEncodingEnabled(false).get("/api/test/problems/flags?dryRun=false").then().statusCode(200).body(equalTo("false"));
    }

    @Test
    void aQueryParameterGivenTwiceIsRefusedUnlessTheOperationTakesAList() {
        given().urlEncodingEnabled(false).get("/api/test/problems/flags?dryRun=false&dryRun=true")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("dryRun"))
                .body("errors[0].message", containsString("more than once"));
        given().urlEncodingEnabled(false).header("Accept-Language", "zh-CN").get("/api/test/problems/flags?dryRun=true&dryRun=true")
                .then().statusCode(400).body("errors[0].message", containsString("不止一次"));
        given().urlEncodingEnabled(false).get("/api/test/problems/tags?tag=a&tag=b&limit=3")
                .then().statusCode(200).body(equalTo("a,b;3"));
        given().urlEncodingEnabled(false).get("/api/test/problems/tags?tag=a&limit=3&limit=4")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    // 6. 415 and 406

    @Test
    void anUnsupportedBodyTypeSaysWhatTheOperationTakesInTheRequestsLanguage() {
        given().contentType("application/xml").body("<a/>").post(DATED)
                .then().statusCode(415).contentType(Problem.MEDIA_TYPE)
                .body("detail", allOf(containsString("application/xml"), containsString("application/json"), not(containsString("@Consumes"))));
        given().header("Accept-Language", "zh-CN").contentType("application/xml").body("<a/>").post(DATED)
                .then().statusCode(415)
                .body("title", equalTo("不支持的媒体类型"))
                .body("detail", allOf(containsString("不接受"), containsString("application/json")));
        given().contentType("application/json").body("{}").post("/api/test/problems/sheets")
                .then().statusCode(415).body("detail", allOf(containsString("application/json"), not(containsString("@Consumes"))));
    }

    @Test
    void anUnacceptableAcceptSaysWhatTheOperationAnswersInTheRequestsLanguage() {
        given().accept("application/xml").get("/api/test/problems/flags")
                .then().statusCode(406).contentType(Problem.MEDIA_TYPE)
                .body("detail", allOf(containsString("application/xml"), containsString("application/json"), not(containsString("@Produces"))));
        given().header("Accept-Language", "zh-CN").accept("application/xml").get("/api/test/problems/flags")
                .then().statusCode(406).body("title", equalTo("无可接受的表示形式"))
                .body("detail", containsString("application/json"));
    }

    // 8. identifiers mangled by a spreadsheet

    @ParameterizedTest
    @ValueSource(strings = {"1.40781E+18", "1.40781e18", "=\\\"J6-0001\\\"", "=A2", " ＝\\\"J6-0001\\\""})
    void anIdentifierFieldRefusesScientificNotationAndFormulas(String value) {
        given().contentType("application/json").body("{\"registryNumber\": \"" + value + "\"}").post(STRICT)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.VALIDATION.uri()))
                .body("errors[0].field", equalTo("registryNumber"))
                .body("errors[0].message", anyOfTextOrFormula());
        given().contentType("application/json").header("Accept-Language", "zh-CN").body("{\"registryNumber\": \"" + value + "\"}").post(STRICT)
                .then().statusCode(400).body("errors[0].field", equalTo("registryNumber"))
                .body("errors[0].message", containsString("文本格式"));
    }

    @Test
    void anIdentifierIsNormalisedAndAJsonNumberIsNotMangled() {
        given().contentType("application/json").body("{\"registryNumber\": \"　１４０７８１００１２０１９０００００１ \"}").post(STRICT)
                .then().statusCode(200).body("registryNumber", equalTo("1407810012019000001"));
        given().contentType("application/json").body("{\"registryNumber\": 1.40781E18}").post(STRICT)
                .then().statusCode(400).body("errors[0].field", equalTo("registryNumber"));
    }

    private static org.hamcrest.Matcher<String> anyOfTextOrFormula() {
        return org.hamcrest.Matchers.anyOf(containsString("format the column as text"), containsString("spreadsheet formula"));
    }
}
