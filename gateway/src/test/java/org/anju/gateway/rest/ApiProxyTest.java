package org.anju.gateway.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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
        given().get("/services/households/q/openapi").then().statusCode(200).body("info.title", equalTo("echo-service API"));
        given().get("/services/industry/q/openapi?format=json").then().statusCode(200).body("openapi", equalTo("3.1.0"));
    }

    @Test
    void eachServicesSwaggerUiLoadsThatServicesDocumentNotTheGateways() {
        String page = given().get("/services/households/q/swagger-ui/").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertThat(page).contains("url: '/services/households/q/openapi'")
                .contains("href='/services/households/q/swagger-ui'")
                .contains("\"/services/households/q/swagger-ui/oauth2-redirect.html\"")
                .doesNotContain("'/q/openapi'");
        given().redirects().follow(false).header("Host", "anju.example.gov.cn").get("/services/households/q/swagger-ui")
                .then().statusCode(302)
                .header("Location", equalTo("http://anju.example.gov.cn/services/households/q/swagger-ui/"));
    }

    @Test
    void aLocationAndSelfLinksAtTheServicesOwnAddressPointAtTheGatewaysPublicOrigin() {
        given().header("Host", "anju.example.gov.cn").contentType("application/json").body("{}").post("/api/v1/households")
                .then().statusCode(201)
                .header("Location", equalTo("http://anju.example.gov.cn/api/v1/households/42"))
                .header("Link", equalTo("<http://anju.example.gov.cn/api/v1/households/42>; rel=\"self\", <https://example.org/x>; rel=\"other\""));
        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "partner.example").header("X-Forwarded-Port", "8443")
                .contentType("application/json").body("{}").post("/api/v1/households")
                .then().statusCode(201).header("Location", equalTo("https://partner.example:8443/api/v1/households/42"));
    }

    @Test
    void anHttp2ClientGetsTheAuthorityItAskedForInItsLocation() throws Exception {
        // the JDK's client asks to upgrade to HTTP/2 (h2c): the request then names its host in :authority, not in Host
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_2).build();
        java.net.http.HttpResponse<String> created = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + "/api/v1/households"))
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location"))
                .contains("http://localhost:" + io.restassured.RestAssured.port + "/api/v1/households/42");
    }

    @Test
    void aServicesOwnProblemArrivesUnchanged() {
        given().get("/api/v1/villages/refused").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:unknown-reference"))
                .body("detail", equalTo("as the service said"));
    }

    @Test
    void eachServicesAuditTrailIsReachableUnderItsNameWithItsQuery() {
        given().header("Authorization", "Bearer abc").get("/api/v1/audit/households?actor=officer-1&limit=5").then().statusCode(200)
                .body("uri", equalTo("/api/v1/audit?actor=officer-1&limit=5"))
                .body("Authorization", equalTo("Bearer abc"));
        given().get("/api/v1/audit/industry").then().statusCode(200).body("uri", equalTo("/api/v1/audit"));
        given().get("/api/v1/audit/funding").then().statusCode(503).body("detail", containsString("funding"));
        // the gateway's own trail stays its own: without a token its security answers
        given().get("/api/v1/audit").then().statusCode(401);
        given().get("/api/v1/audit/elsewhere").then().statusCode(404);
    }

    @Test
    void theProxysOwn503IsInTheCallersLanguage() {
        given().header("Accept-Language", "zh-CN").get("/api/v1/entries").then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:service-unavailable"))
                .body("title", equalTo("服务不可用"))
                .body("detail", equalTo("资金（funding）服务暂时无法访问，请稍后重试。"));
        given().get("/api/v1/entries").then().statusCode(503)
                .body("title", equalTo("Service unavailable"))
                .body("detail", equalTo("The funding service is not reachable right now; retry later."));
    }
}
