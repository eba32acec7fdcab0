package org.anju.funding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.anju.funding.FundingApi.ADMIN;
import static org.anju.funding.FundingApi.as;
import static org.anju.funding.FundingApi.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document partner agencies generate clients from: every operation names, tags and
 * exemplifies itself and documents what it answers with a schema (so that generated methods return
 * typed values), every amount is the platform's {@code Amount} decimal string, and every example —
 * and every real response — validates against the schema it is documented with.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class OpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AMOUNT = "#/components/schemas/Amount";
        /** Property names that hold money, in this API and in the programme's other ones. */
    private static final Pattern MONEY = Pattern.compile(
            "amount|total|declared|ledger|difference|investment|dividends.*|.*(Amount|Total|Income|Investment)");
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig VALIDATION = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

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

    @Test
    void everyOperationDocumentsWhatItAnswersWithASchema() {
        List<String> operations = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        forEachOperation(document(), (name, operation) -> {
            operations.add(name);
            List<Map.Entry<String, JsonNode>> successes = operation.path("responses").properties().stream()
                    .filter(response -> response.getKey().startsWith("2")).toList();
            if (successes.isEmpty()) {
                undocumented.add(name + ": no 2xx response");
            }
            for (Map.Entry<String, JsonNode> success : successes) {
                JsonNode content = success.getValue().path("content");
                if (success.getKey().equals("204")) {
                    if (!content.isEmpty()) {
                        undocumented.add(name + " 204: documents a body");
                    }
                } else if (content.isEmpty()) {
                    undocumented.add(name + " " + success.getKey() + ": no content");
                } else {
                    content.properties().stream().filter(media -> !media.getValue().has("schema"))
                            .forEach(media -> undocumented.add(name + " " + success.getKey() + " " + media.getKey() + ": no schema"));
                }
            }
        });

        assertThat(operations).hasSizeGreaterThanOrEqualTo(17);
        assertThat(undocumented).as("2xx responses without a schema").isEmpty();
    }

    @Test
    void everyMoneyPropertyIsTheAmountDecimalStringAndNothingIsAJsonNumber() {
        JsonNode api = document();
        JsonNode amount = api.at("/components/schemas/Amount");
        assertThat(amount.path("type").asText()).isEqualTo("string");
        Pattern decimal = Pattern.compile(amount.path("pattern").asText());
        assertThat(List.of("45145000.00", "7", "0.5", "-7955000.00")).allMatch(value -> decimal.matcher(value).matches());
        assertThat(List.of("4.5e7", "1.005", "45,145,000.00", "", "12345678901234567")).noneMatch(value -> decimal.matcher(value).matches());

        List<String> moneyProperties = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        walk("#", api, (pointer, node) -> {
            node.path("properties").properties().stream().filter(property -> MONEY.matcher(property.getKey()).matches())
                    .forEach(property -> {
                        moneyProperties.add(pointer + "/properties/" + property.getKey());
                        if (!refersToAmount(property.getValue())) {
                            wrong.add(pointer + "/properties/" + property.getKey() + " = " + property.getValue());
                        }
                    });
            JsonNode type = node.path("type");
            if (type.asText().equals("number") || (type.isArray() && type.toString().contains("\"number\""))) {
                wrong.add(pointer + " is a JSON number: " + node);
            }
        });

        assertThat(moneyProperties).contains("#/components/schemas/DeclarationRequest/properties/total",
                "#/components/schemas/SourceDifference/properties/difference", "#/components/schemas/RewardRuleView/properties/amount");
        assertThat(api.at("/components/schemas/AmountsBySource/additionalProperties/$ref").asText()).isEqualTo(AMOUNT);
        assertThat(wrong).as("money not documented as the Amount string, or decimals documented as numbers").isEmpty();
    }

    @Test
    void everyExampleValidatesAgainstItsSchemaAndCarriesItsRequiredFields() {
        JsonNode api = document();
        List<String> examples = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        forEachOperation(api, (name, operation) -> {
            List<Map.Entry<String, JsonNode>> bodies = new ArrayList<>();
            operation.path("responses").properties().stream().filter(response -> response.getKey().startsWith("2"))
                    .forEach(response -> bodies.add(Map.entry(response.getKey(), response.getValue())));
            if (operation.has("requestBody")) {
                bodies.add(Map.entry("request", operation.path("requestBody")));
            }
            for (Map.Entry<String, JsonNode> body : bodies) {
                body.getValue().path("content").properties().stream().filter(media -> media.getValue().has("schema"))
                        .forEach(media -> media.getValue().path("examples").properties().forEach(example -> {
                            String what = name + " " + body.getKey() + " " + media.getKey() + " example '" + example.getKey() + "'";
                            examples.add(what);
                            invalid.addAll(violations(api, media.getValue().path("schema"), example.getValue().path("value"), what));
                        }));
            }
        });

        assertThat(examples).hasSizeGreaterThanOrEqualTo(23);
        assertThat(invalid).as("examples that do not validate (e.g. lack a required field)").isEmpty();
    }

    /**
     * Real answers of every operation that answers JSON, on a ledger of its own (POLICY_LOAN in
     * Jiexiu, 140781, from 2024, which no other test reads), validate against the documented schemas:
     * the documented required and nullable fields are what the service sends.
     */
    @Test
    void realResponsesValidateAgainstTheSchemasTheyAreDocumentedWith() {
        JsonNode api = document();
        String document = "openapi-" + UUID.randomUUID();
        List<String> invalid = new ArrayList<>();

        check(api, invalid, "post", "/api/v1/entries/receipts", 201, post(ADMIN, FundingApi.RECEIPTS, """
                {"source": "POLICY_LOAN", "amount": "100", "receivedOn": "2024-04-01", "documentNumber": "%s"}""".formatted(document)));
        check(api, invalid, "post", "/api/v1/entries/disbursements", 201, post(ADMIN, FundingApi.DISBURSEMENTS, """
                {"source": "POLICY_LOAN", "county": "140781", "amount": "60.00", "disbursedOn": "2024-04-02"}"""));
        String spent = check(api, invalid, "post", "/api/v1/entries/expenditures", 201, post(ADMIN, FundingApi.EXPENDITURES, """
                {"source": "POLICY_LOAN", "county": "140781", "purpose": "HOUSING_SUBSIDY", "amount": "25.5",
                 "spentOn": "2024-04-03", "siteId": "site-openapi"}""")).path("id").asText();
        String reversal = check(api, invalid, "post", "/api/v1/entries/{id}/reversal", 201,
                FundingApi.reverse(ADMIN, spent, "Recorded under the wrong purpose", "2024-04-04")).path("id").asText();
        check(api, invalid, "get", "/api/v1/entries/{id}", 200, as(ADMIN).get("/api/v1/entries/" + reversal).then());
        String cursor = check(api, invalid, "get", "/api/v1/entries", 200, as(ADMIN).queryParam("county", "140781")
                .queryParam("source", "POLICY_LOAN").queryParam("limit", 2).get("/api/v1/entries").then()).path("nextCursor").asText();
        check(api, invalid, "get", "/api/v1/entries", 200, as(ADMIN).queryParam("county", "140781")
                .queryParam("source", "POLICY_LOAN").queryParam("limit", 2).queryParam("cursor", cursor).get("/api/v1/entries").then());
        for (String query : List.of("county=140781&source=POLICY_LOAN", "county=140781&source=POLICY_LOAN&asOf=2024-04-03",
                "county=140700&source=POLICY_LOAN")) {
            check(api, invalid, "get", "/api/v1/balances", 200, as(ADMIN).get("/api/v1/balances?" + query).then());
        }
        check(api, invalid, "put", "/api/v1/declarations/{name}", 200, as(ADMIN).body("""
                {"total": "100.00", "sources": {"POLICY_LOAN": "100"}}""").put("/api/v1/declarations/openapi-test").then());
        check(api, invalid, "get", "/api/v1/declarations/{name}", 200, as(ADMIN).get("/api/v1/declarations/openapi-test").then());
        check(api, invalid, "get", "/api/v1/declarations", 200, as(ADMIN).get("/api/v1/declarations").then());
        check(api, invalid, "get", "/api/v1/reconciliation", 200,
                as(ADMIN).get("/api/v1/reconciliation?declaration=openapi-test").then());
        check(api, invalid, "get", "/api/v1/sources", 200, as(ADMIN).get("/api/v1/sources").then());
        check(api, invalid, "get", "/api/v1/rewards/rules", 200, as(ADMIN).get("/api/v1/rewards/rules").then());
        check(api, invalid, "get", "/api/v1/rewards", 200, as(ADMIN).get("/api/v1/rewards?limit=500").then());

        assertThat(invalid).as("real responses that do not match their documented schema").isEmpty();
    }

    private static JsonNode document() {
        try {
            return JSON.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        } catch (Exception e) {
            throw new AssertionError("the OpenAPI document is not JSON", e);
        }
    }

    /** Each operation under /api/, as "METHOD /path". */
    private static void forEachOperation(JsonNode api, BiConsumer<String, JsonNode> action) {
        api.path("paths").properties().stream().filter(path -> path.getKey().startsWith("/api/"))
                .forEach(path -> path.getValue().properties().stream().filter(method -> method.getValue().has("responses"))
                        .forEach(method -> action.accept(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue())));
    }

    /** Every object node of the document, with its JSON pointer. */
    private static void walk(String pointer, JsonNode node, BiConsumer<String, JsonNode> action) {
        if (node.isObject()) {
            action.accept(pointer, node);
            node.properties().forEach(member -> walk(pointer + "/" + member.getKey(), member.getValue(), action));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(pointer + "/" + i, node.get(i), action);
            }
        }
    }

    /** The Amount schema itself, or (for a nullable amount) any of it or null. */
    private static boolean refersToAmount(JsonNode schema) {
        if (schema.has("$ref")) {
            return schema.path("$ref").asText().equals(AMOUNT);
        }
        List<JsonNode> alternatives = new ArrayList<>();
        schema.path("anyOf").forEach(alternatives::add);
        return alternatives.stream().anyMatch(OpenApiTest::refersToAmount)
                && alternatives.stream().allMatch(alternative -> refersToAmount(alternative) || alternative.path("type").asText().equals("null"));
    }

    private static List<String> violations(JsonNode api, JsonNode schema, JsonNode value, String what) {
        if (value.isMissingNode()) {
            return List.of(what + ": no value");
        }
        ObjectNode root = schema.deepCopy();
        root.set("components", api.path("components")); // so that "#/components/schemas/..." resolves in the document
        Set<ValidationMessage> errors = SCHEMAS.getSchema(root, VALIDATION).validate(value);
        return errors.stream().map(error -> what + ": " + error.getMessage()).sorted().collect(Collectors.toList());
    }

    /** Validates a response against the schema its operation documents for the status, which it must answer with. */
    private static JsonNode check(JsonNode api, List<String> invalid, String method, String path, int status, ValidatableResponse response) {
        String body = response.statusCode(status).extract().asString();
        JsonNode schema = api.path("paths").path(path).path(method).path("responses").path(Integer.toString(status))
                .path("content").path("application/json").path("schema");
        assertThat(schema.isMissingNode()).as(method + " " + path + " " + status + " documents a JSON schema").isFalse();
        try {
            JsonNode json = JSON.readTree(body);
            invalid.addAll(violations(api, schema, json, method.toUpperCase() + " " + path + " " + status));
            return json;
        } catch (Exception e) {
            throw new AssertionError(method + " " + path + " answered no JSON: " + body, e);
        }
    }
}
