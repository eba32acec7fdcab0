package org.anju.platform.problem;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Documents the RFC 9457 error responses of every operation in one place rather than on each
 * method: what a query can answer, and what a command can answer besides. Registered with
 * {@code mp.openapi.filter}.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM = "application/problem+json";

    private static final Map<String, String> QUERY_ERRORS = ordered(
            "400", "Invalid parameter or cursor; errors[] names each invalid field",
            "401", "No or invalid bearer token",
            "403", "The caller's role or county does not allow it",
            "404", "No such resource");
    private static final Map<String, String> COMMAND_ERRORS = ordered(
            "409", "A domain rule was broken (the problem's rule names it), or an Idempotency-Key is still in use",
            "412", "If-Match does not match the current version (ETag)",
            "413", "Body too large",
            "415", "Body is not JSON",
            "422", "The Idempotency-Key was used with another body");

    @Override
    public void filterOpenAPI(org.eclipse.microprofile.openapi.models.OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.getOperations().forEach((method, operation) -> {
                add(operation, QUERY_ERRORS);
                if (method != PathItem.HttpMethod.GET) {
                    add(operation, COMMAND_ERRORS);
                }
            });
        });
    }

    /** Adds each error response, or its problem body to one the framework already listed (401, 403, 400). */
    private static void add(Operation operation, Map<String, String> errors) {
        APIResponses responses = operation.getResponses();
        errors.forEach((status, description) -> {
            APIResponse response = responses.getAPIResponse(status);
            if (response == null) {
                response = OASFactory.createAPIResponse().description(description);
                responses.addAPIResponse(status, response);
            }
            if (response.getContent() == null || response.getContent().getMediaType(PROBLEM) == null) {
                Example example = OASFactory.createExample().value(Map.of("type", "about:blank", "title", description,
                        "status", Integer.parseInt(status), "detail", description));
                response.content(OASFactory.createContent().addMediaType(PROBLEM,
                        OASFactory.createMediaType().addExample("problem", example)));
            }
        });
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
