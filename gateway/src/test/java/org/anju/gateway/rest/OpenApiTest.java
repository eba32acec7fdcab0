package org.anju.gateway.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

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
        assertThat(paths.get("/api/v1/indicators").get("get")).as("the indicators are open data").doesNotContainKey("security");
        assertThat(paths.get("/api/v1/ops/projections/rebuild").get("post")).as("a rebuild needs a token").containsKey("security");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String name = method.toUpperCase() + " " + path;
            assertThat(operation).as(name).containsKeys("operationId", "summary", "tags");
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            assertThat(responses.keySet()).as(name).anyMatch(code -> code.startsWith("2")).contains("400", "404");
            if (operation.containsKey("security")) {
                assertThat(responses.keySet()).as(name).contains("401", "403");
            } else {
                assertThat(responses.keySet()).as(name + " is public").doesNotContain("401", "403");
            }
            responses.forEach((status, response) -> {
                if (!status.startsWith("2")) {
                    assertThat(response.toString()).as(name + " " + status + " has a problem example")
                            .contains("application/problem+json").contains("examples");
                }
            });
        }));
    }
}
