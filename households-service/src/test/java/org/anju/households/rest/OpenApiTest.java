package org.anju.households.rest;

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
class OpenApiTest {

    @Test
    void everyOperationHasAnIdASummaryATagAndDocumentedErrors() {
        JsonPath document = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        assertThat(paths).containsKeys("/api/v1/households", "/api/v1/households/{id}/move-in", "/api/v1/sites/{id}/complete",
                "/api/v1/villages/{id}/relocate", "/api/v1/relocation-tasks/{county}/{period}", "/api/v1/imports/households",
                "/api/v1/imports/{id}", "/api/v1/households/export", "/api/v1/imports/households/template");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String name = method.toUpperCase() + " " + path;
            assertThat(operation).as(name).containsKeys("operationId", "summary", "tags");
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertThat(responses.keySet()).as(name).anyMatch(code -> code.startsWith("2")).contains("401", "403");
        }));
    }
}
