package org.anju.governance.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What the annotations cannot say about this application's responses, added when the document is
 * built (it is then stored in {@code target/openapi} and served as is):
 * <ul>
 * <li>A response writes every component of its view, null or not (Jackson writes nulls), so each
 *     object schema a 2xx response reaches requires all its properties; a view marks those that may
 *     be null with {@code @Schema(nullable = true)}. A generated client then types each field as
 *     present, and as possibly null only where it is.</li>
 * <li>Schemas nothing refers to are dropped: the platform's {@code Amount} (this service handles no
 *     money).</li>
 * </ul>
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ResponseSchemas implements OASFilter {

    private static final String COMPONENTS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null || openAPI.getComponents() == null
                || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        List<Operation> operations = openAPI.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream()).toList();

        Set<String> responseSchemas = new HashSet<>();
        operations.stream().flatMap(ResponseSchemas::successSchemas)
                .forEach(schema -> walk(schema, components, responseSchemas, ResponseSchemas::requireEveryProperty));

        Set<String> used = new HashSet<>();
        Stream.concat(openAPI.getPaths().getPathItems().values().stream()
                                .flatMap(item -> stream(item.getParameters()).map(Parameter::getSchema)).filter(Objects::nonNull),
                        operations.stream().flatMap(ResponseSchemas::schemas))
                .forEach(schema -> walk(schema, components, used, s -> {
                }));
        List.copyOf(components.keySet()).stream().filter(name -> !used.contains(name))
                .forEach(openAPI.getComponents()::removeSchema);
    }

    private static void requireEveryProperty(Schema schema) {
        if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
            schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
        }
    }

    /** Visits {@code root} and every schema inside it, following references to components (each once; their names into {@code seen}). */
    private static void walk(Schema root, Map<String, Schema> components, Set<String> seen,
                             Consumer<Schema> visit) {
        Deque<Schema> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(COMPONENTS.length());
                if (schema.getRef().startsWith(COMPONENTS) && seen.add(name) && components.get(name) != null) {
                    pending.push(components.get(name));
                }
                continue;
            }
            visit.accept(schema);
            Stream.of(Stream.of(schema.getItems(), schema.getNot(), schema.getAdditionalPropertiesSchema()),
                            stream(schema.getAnyOf()), stream(schema.getAllOf()), stream(schema.getOneOf()),
                            stream(schema.getPrefixItems()),
                            schema.getProperties() == null ? Stream.<Schema>empty() : schema.getProperties().values().stream())
                    .flatMap(s -> s).filter(Objects::nonNull).forEach(pending::push);
        }
    }

    /** The schemas of an operation's success responses. */
    private static Stream<Schema> successSchemas(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return Stream.empty();
        }
        return operation.getResponses().getAPIResponses().entrySet().stream()
                .filter(response -> response.getKey().startsWith("2"))
                .flatMap(response -> schemas(response.getValue().getContent()));
    }

    /** Every schema an operation names: its parameters', its body's and its responses'. */
    private static Stream<Schema> schemas(Operation operation) {
        Stream<Schema> parameters = stream(operation.getParameters()).map(Parameter::getSchema);
        Stream<Schema> body = operation.getRequestBody() == null ? Stream.empty() : schemas(operation.getRequestBody().getContent());
        Stream<Schema> responses = operation.getResponses() == null || operation.getResponses().getAPIResponses() == null
                ? Stream.empty()
                : operation.getResponses().getAPIResponses().values().stream().flatMap(r -> schemas(r.getContent()));
        return Stream.of(parameters, body, responses).flatMap(s -> s).filter(Objects::nonNull);
    }

    private static Stream<Schema> schemas(Content content) {
        return content == null || content.getMediaTypes() == null ? Stream.empty()
                : content.getMediaTypes().values().stream().map(MediaType::getSchema).filter(Objects::nonNull);
    }

    private static <T> Stream<T> stream(List<T> list) {
        return list == null ? Stream.empty() : list.stream();
    }
}
