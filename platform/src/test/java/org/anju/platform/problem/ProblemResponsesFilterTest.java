package org.anju.platform.problem;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemResponsesFilterTest {

    @Test
    void queriesGetTheQueryErrorsAndCommandsTheCommandErrorsEachWithAProblemExample() {
        Operation get = secured(operation());
        Operation post = secured(operation());
        filter("/api/v1/things", OASFactory.createPathItem().GET(get).POST(post));

        assertThat(get.getResponses().getAPIResponses()).containsOnlyKeys("200", "400", "401", "403", "404");
        assertThat(post.getResponses().getAPIResponses())
                .containsOnlyKeys("200", "400", "401", "403", "404", "409", "412", "413", "415", "422");
        assertThat(example(post.getResponses(), "412"))
                .containsEntry("type", "urn:anju:problem:precondition-failed").containsEntry("status", 412);
    }

    @Test
    void aPublicOperationCannotAnswer401Or403() {
        Operation get = operation();
        filter("/api/v1/indicators", OASFactory.createPathItem().GET(get));

        assertThat(get.getResponses().getAPIResponses()).containsOnlyKeys("200", "400", "404");
    }

    @Test
    void aResponseTheResourceDocumentedKeepsItsDescriptionAndGetsAProblemExample() {
        Operation post = operation();
        post.getResponses().addAPIResponse("409",
                OASFactory.createAPIResponse().description("Rules county-is-fixed, site-in-same-county"));
        filter("/api/v1/things/{id}", OASFactory.createPathItem().POST(post));

        assertThat(post.getResponses().getAPIResponse("409").getDescription())
                .isEqualTo("Rules county-is-fixed, site-in-same-county");
        assertThat(example(post.getResponses(), "409")).containsEntry("type", "urn:anju:problem:domain-rule");
    }

    @Test
    void pathsOutsideTheApiAreLeftAlone() {
        Operation get = operation();
        filter("/services/{name}/q/openapi", OASFactory.createPathItem().GET(get));

        assertThat(get.getResponses().getAPIResponses()).containsOnlyKeys("200");
    }

    private static Operation secured(Operation operation) {
        return operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("SecurityScheme"));
    }

    /** Runs the filter over an API with this one path. */
    private static void filter(String path, PathItem item) {
        new ProblemResponsesFilter().filterOpenAPI(OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem(path, item)));
    }

    private static Operation operation() {
        return OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> example(APIResponses responses, String status) {
        return (Map<String, Object>) responses.getAPIResponse(status).getContent()
                .getMediaType(Problem.MEDIA_TYPE).getExamples().get("problem").getValue();
    }
}
