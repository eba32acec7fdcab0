package org.anju.platform.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one OpenAPI document partners read: everything the gateway exposes, merged
 * ({@link OpenApiMerge}) from the gateway's own document and the documents of the services it
 * proxies, each service keeping only the paths the gateway routes to it ({@link ProxyRoutes}), with
 * the gateway's public origin as its server. Every proxied operation also documents the gateway's
 * own 503, and every problem response the problem's schema.
 * <p>
 * The gateway serves it from the services' live documents; {@link #main} builds it from documents
 * stored at build time, so that a client can be generated before anything runs:
 * <pre>
 * java org.anju.platform.openapi.FrontDoorDocument --routes gateway/src/main/resources/proxy-routes.json \
 *     --gateway gateway/target/openapi/openapi.json --service households=households-service/target/openapi/openapi.json ... \
 *     --server http://localhost:8080 --out target/openapi/anju.json
 * </pre>
 */
public final class FrontDoorDocument {

    public static final String TITLE = "Anju API";
    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    static final String PROBLEM_SCHEMA = "Problem";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FrontDoorDocument() {
    }

    /**
     * The merged document.
     *
     * @param routes   the gateway's proxy routes
     * @param gateway  the gateway's own document (every path kept)
     * @param services each proxied service's document by service name, in the order to merge them
     * @param server   the gateway's public origin, e.g. {@code https://anju.example.gov.cn}
     */
    public static OpenApiMerge.Result build(ProxyRoutes routes, JsonNode gateway, Map<String, JsonNode> services, String server) {
        String version = gateway.path("info").path("version").asText("0");
        ObjectNode info = NODES.objectNode().put("title", TITLE).put("version", version).put("description", description(services));
        OpenApiMerge merge = new OpenApiMerge(info).server(server, "The Anju gateway");
        merge.add(OpenApiMerge.Source.everyPath("gateway", gateway));
        ObjectNode proxyResponses = proxyResponses();
        services.forEach((service, document) -> merge.add(new OpenApiMerge.Source(service, document,
                template -> routes.publicPath(service, template), proxyResponses)));
        OpenApiMerge.Result result = merge.merge();
        describeProblems(result.document());
        return result;
    }

    private static String description(Map<String, JsonNode> services) {
        return """
                Everything the Anju gateway exposes, in one document: its own API (indicators, targets, data quality, \
                operations, audit) and the APIs of the services behind it (%s), each at the path the gateway routes \
                to it. A service's audit trail is at `/api/v1/audit/<service>`; each service's own document stays at \
                `/services/<service>/q/openapi`.

                Authenticate with a bearer JWT (`Authorization: Bearer …`) unless an operation has no security \
                requirement. Send `Accept-Language: zh-CN` for Chinese messages. Commands accept an `Idempotency-Key` \
                header: a command that carries one is safe to retry, and the gateway retries it itself when a pooled \
                connection to the service turns out to be closed. Errors are RFC 9457 problems \
                (`application/problem+json`); the gateway answers `503` with `Retry-After` when the owning service \
                cannot be reached, and `413` when a body is over the limit before forwarding it.\
                """.formatted(String.join(", ", services.keySet()));
    }

    /** The gateway's own answer for every proxied operation: the owner could not be reached. */
    private static ObjectNode proxyResponses() {
        ObjectNode responses = NODES.objectNode();
        ObjectNode unavailable = responses.putObject("503");
        unavailable.put("description", "The owning service cannot be reached or did not answer in time (the gateway's own "
                + "answer); retry after Retry-After seconds, a command with the same Idempotency-Key");
        unavailable.putObject("headers").putObject("Retry-After").put("description", "Seconds to wait before retrying")
                .putObject("schema").put("type", "integer");
        ObjectNode example = unavailable.putObject("content").putObject(PROBLEM_MEDIA_TYPE)
                .putObject("examples").putObject("problem").putObject("value");
        example.put("type", "urn:anju:problem:service-unavailable").put("title", "Service unavailable").put("status", 503)
                .put("detail", "The households service is not reachable right now; retry later.")
                .put("instance", "/api/v1/households");
        return responses;
    }

    /**
     * Gives every {@code application/problem+json} content without a schema the RFC 9457 problem's
     * schema, so that a generated client can read the error body.
     */
    static void describeProblems(ObjectNode document) {
        List<ObjectNode> problemContents = new ArrayList<>();
        document.path("paths").forEach(item -> OpenApiMerge.METHODS.forEach(method ->
                item.path(method).path("responses").forEach(response -> {
                    JsonNode media = response.path("content").path(PROBLEM_MEDIA_TYPE);
                    if (media.isObject() && !media.has("schema")) {
                        problemContents.add((ObjectNode) media);
                    }
                })));
        if (problemContents.isEmpty()) {
            return;
        }
        ObjectNode components = document.has("components") ? (ObjectNode) document.get("components") : document.putObject("components");
        ObjectNode schemas = components.has("schemas") ? (ObjectNode) components.get("schemas") : components.putObject("schemas");
        if (!schemas.has(PROBLEM_SCHEMA)) {
            schemas.set(PROBLEM_SCHEMA, problemSchema()); // a document that has one already describes it itself
        }
        String ref = "#/components/schemas/" + PROBLEM_SCHEMA;
        problemContents.forEach(media -> media.putObject("schema").put("$ref", ref));
    }

    static ObjectNode problemSchema() {
        ObjectNode schema = NODES.objectNode().put("type", "object")
                .put("description", "An RFC 9457 problem detail, the body of every error response");
        schema.putArray("required").add("type").add("title").add("status");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("type").put("type", "string").put("description", "The kind of problem, a URN such as urn:anju:problem:validation");
        properties.putObject("title").put("type", "string").put("description", "A short summary of the kind, in the request's language");
        properties.putObject("status").put("type", "integer").put("format", "int32").put("description", "The HTTP status");
        properties.putObject("detail").put("type", "string").put("description", "What exactly went wrong, in the request's language");
        properties.putObject("instance").put("type", "string").put("description", "The request path");
        properties.putObject("rule").put("type", "string").put("description", "The domain rule a 409 broke");
        properties.putObject("errorId").put("type", "string").put("description", "Quote it when reporting a 500");
        ObjectNode errors = properties.putObject("errors").put("type", "array").put("description", "One entry per invalid field of a 400");
        ObjectNode error = errors.putObject("items").put("type", "object");
        error.putObject("properties").putObject("field").put("type", "string");
        ((ObjectNode) error.get("properties")).putObject("message").put("type", "string");
        return schema;
    }

    /** Builds the document from stored documents (see the class comment) and writes it as JSON. */
    public static void main(String[] args) throws IOException {
        Path routes = null;
        Path gateway = null;
        Path out = null;
        String server = "http://localhost:8080";
        Map<String, JsonNode> services = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--routes" -> routes = Path.of(require(args[i], value));
                case "--gateway" -> gateway = Path.of(require(args[i], value));
                case "--out" -> out = Path.of(require(args[i], value));
                case "--server" -> server = require(args[i], value);
                case "--service" -> {
                    String[] nameAndFile = require(args[i], value).split("=", 2);
                    if (nameAndFile.length != 2) {
                        throw new IllegalArgumentException("--service NAME=FILE, not " + value);
                    }
                    services.put(nameAndFile[0], read(Path.of(nameAndFile[1])));
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; use --routes FILE --gateway FILE --service NAME=FILE... [--server URL] --out FILE");
            }
            i++;
        }
        if (routes == null || gateway == null || out == null || services.isEmpty()) {
            throw new IllegalArgumentException("--routes, --gateway, --out and at least one --service are required");
        }
        OpenApiMerge.Result result = build(ProxyRoutes.read(routes), read(gateway), services, server);
        Files.createDirectories(out.toAbsolutePath().getParent());
        JSON.writeValue(out.toFile(), result.document());
        System.out.printf("%s: %d paths from the gateway and %s%n", out, result.document().path("paths").size(), services.keySet());
        result.notes().stream().filter(note -> !note.contains("left out (not routed")).forEach(note -> System.out.println("  " + note));
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenAPI document " + file, e);
        }
    }
}
