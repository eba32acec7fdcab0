package org.anju.gateway.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.ArrayList;
import java.util.List;

/**
 * Says explicitly what the gateway's document would otherwise leave to the reader, so that
 * linters, client generators and the merged document read it as meant:
 * <ul>
 *   <li>the open data (indicators, counties, the ops view...) needs no token: its operations carry an
 *       empty security requirement ({@code security: []}) instead of none;</li>
 *   <li>a header parameter or response header documented without a type ({@code If-None-Match},
 *       {@code ETag}) is a string.</li>
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ExplicitOpenApi implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            typed(item.getParameters());
            item.getOperations().values().forEach(operation -> {
                if (operation.getSecurity() == null && openAPI.getSecurity() == null) {
                    operation.setSecurity(new ArrayList<>());
                }
                typed(operation.getParameters());
                typedHeaders(operation);
            });
        });
    }

    private static void typed(List<Parameter> parameters) {
        if (parameters == null) {
            return;
        }
        parameters.stream().filter(parameter -> parameter.getRef() == null && parameter.getSchema() == null
                && parameter.getContent() == null).forEach(parameter -> parameter.setSchema(string()));
    }

    private static void typedHeaders(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().values().forEach(response -> {
            if (response.getHeaders() == null) {
                return;
            }
            for (Header header : response.getHeaders().values()) {
                if (header.getRef() == null && header.getSchema() == null && header.getContent() == null) {
                    header.setSchema(string());
                }
            }
        });
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }
}
