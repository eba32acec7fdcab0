package org.anju.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Checks events against the schemas in {@code contracts/}: the CloudEvents envelope first, then
 * the {@code data} against the schema of the event's type ({@code anju.households.HouseholdMovedIn}
 * → {@code contracts/households/HouseholdMovedIn.schema.json} on the class path).
 */
public final class EventContracts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventContracts() {
    }

    /** Fails with every violation if the event does not match its contract; returns the parsed event. */
    public static JsonNode assertValid(byte[] event) {
        try {
            return assertValid(JSON.readTree(event));
        } catch (IOException e) {
            throw new AssertionError("event is not JSON: " + e.getMessage(), e);
        }
    }

    public static JsonNode assertValid(JsonNode event) {
        check("the envelope", schema("contracts/cloudevent.schema.json"), event);
        String type = event.path("type").asText();
        check(type, schema(schemaPath(type)), event.path("data"));
        return event;
    }

    /** {@code anju.<producer>.<Name>} → {@code contracts/<producer>/<Name>.schema.json}. */
    public static String schemaPath(String type) {
        String[] parts = type.split("\\.");
        if (parts.length != 3 || !parts[0].equals("anju")) {
            throw new AssertionError("not an Anju event type: " + type);
        }
        return "contracts/" + parts[1] + "/" + parts[2] + ".schema.json";
    }

    private static void check(String what, JsonSchema schema, JsonNode node) {
        Set<ValidationMessage> errors = schema.validate(node);
        if (!errors.isEmpty()) {
            throw new AssertionError(what + " violates its contract:\n  "
                    + errors.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n  "))
                    + "\nevent: " + node);
        }
    }

    private static JsonSchema schema(String path) {
        return SCHEMAS.computeIfAbsent(path, p -> {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(p)) {
                if (in == null) {
                    throw new AssertionError("no schema on the class path at " + p + " (add it to contracts/schemas)");
                }
                return FACTORY.getSchema(in, CONFIG);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
