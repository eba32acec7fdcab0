package org.anju.platform.problem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(StackTestResource.class)
class ProblemDetailsTest {

    private static final String HOUSEHOLDS = "/api/test/problems/households";

    private static ValidatableResponse problem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(status))
                .body("type", equalTo("urn:anju:problem:" + type))
                .body("title", notNullValue());
    }

    @Test
    void invalidBodyIsA400ListingEachFieldAsTheClientNamedIt() {
        String body = """
                {"county": "", "members": [{"name": "Wang", "idNumber": "140723199001011234"},
                                           {"name": "", "idNumber": "12345"}]}""";
        problem(given().contentType("application/json").body(body).post(HOUSEHOLDS).then(), 400, "validation")
                .body("instance", equalTo(HOUSEHOLDS))
                .body("detail", containsString("members[1].idNumber"))
                .body("errors.field", hasItems("county", "members[1].name", "members[1].idNumber"))
                .body("errors.find { it.field == 'members[1].idNumber' }.message", equalTo("must be an 18-character ID number"))
                .body("errors.size()", equalTo(3));
    }

    @Test
    void invalidQueryParameterIsNamedByItself() {
        problem(given().queryParam("limit", 1000).get(HOUSEHOLDS).then(), 400, "validation")
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void aParameterThatCannotBeReadIsA400NotA404() {
        // a date parameter is read by the platform's converter, which names it and its format
        problem(given().queryParam("since", "yesterday").get(HOUSEHOLDS).then(), 400, "validation")
                .body("errors[0].field", equalTo("since"))
                .body("errors[0].message", containsString("YYYY-MM-DD"));
        problem(given().get(HOUSEHOLDS + "/forty-two").then(), 400, "bad-request")
                .body("detail", containsString("cannot be read"));
    }

    @Test
    void unknownResourceIsA404() {
        problem(given().get(HOUSEHOLDS + "/42").then(), 404, "not-found")
                .body("detail", equalTo("household 42 does not exist"))
                .body("instance", equalTo(HOUSEHOLDS + "/42"));
    }

    @Test
    void unknownPathIsA404() {
        problem(given().get("/api/test/nothing-here").then(), 404, "not-found");
    }

    @Test
    void brokenDomainRuleIsA409NamingTheRule() {
        problem(given().post(HOUSEHOLDS + "/7/move-in").then(), 409, "domain-rule")
                .body("rule", equalTo("housing-requires-completed-site"))
                .body("detail", equalTo("Site 7 is still under construction"));
    }

    @Test
    void malformedJsonIsA400SayingWhere() {
        problem(given().contentType("application/json").body("{\"county\": \"140723\",\n \"members\": [}").post(HOUSEHOLDS).then(),
                400, "malformed-body")
                .body("detail", containsString("line 2"));
    }

    @Test
    void jsonOfTheWrongShapeIsA400NamingTheField() {
        problem(given().contentType("application/json").body("{\"county\": \"140723\", \"members\": \"everyone\"}").post(HOUSEHOLDS).then(),
                400, "malformed-body")
                .body("detail", allOf(containsString("'members'"), not(containsString("java"))));
    }

    @Test
    void wrongMediaTypeIsA415() {
        problem(given().contentType("text/plain").body("county=140723").post(HOUSEHOLDS).then(), 415, "unsupported-media-type");
    }

    @Test
    void oversizedBodyIsA413() {
        problem(given().contentType("application/json").body(oversized()).post(HOUSEHOLDS).then(), 413, "payload-too-large");
    }

    @Test
    void oversizedChunkedBodyIsA413() {
        InputStream unsized = new ByteArrayInputStream(oversized().getBytes(StandardCharsets.UTF_8));
        problem(given().contentType("application/json").body(unsized).post(HOUSEHOLDS).then(), 413, "payload-too-large");
    }

    /** Over the shared 1M limit. */
    private static String oversized() {
        return "{\"county\": \"" + "9".repeat(1024 * 1024) + "\", \"members\": []}";
    }

    @Test
    void unsupportedMethodIsA405() {
        problem(given().delete(HOUSEHOLDS + "/42").then(), 405, "method-not-allowed");
    }

    @Test
    void unacceptableRepresentationIsA406() {
        problem(given().accept("application/xml").get(HOUSEHOLDS + "/42").then(), 406, "not-acceptable");
    }

    @Test
    void unexpectedFailureIsA500WithAnErrorIdAndNoInternals() {
        problem(given().get("/api/test/problems/broken").then(), 500, "internal")
                .body("errorId", matchesPattern("[0-9a-f-]{36}"))
                .body("detail", allOf(containsString("error id"), not(containsString("SELECT")),
                        not(containsString("IllegalStateException")), not(containsString("platform_secret"))))
                .body(not(containsString("at org.anju")));
    }
}
