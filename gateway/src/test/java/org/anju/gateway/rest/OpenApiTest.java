package org.anju.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.anju.testing.ApiDocument;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(EchoOriginResource.class)
class OpenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAnIdASummaryATagAndDocumentedErrorsWithProblemExamples() {
        JsonPath document = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        assertThat(paths).containsKeys("/api/v1/indicators", "/api/v1/counties", "/api/v1/sites/{id}/indicators",
                "/api/v1/targets/{indicatorId}", "/api/v1/data-quality/claims/{indicatorId}", "/api/v1/ops/projections/rebuild");
        // open data states it needs no token (security: []) rather than leaving it out, as linters and the merged document want
        assertThat((List<?>) paths.get("/api/v1/indicators").get("get").get("security")).as("the indicators are open data").isEmpty();
        assertThat((List<?>) paths.get("/api/v1/ops/projections/rebuild").get("post").get("security")).as("a rebuild needs a token")
                .isNotEmpty();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String name = method.toUpperCase() + " " + path;
            assertThat(operation).as(name).containsKeys("operationId", "summary", "tags");
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            assertThat(responses.keySet()).as(name).anyMatch(code -> code.startsWith("2")).contains("400", "404");
            assertThat(operation).as(name + " states its security").containsKey("security");
            if (!((List<?>) operation.get("security")).isEmpty()) {
                assertThat(responses.keySet()).as(name).contains("401", "403");
            } else {
                assertThat(responses.keySet()).as(name + " is public").doesNotContain("401", "403");
            }
            responses.forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) { // a 304 (not modified) has no body
                    assertThat(response.toString()).as(name + " " + status + " has a problem example")
                            .contains("application/problem+json").contains("examples");
                }
            });
        }));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRevalidatedReadsDocumentIfNoneMatchTheirETagAnd304() {
        Map<String, Map<String, Map<String, Object>>> paths = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        for (String path : List.of("/api/v1/indicators", "/api/v1/counties", "/api/v1/counties/{county}/sites", "/api/v1/sites/{id}/indicators",
                "/api/v1/indicators/catalogue", "/api/v1/indicators/{id}/series")) {
            Map<String, Object> get = paths.get(path).get("get");
            assertThat((List<Map<String, Object>>) get.get("parameters")).as(path)
                    .anySatisfy(parameter -> assertThat(parameter).containsEntry("name", "If-None-Match").containsEntry("in", "header"));
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) get.get("responses");
            assertThat(responses).as(path).containsKeys("200", "304");
            assertThat((Map<String, Object>) responses.get("200").get("headers")).as(path).containsKey("ETag");
            assertThat(responses.get("304")).as(path + ": a 304 has no body").doesNotContainKey("content");
        }
    }

    /** The county's site list: its example and a real answer both conform to the documented schema (closed objects). */
    @Test
    void theCountySitesExampleAndARealAnswerConformToTheirSchema() {
        ApiDocument document = ApiDocument.read();
        JsonNode schema = document.responseSchema("getCountySites", 200);
        JsonNode example = document.responseExample("getCountySites", 200, ApiDocument.JSON_MEDIA);
        assertThat(document.violations(schema, example)).as("the example").isEmpty();
        assertThat(document.operation("getCountySites").node().path("tags").toString()).contains("Indicators");
        JsonNode answer = ApiDocument.json(given().get("/api/v1/counties/140729/sites?asOf=2019-12-31").then().statusCode(200)
                .extract().asByteArray(), "the county's sites");
        assertThat(document.violations(schema, answer)).as("a real answer").isEmpty();
    }
}
