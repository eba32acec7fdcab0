package org.anju.platform.concurrency;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.platform.problem.Problem;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(StackTestResource.class)
class OptimisticConcurrencyTest {

    private static final String RESOURCE = "/api/test/versioned";

    @Test
    void singleResourceCarriesItsVersionAsETag() {
        String etag = given().get(RESOURCE).then().statusCode(200).extract().header("ETag");
        given().get(RESOURCE).then().body("version", equalTo(Integer.parseInt(etag.replace("\"", ""))));
    }

    @Test
    void updateWithCurrentETagSucceedsAndStaleETagIsA412() {
        String etag = given().get(RESOURCE).then().extract().header("ETag");
        given().header("If-Match", etag).put(RESOURCE).then().statusCode(200);
        given().header("If-Match", etag).put(RESOURCE).then()
                .statusCode(412)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:anju:problem:precondition-failed"))
                .body("status", equalTo(412));
    }

    @Test
    void updateWithoutIfMatchIsAllowed() {
        given().put(RESOURCE).then().statusCode(200);
    }

    @Test
    void weakETagNeverMatches() {
        String etag = given().get(RESOURCE).then().extract().header("ETag");
        given().header("If-Match", "W/" + etag).put(RESOURCE).then().statusCode(412);
    }
}
