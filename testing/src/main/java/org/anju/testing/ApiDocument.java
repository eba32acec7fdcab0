package org.anju.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import static io.restassured.RestAssured.given;

/**
 * The OpenAPI document ({@code /q/openapi?format=json}) of the application under test, as its tests read it: its {@code /api/}
 * operations, their examples, and JSON checked against its schemas (OpenAPI 3.1 schemas are JSON Schema
 * 2020-12, formats asserted) with every object closed ({@code additionalProperties: false}), so that a field
 * the schema does not name is an error like a missing required one.
 */
public final class ApiDocument {

    public static final String JSON_MEDIA = "application/json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    /** One operation: its path, HTTP method (lower case, as in the document) and its object. */
    public record Operation(String path, String method, JsonNode node) {

        public String id() {
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

    public static ApiDocument read() {
        return new ApiDocument(json(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asByteArray(), "the OpenAPI document"));
    }

    public static JsonNode json(byte[] body, String what) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(what + " is not JSON: " + new String(body, java.nio.charset.StandardCharsets.UTF_8), e);
        }
    }

    /** The whole document. */
    public JsonNode node() {
        return document;
    }

    public JsonNode component(String name) {
        return document.path("components").path("schemas").path(name);
    }

    /** The names of the component schemas. */
    public List<String> componentNames() {
        List<String> names = new ArrayList<>();
        document.path("components").path("schemas").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Every operation under {@code /api/}. */
    public List<Operation> apiOperations() {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> {
            if (path.getKey().startsWith("/api/")) {
                path.getValue().properties().forEach(method -> {
                    if (method.getValue().has("responses")) {
                        operations.add(new Operation(path.getKey(), method.getKey(), method.getValue()));
                    }
                });
            }
        });
        return operations;
    }

    public Operation operation(String operationId) {
        return apiOperations().stream().filter(operation -> operation.id().equals(operationId)).findFirst()
                .orElseThrow(() -> new AssertionError("no operation " + operationId));
    }

    /** The first example of the operation's request body in this media type. */
    public JsonNode requestExample(String operationId, String mediaType) {
        JsonNode examples = operation(operationId).node().path("requestBody").path("content").path(mediaType).path("examples");
        if (!examples.elements().hasNext()) {
            throw new AssertionError(operationId + " has no " + mediaType + " request example");
        }
        return examples.elements().next().path("value").deepCopy();
    }

    /** The first example of the operation's JSON request body, to send as it is or with a field replaced. */
    public ObjectNode requestExample(String operationId) {
        return (ObjectNode) requestExample(operationId, JSON_MEDIA);
    }

    /** The first example of the operation's answer with this status in this media type. */
    public JsonNode responseExample(String operationId, int status, String mediaType) {
        JsonNode examples = operation(operationId).node().path("responses").path(Integer.toString(status)).path("content")
                .path(mediaType).path("examples");
        if (!examples.elements().hasNext()) {
            throw new AssertionError(operationId + " has no " + mediaType + " example for " + status);
        }
        return examples.elements().next().path("value");
    }

    /** The schema the operation documents for a JSON answer with this status. */
    public JsonNode responseSchema(String operationId, int status) {
        JsonNode schema = operation(operationId).node().path("responses").path(Integer.toString(status)).path("content")
                .path(JSON_MEDIA).path("schema");
        if (schema.isMissingNode()) {
            throw new AssertionError(operationId + " documents no JSON schema for " + status);
        }
        return schema;
    }

    /** Each violation of the schema by the JSON value (empty when it conforms). */
    public List<String> violations(JsonNode schema, JsonNode value) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("components").set("schemas", closedSchemas);
        root.putArray("allOf").add(closed(schema.deepCopy()));
        return SCHEMAS.getSchema(root, CONFIG).validate(value).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** Calls back with every (property name, property schema) of every schema in the document, examples left out. */
    public void eachProperty(BiConsumer<String, JsonNode> property) {
        eachProperty(document, property);
    }

    /** Calls back with every schema object of the document (components and inline ones), examples left out. */
    public void eachSchema(BiConsumer<String, JsonNode> schema) {
        eachNode("#", document, schema);
    }

    private static void eachProperty(JsonNode node, BiConsumer<String, JsonNode> property) {
        eachNode("#", node, (pointer, object) -> object.path("properties").properties()
                .forEach(entry -> property.accept(entry.getKey(), entry.getValue())));
    }

    private static void eachNode(String pointer, JsonNode node, BiConsumer<String, JsonNode> visit) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                eachNode(pointer + "/" + i, node.get(i), visit);
            }
        }
        if (!node.isObject()) {
            return;
        }
        visit.accept(pointer, node);
        node.properties().forEach(field -> {
            if (!field.getKey().equals("examples") && !field.getKey().equals("example")) {
                eachNode(pointer + "/" + field.getKey(), field.getValue(), visit);
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
