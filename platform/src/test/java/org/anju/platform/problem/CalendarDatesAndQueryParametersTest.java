package org.anju.platform.problem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Dates are calendar dates only, counties are the programme's, unknown query parameters are refused and overload is a 503, in every API. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class CalendarDatesAndQueryParametersTest {

    private static final String DATED = "/api/test/problems/dated";

    @Test
    void aCalendarDateIsReadAsIs() {
        given().contentType("application/json").body("{\"movedInOn\": \"2019-03-05\"}").post(DATED)
                .then().statusCode(200).body("movedInOn", equalTo("2019-03-05"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"43529", "\"2019-03-04T16:00:00.000Z\"", "\"2019/3/5\"", "\"2019-02-30\"", "[2019,3,5]", "\"\"",
            "1551744000000", "true"})
    void anythingButACalendarDateIsA400NamingTheFieldAndTheFormat(String value) {
        given().contentType("application/json").body("{\"movedInOn\": " + value + "}").post(DATED)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.VALIDATION.uri()))
                .body("errors[0].field", equalTo("movedInOn"))
                .body("errors[0].message", containsString("YYYY-MM-DD"));
    }

    @Test
    void aCountyOutsideTheProgrammeIsA400NamingTheFieldInABodyAndInAQuery() {
        given().contentType("application/json").body("{\"county\": \"140799\"}").post(DATED)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("county"))
                .body("errors[0].message", containsString("140799 is not a county of this programme"));
        given().queryParam("county", "140700").get("/api/test/problems/counties")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("county"))
                .body("errors[0].message", containsString("the city itself"));
        given().queryParam("county", "１４０７２３").get("/api/test/problems/counties")
                .then().statusCode(200).body(equalTo("140723"));
    }

    @Test
    void textLimitsCountCharactersAsPeopleDoNotUtf16Units() {
        given().contentType("application/json").body("{\"name\": \"𠮷𡈽𠮷𡈽\"}").post(DATED)
                .then().statusCode(200).body("name", equalTo("𠮷𡈽𠮷𡈽"));
        given().contentType("application/json").body("{\"name\": \"𠮷𡈽𠮷𡈽𠮷\"}").post(DATED)
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void aNulCharacterInATextOrAParameterIsA400NamingItNeverADatabaseFailure() {
        given().contentType("application/json").body("{\"name\": \"a\\u0000b\"}").post(DATED)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", containsString("NUL"));
        given().urlEncodingEnabled(false).get("/api/test/problems/households?limit=5&since=%00")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("since"));
    }

    @Test
    void aYesNoParameterIsTrueOrFalseAndAMistypedOneIsRefusedNotReadAsFalse() {
        given().queryParam("dryRun", "true").get("/api/test/problems/flags").then().statusCode(200).body(equalTo("true"));
        given().get("/api/test/problems/flags").then().statusCode(200).body(equalTo("false"));
        given().queryParam("dryRun", "ture").get("/api/test/problems/flags").then().statusCode(400)
                .body("errors[0].field", equalTo("dryRun"));
    }

    @Test
    void noFreeDatabaseConnectionIsA503WithRetryAfterNotA500() {
        given().get("/api/test/problems/overloaded").then().statusCode(503).contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", "2")
                .body("type", equalTo(ProblemType.UNAVAILABLE.uri()));
    }

    @Test
    void anUnknownQueryParameterIsA400NamingItAndWhatTheOperationTakes() {
        given().queryParam("registryNumber", "1407810012019000001").queryParam("limit", 5).get("/api/test/problems/households")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("registryNumber"))
                .body("errors[0].message", containsString("limit, since"));
        given().queryParam("limit", 5).get("/api/test/problems/households").then().statusCode(200);
    }
}
