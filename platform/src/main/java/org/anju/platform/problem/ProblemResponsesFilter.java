package org.anju.platform.problem;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents the RFC 9457 error responses of every {@code /api/} operation in one place rather
 * than on each method: what a query can answer, and what a command can answer besides. A
 * resource documents an error itself only where it means something the platform cannot know
 * (say a 409's rule ids, or a 422 for an unknown reference); its description is kept and the
 * problem body added. Registered with {@code mp.openapi.filter}.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final Map<String, Documented> QUERY_ERRORS = ordered(
            new Documented(ProblemType.VALIDATION, "Invalid parameter or cursor; errors[] names each invalid field"),
            new Documented(ProblemType.UNAUTHORIZED, "No or invalid bearer token"),
            new Documented(ProblemType.FORBIDDEN, "The caller's role or county does not allow it"),
            new Documented(ProblemType.NOT_FOUND, "No such resource"));
    private static final Map<String, Documented> COMMAND_ERRORS = ordered(
            new Documented(ProblemType.DOMAIN_RULE,
                    "A domain rule was broken (the problem's rule names it), or an Idempotency-Key is still in use"),
            new Documented(ProblemType.PRECONDITION_FAILED, "If-Match does not match the current version (ETag)"),
            new Documented(ProblemType.PAYLOAD_TOO_LARGE, "Body too large"),
            new Documented(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The body's media type is not one the operation accepts"),
            new Documented(ProblemType.IDEMPOTENCY_KEY_REUSED, "The Idempotency-Key was used with another body"));

    /** The problem type an example shows (as the platform answers it), and the description where a resource gave none. */
    private record Documented(ProblemType type, String description) {
    }

    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("ProblemFieldError", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One invalid input: the field as the client sent it (e.g. members[0].idNumber) and what is wrong")
                .required(List.of("field", "message"))
                .addProperty("field", string("The JSON path, query parameter or column of the invalid input"))
                .addProperty("message", string("What is wrong, in the request's language")));
        openAPI.getComponents().addSchema("Problem", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail (application/problem+json), in the request's language (Accept-Language zh-CN or en)")
                .required(List.of("type", "title", "status"))
                .addProperty("type", string("A URN naming the kind of problem, e.g. urn:anju:problem:validation"))
                .addProperty("title", string("A short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).description("The HTTP status"))
                .addProperty("detail", string("What exactly went wrong, and what to do"))
                .addProperty("instance", string("The request path"))
                .addProperty("rule", string("For a 409: the id of the domain rule that was broken (stable; clients may branch on it)"))
                .addProperty("errorId", string("For a 500: the id to quote when reporting it"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("For a 400: each invalid input")
                        .items(OASFactory.createSchema().ref("#/components/schemas/ProblemFieldError"))));
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.getOperations().forEach((method, operation) -> {
                Map<String, Documented> errors = new LinkedHashMap<>(QUERY_ERRORS);
                if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
                    // public open data (e.g. the indicators) answers anyone: no token to lack, no role to miss
                    errors.remove(Integer.toString(ProblemType.UNAUTHORIZED.status()));
                    errors.remove(Integer.toString(ProblemType.FORBIDDEN.status()));
                }
                add(operation, errors);
                if (method != PathItem.HttpMethod.GET) {
                    add(operation, COMMAND_ERRORS);
                }
            });
        });
    }

    /** Adds each error response, or its problem body to one already listed (by the framework or the resource). */
    private static void add(Operation operation, Map<String, Documented> errors) {
        APIResponses responses = operation.getResponses();
        errors.forEach((status, documented) -> {
            APIResponse response = responses.getAPIResponse(status);
            if (response == null) {
                response = OASFactory.createAPIResponse().description(documented.description());
                responses.addAPIResponse(status, response);
            }
            if (response.getContent() == null || response.getContent().getMediaType(Problem.MEDIA_TYPE) == null) {
                ProblemType type = documented.type();
                Example example = OASFactory.createExample().value(Map.of("type", type.uri(), "title", type.title(),
                        "status", type.status(), "detail", documented.description()));
                response.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().addExample("problem", example)));
            }
            MediaType problem = response.getContent().getMediaType(Problem.MEDIA_TYPE);
            if (problem.getSchema() == null) {
                problem.setSchema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
            }
        });
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }

    private static Map<String, Documented> ordered(Documented... errors) {
        Map<String, Documented> map = new LinkedHashMap<>();
        List.of(errors).forEach(error -> map.put(Integer.toString(error.type().status()), error));
        return map;
    }
}
