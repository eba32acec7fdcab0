package org.anju.governance.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

import static io.restassured.RestAssured.given;

/**
 * The application's OpenAPI document ({@code /q/openapi}) as the tests read it: its operations, and
 * JSON checked against one of its schemas (JSON Schema 2020-12, as OpenAPI 3.1 writes them, formats
 * asserted).
 */
final class OpenApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    final JsonNode root;
    private final Map<String, JsonSchema> compiled = new HashMap<>();

    private OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    static OpenApiDocument fetch() {
        try {
            return new OpenApiDocument(JSON.readTree(given().accept("application/json").get("/q/openapi?format=json")
                    .then().statusCode(200).extract().asString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One operation: its method (lower case, as the document writes it), path template and body. */
    record Operation(String method, String path, JsonNode node) {

        String name() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }

        String id() {
            return node.path("operationId").asText();
        }
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (List.of("get", "put", "post", "patch", "delete").contains(op.getKey())) {
                    operations.add(new Operation(op.getKey(), path.getKey(), op.getValue()));
                }
            }
        }
        return operations;
    }

    Operation operation(String method, String path) {
        return operations().stream().filter(o -> o.method().equalsIgnoreCase(method) && o.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("the document has no " + method + " " + path));
    }

    /** A component schema by name, or a missing node. */
    JsonNode component(String name) {
        return root.path("components").path("schemas").path(name);
    }

    /** Every schema object of the components, nested ones too, with the path it is found at. */
    void eachSchema(BiConsumer<String, JsonNode> visitor) {
        root.path("components").path("schemas").fields()
                .forEachRemaining(e -> eachSchema("#/components/schemas/" + e.getKey(), e.getValue(), visitor));
    }

    private static void eachSchema(String at, JsonNode schema, BiConsumer<String, JsonNode> visitor) {
        if (!schema.isObject()) {
            return;
        }
        visitor.accept(at, schema);
        schema.path("properties").fields().forEachRemaining(p -> eachSchema(at + "/properties/" + p.getKey(), p.getValue(), visitor));
        eachSchema(at + "/items", schema.path("items"), visitor);
        for (String composition : List.of("anyOf", "oneOf", "allOf")) {
            for (int i = 0; i < schema.path(composition).size(); i++) {
                eachSchema(at + "/" + composition + "/" + i, schema.path(composition).get(i), visitor);
            }
        }
    }

    /** What is wrong with {@code value} against {@code schema} (a schema object of this document, usually a $ref): nothing when valid. */
    List<String> violations(JsonNode schema, JsonNode value) {
        JsonSchema validator = compiled.computeIfAbsent(schema.toString(), key -> {
            ObjectNode wrapper = JSON.createObjectNode();
            wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            wrapper.setAll((ObjectNode) schema.deepCopy());
            wrapper.set("components", root.path("components"));
            return FACTORY.getSchema(wrapper, CONFIG);
        });
        return validator.validate(value).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
