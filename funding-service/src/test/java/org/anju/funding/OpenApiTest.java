package org.anju.funding;

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
    void everyOperationHasAnIdASummaryATagAnExampleAndItsErrorResponses() throws Exception {
        JsonNode api = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        List<String> operations = new ArrayList<>();
        api.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            JsonNode operation = method.getValue();
            if (!operation.has("responses")) {
                return; // path-level parameters, not an operation
            }
            String name = method.getKey().toUpperCase() + " " + path.getKey();
            operations.add(name);
            assertThat(operation.path("operationId").asText()).as(name).isNotBlank();
            assertThat(operation.path("summary").asText()).as(name).isNotBlank();
            assertThat(operation.path("tags")).as(name).isNotEmpty();
            assertThat(operation.path("responses").has("401")).as(name + " documents 401").isTrue();
            assertThat(operation.path("responses").toString()).as(name + " has a response example").contains("example");
            if (operation.has("requestBody")) {
                assertThat(operation.path("requestBody").toString()).as(name + " has a request example").contains("example");
            }
        }));
        assertThat(operations).contains("POST /api/v1/entries/receipts", "POST /api/v1/entries/disbursements",
                "POST /api/v1/entries/expenditures", "POST /api/v1/entries/{id}/reversal", "GET /api/v1/entries",
                "GET /api/v1/entries/export", "GET /api/v1/balances", "GET /api/v1/rewards",
                "POST /api/v1/rewards/{id}/approve", "PUT /api/v1/declarations/{name}", "GET /api/v1/reconciliation",
                "GET /api/v1/sources");
    }

    @Test
    void amountsAreDocumentedAsDecimalStringsAsTheyAreSent() throws Exception {
        JsonNode schemas = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString()).path("components").path("schemas");

        assertThat(schemas.at("/Amount/type").asText()).isEqualTo("string");
        for (String amount : List.of("/EntrySnapshot/properties/amount", "/BalanceSnapshot/properties/amount",
                "/RewardSnapshot/properties/amount", "/Reconciliation/properties/ledgerTotal", "/ReceiptRequest/properties/amount")) {
            assertThat(schemas.at(amount + "/$ref").asText()).as(amount).isEqualTo("#/components/schemas/Amount");
        }
    }
}
