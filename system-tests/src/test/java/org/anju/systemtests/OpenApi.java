package org.anju.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One application's OpenAPI document ({@code /q/openapi?format=json}) read as the list of its
 * operations, with their parameters, request body schema and example, and a valid-looking value
 * for any schema (its example when it has one).
 */
final class OpenApi {

    static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    record Parameter(String in, String name, JsonNode schema, boolean required) {
    }

    /**
     * An operation of {@code application} ("gateway", "households", ...).
     * {@code bodyType} is the first content type of its request body (null: none), {@code example} a body that fits it.
     */
    record Operation(String application, String method, String path, String operationId, List<Parameter> parameters,
                     String bodyType, JsonNode bodySchema, JsonNode example, List<String> permissions) {

        String key() {
            return application + " " + method + " " + path;
        }

        boolean isPublic() {
            return permissions.isEmpty();
        }

        boolean hasJsonBody() {
            return bodyType != null && bodyType.contains("json");
        }

        List<Parameter> in(String where) {
            return parameters.stream().filter(parameter -> parameter.in().equals(where)).toList();
        }
    }

    private final String application;
    private final JsonNode document;

    OpenApi(String application, JsonNode document) {
        this.application = application;
        this.document = document;
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> entry = methods.next();
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                JsonNode operation = entry.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode list : List.of(path.getValue().path("parameters"), operation.path("parameters"))) {
                    for (JsonNode parameter : list) {
                        JsonNode resolved = resolve(parameter);
                        parameters.add(new Parameter(resolved.path("in").asText(), resolved.path("name").asText(),
                                resolve(resolved.path("schema")), resolved.path("required").asBoolean(false)));
                    }
                }
                String bodyType = null;
                JsonNode bodySchema = null;
                JsonNode example = null;
                Iterator<Map.Entry<String, JsonNode>> content = operation.path("requestBody").path("content").fields();
                if (content.hasNext()) {
                    Map.Entry<String, JsonNode> first = content.next();
                    bodyType = first.getKey();
                    bodySchema = resolve(first.getValue().path("schema"));
                    JsonNode examples = first.getValue().path("examples");
                    if (examples.isObject() && examples.size() > 0) {
                        example = resolve(examples.elements().next()).path("value");
                    } else if (first.getValue().has("example")) {
                        example = first.getValue().get("example");
                    }
                    if ((example == null || example.isMissingNode()) && bodyType.contains("json")) {
                        example = sample(bodySchema, 0);
                    }
                }
                List<String> permissions = new ArrayList<>();
                operation.path("security").forEach(requirement -> requirement.fields()
                        .forEachRemaining(scheme -> scheme.getValue().forEach(role -> permissions.add(role.asText()))));
                operations.add(new Operation(application, entry.getKey().toUpperCase(), path.getKey(),
                        operation.path("operationId").asText(null), List.copyOf(parameters), bodyType, bodySchema, example, List.copyOf(permissions)));
            }
        }
        return operations;
    }

    /** Follows {@code $ref}s inside the document. */
    JsonNode resolve(JsonNode node) {
        int hops = 0;
        while (node != null && node.has("$ref") && hops++ < 20) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return node;
            }
            JsonNode target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            node = target;
        }
        return node == null ? NODES.missingNode() : node;
    }

    /** The properties of an object schema, resolved ({@code allOf} merged). */
    Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> properties = new java.util.LinkedHashMap<>();
        JsonNode resolved = resolve(schema);
        resolved.path("allOf").forEach(part -> properties.putAll(properties(part)));
        resolved.path("properties").fields().forEachRemaining(property -> properties.put(property.getKey(), resolve(property.getValue())));
        return properties;
    }

    /** The JSON type a schema asks for ("string", "integer", "object", ...), or "" when it does not say. */
    String type(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        JsonNode type = resolved.path("type");
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (!"null".equals(option.asText())) {
                    return option.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (resolved.has("properties") || resolved.has("allOf")) {
            return "object";
        }
        return resolved.has("items") ? "array" : "";
    }

    /** A value that satisfies the schema as far as a schema can say (examples first). */
    JsonNode sample(JsonNode schema, int depth) {
        JsonNode resolved = resolve(schema);
        if (resolved.has("example")) {
            return resolved.get("example");
        }
        if (resolved.path("examples").isArray() && resolved.path("examples").size() > 0) {
            return resolved.path("examples").get(0);
        }
        if (resolved.path("enum").isArray() && resolved.path("enum").size() > 0) {
            return resolved.path("enum").get(0);
        }
        if (resolved.path("oneOf").isArray() && resolved.path("oneOf").size() > 0) {
            return sample(resolved.path("oneOf").get(0), depth + 1);
        }
        String format = resolved.path("format").asText("");
        switch (type(resolved)) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                if (depth < 6) {
                    properties(resolved).forEach((name, property) -> object.set(name, sample(property, depth + 1)));
                }
                return object;
            }
            case "array": {
                ArrayNode array = NODES.arrayNode();
                if (depth < 6) {
                    array.add(sample(resolved.path("items"), depth + 1));
                }
                return array;
            }
            case "integer":
                return NODES.numberNode(Math.max(1, resolved.path("minimum").asLong(1)));
            case "number":
                return NODES.numberNode(Math.max(1, resolved.path("minimum").asDouble(1)));
            case "boolean":
                return NODES.booleanNode(true);
            default:
                return NODES.textNode(switch (format) {
                    case "date" -> "2019-06-30";
                    case "date-time" -> "2019-06-30T08:00:00+08:00";
                    case "uuid" -> "5b0c7a54-3f7e-4f43-9a55-0b8f1c7a2d11";
                    default -> "text";
                });
        }
    }
}
