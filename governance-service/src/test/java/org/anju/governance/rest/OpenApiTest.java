package org.anju.governance.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(StackTestResource.class)
class OpenApiTest {

    @Test
    void everyOperationHasAnIdASummaryATagExamplesAndItsErrorResponses() throws Exception {
        JsonNode document = new ObjectMapper().readTree(
                given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (var path = document.path("paths").fields(); path.hasNext(); ) {
            var entry = path.next();
            for (var op = entry.getValue().fields(); op.hasNext(); ) {
                var operation = op.next();
                String name = operation.getKey().toUpperCase() + " " + entry.getKey();
                JsonNode o = operation.getValue();
                operations++;
                if (o.path("operationId").asText().isEmpty()) problems.add(name + ": no operationId");
                if (o.path("summary").asText().isEmpty()) problems.add(name + ": no summary");
                if (o.path("tags").isEmpty()) problems.add(name + ": no tag");
                for (String status : List.of("400", "401", "403", "404")) {
                    if (!o.path("responses").has(status)) problems.add(name + ": no " + status);
                }
                if (!operation.getKey().equals("get") && !o.path("responses").has("409")) problems.add(name + ": no 409");
                if (o.has("requestBody") && !o.path("requestBody").path("content").path("application/json").has("examples")) {
                    problems.add(name + ": no request example");
                }
                for (var response = o.path("responses").fields(); response.hasNext(); ) {
                    var r = response.next();
                    String content = r.getKey().startsWith("2") ? "application/json" : "application/problem+json";
                    if (!r.getValue().path("content").path(content).has("examples")) {
                        problems.add(name + ": no example for " + r.getKey());
                    }
                }
            }
        }
        assertThat(operations).isGreaterThanOrEqualTo(25);
        assertThat(problems).isEmpty();
    }
}
