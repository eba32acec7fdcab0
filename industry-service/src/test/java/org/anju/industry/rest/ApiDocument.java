package org.anju.industry.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import static io.restassured.RestAssured.given;

/**
 * The application's OpenAPI document ({@code /q/openapi?format=json}) as a test reads it: its {@code /api/}
 * operations, and JSON checked against its schemas (OpenAPI 3.1 schemas are JSON Schema 2020-12) with
 * every object closed ({@code additionalProperties: false}), so that a field the schema does not name
 * is an error like a missing required one.
 */
final class ApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    /** One operation: its path, HTTP method (lower case, as in the document) and its object. */
    record Operation(String path, String method, JsonNode node) {

        String id() {
            return node.path("operationId").asText();
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path + " (" + id() + ")";
        }
    }

    private final JsonNode document;
    private final JsonNode closedSchemas;

    private ApiDocument(JsonNode document) {
        this.document = document;
        this.closedSchemas = closed(document.path("components").path("schemas").deepCopy());
    }

    static ApiDocument read() {
        try {
            return new ApiDocument(JSON.readTree(given().queryParam("format", "json").get("/q/openapi")
                    .then().statusCode(200).extract().asByteArray()));
        } catch (java.io.IOException e) {
            throw new AssertionError("the OpenAPI document is not JSON", e);
        }
    }

    JsonNode node() {
        return document;
    }

    JsonNode component(String name) {
        return document.path("components").path("schemas").path(name);
    }

    /** Every operation under {@code /api/}. */
    List<Operation> apiOperations() {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/api/")) {
                path.getValue().fields().forEachRemaining(method -> {
                    if (method.getValue().has("responses")) {
                        operations.add(new Operation(path.getKey(), method.getKey(), method.getValue()));
                    }
                });
            }
        });
        return operations;
    }

    Operation operation(String operationId) {
        return apiOperations().stream().filter(operation -> operation.id().equals(operationId)).findFirst()
                .orElseThrow(() -> new AssertionError("no operation " + operationId));
    }

    /** The first example of the operation's JSON request body, to send as it is or with a field replaced. */
    ObjectNode requestExample(String operationId) {
        JsonNode examples = operation(operationId).node().path("requestBody").path("content").path("application/json")
                .path("examples");
        return (ObjectNode) examples.elements().next().path("value").deepCopy();
    }

    /** The schema the operation documents for a JSON answer with this status. */
    JsonNode responseSchema(String operationId, int status) {
        JsonNode schema = operation(operationId).node().path("responses").path(Integer.toString(status)).path("content")
                .path("application/json").path("schema");
        if (schema.isMissingNode()) {
            throw new AssertionError(operationId + " documents no JSON schema for " + status);
        }
        return schema;
    }

    /** Each violation of the schema by the JSON value (empty when it conforms). */
    List<String> violations(JsonNode schema, JsonNode value) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("components").set("schemas", closedSchemas);
        root.putArray("allOf").add(closed(schema.deepCopy()));
        return SCHEMAS.getSchema(root, CONFIG).validate(value).stream().map(ValidationMessage::getMessage).toList();
    }

    /** Calls back with every (property name, property schema) of every schema in the document, examples left out. */
    void eachProperty(BiConsumer<String, JsonNode> property) {
        eachProperty(document, property);
    }

    private static void eachProperty(JsonNode node, BiConsumer<String, JsonNode> property) {
        if (node.isArray()) {
            node.forEach(element -> eachProperty(element, property));
        }
        if (!node.isObject()) {
            return;
        }
        if (node.path("properties").isObject()) {
            node.path("properties").fields().forEachRemaining(entry -> property.accept(entry.getKey(), entry.getValue()));
        }
        node.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("examples") && !field.getKey().equals("example")) {
                eachProperty(field.getValue(), property);
            }
        });
    }

    /** The schema with every object schema in it closed to the properties it names. */
    private static JsonNode closed(JsonNode schema) {
        if (schema instanceof ObjectNode object && object.path("properties").isObject() && !object.has("additionalProperties")) {
            object.put("additionalProperties", false);
        }
        if (schema.isContainerNode()) {
            schema.forEach(ApiDocument::closed);
        }
        return schema;
    }
}
