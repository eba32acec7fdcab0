package org.anju.platform.problem;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
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

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
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
        });
    }

    private static Map<String, Documented> ordered(Documented... errors) {
        Map<String, Documented> map = new LinkedHashMap<>();
        List.of(errors).forEach(error -> map.put(Integer.toString(error.type().status()), error));
        return map;
    }
}
