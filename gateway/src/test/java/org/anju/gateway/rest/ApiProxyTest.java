package org.anju.gateway.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(EchoOriginResource.class)
class ApiProxyTest {

    @Test
    void aRequestReachesItsOwnerWithTheCallersHeadersAndBody() {
        given().header("Authorization", "Bearer abc").header("Idempotency-Key", "k-1").header("If-Match", "\"3\"")
                .header("Accept-Language", "zh-CN").contentType("application/json").body("{\"flat\":\"3-201\"}")
                .post("/api/v1/households/42/move-in?x=1")
                .then().statusCode(200)
                .header("ETag", "\"7\"")
                .body("method", equalTo("POST"))
                .body("uri", equalTo("/api/v1/households/42/move-in?x=1"))
                .body("Authorization", equalTo("Bearer abc"))
                .body("Idempotency-Key", equalTo("k-1"))
                .body("If-Match", equalTo("'3'"))
                .body("Accept-Language", equalTo("zh-CN"))
                .body("body", equalTo("{'flat':'3-201'}"));
    }

    @Test
    void theOwnersAnswerIsPassedOnAsItIs() {
        given().get("/api/v1/sites/missing").then().statusCode(404);
    }

    @Test
    void specificPathsGoToTheirOwnerAndTheGatewayKeepsItsOwn() {
        // the employment view of a household belongs to industry-service (here the same echo server)
        given().get("/api/v1/households/42/employment").then().statusCode(200).body("uri", equalTo("/api/v1/households/42/employment"));
        // site indicators are the gateway's: without a token its own security answers
        given().get("/api/v1/sites/42/indicators").then().statusCode(401);
    }

    @Test
    void anOwnerThatIsDownIsA503Problem() {
        given().get("/api/v1/entries").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("status", equalTo(503))
                .body("detail", containsString("funding"));
    }

    @Test
    void theOpsViewDegradesWhenAServiceIsDown() {
        given().get("/api/v1/ops/services").then().statusCode(200)
                .body("status", equalTo("DEGRADED"))
                .body("services.find { it.name == 'funding' }.status", equalTo("DOWN"))
                .body("services.find { it.name == 'funding' }.error", notNullValue())
                .body("services.find { it.name == 'households' }.status", equalTo("UP"))
                .body("services.find { it.name == 'households' }.version", equalTo("9.9.9"))
                .body("services.find { it.name == 'households' }.outboxBacklog", equalTo(3))
                .body("consumer.topic", hasItem("households.v1"));
    }

    @Test
    void proxiedRequestsAreTimedPerPathTemplateNotPerId() {
        String id = null;
        for (int i = 0; i < 150; i++) {
            id = UUID.randomUUID().toString();
            given().get("/api/v1/households/" + id + "/move-in").then().statusCode(200);
        }
        // past Micrometer's limit of 100 URI tags, a path first seen now would no longer be timed
        given().get("/api/v1/indicators/catalogue").then().statusCode(200);

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("uri=\"/api/v1/households/{id}/move-in\""))
                .body(containsString("uri=\"/api/v1/indicators/catalogue\""))
                .body(not(containsString(id)));
    }

    @Test
    void eachServicesApiDocumentIsReachableThroughTheGateway() {
        given().get("/services/households/q/openapi").then().statusCode(200).body("uri", equalTo("/q/openapi"));
    }
}
