package org.anju.industry.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(StackTestResource.class)
class OpenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAnIdSummaryTagAndDocumentedErrors() {
        JsonPath openapi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");

        assertThat(paths).isNotEmpty();
        paths.forEach((path, operations) -> operations.forEach((method, value) -> {
            if (!(value instanceof Map<?, ?> operation) || !operation.containsKey("responses")) {
                return; // path-level parameters
            }
            assertThat(operation.get("operationId")).as(method + " " + path).isNotNull();
            assertThat(operation.get("summary")).as(method + " " + path).isNotNull();
            assertThat((List<String>) operation.get("tags")).as(method + " " + path).isNotEmpty();
            assertThat(((Map<String, Object>) operation.get("responses")).keySet()).as(method + " " + path)
                    .contains("401", "403").anyMatch(status -> status.startsWith("2"));
        }));
        assertThat(paths).containsKeys("/api/v1/projects", "/api/v1/projects/{id}/beneficiaries", "/api/v1/workshops",
                "/api/v1/employments", "/api/v1/employments/{id}/end", "/api/v1/trainings", "/api/v1/job-fairs",
                "/api/v1/households/{id}/employment", "/api/v1/zero-employment-households");
    }
}
