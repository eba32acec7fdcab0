package org.anju.platform.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.anju.platform.i18n.Message;
import org.anju.platform.i18n.RequestLocale;
import org.anju.platform.problem.Problem;
import org.anju.platform.problem.ProblemResponses;
import org.anju.platform.problem.ProblemType;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A query parameter an operation does not take is a 400, not silently ignored: a client that
 * writes {@code ?registryNumber=} or {@code ?countyCode=} believing it filters must not get the
 * first page of everything back as if it had. Nor is one given twice: JAX-RS would take the first
 * value of {@code ?dryRun=false&dryRun=true} and run the import for real.
 */
public class KnownQueryParameters {

    private final Map<Method, Accepted> known = new ConcurrentHashMap<>();
    private final ProblemResponses problems;
    private final RequestLocale locale;

    public KnownQueryParameters(ProblemResponses problems, RequestLocale locale) {
        this.problems = problems;
        this.locale = locale;
    }

    @ServerRequestFilter
    public Response rejectUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        Accepted operation = known.computeIfAbsent(method, KnownQueryParameters::acceptedBy);
        Set<String> accepted = operation.names();
        MultivaluedMap<String, String> given = request.getUriInfo().getQueryParameters();
        Set<String> unknown = new TreeSet<>(given.keySet());
        unknown.removeAll(accepted);
        if (unknown.isEmpty()) {
            return repeated(request, given, operation);
        }
        Message takes = accepted.isEmpty() ? Message.of("problem.unknown-query-parameter.none")
                : Message.of("problem.unknown-query-parameter", String.join(", ", accepted));
        return problems.response(Problem.of(ProblemType.VALIDATION,
                        Message.of("problem.unknown-query-parameters", String.join(", ", unknown)).in(locale.get()),
                        request.getUriInfo().getRequestUri().getRawPath(), locale.get())
                .withErrors(unknown.stream().map(name -> new Problem.FieldError(name, takes.in(locale.get()))).toList()));
    }

    /**
     * A query parameter given more than once ({@code ?dryRun=false&dryRun=true}) is a 400 naming it,
     * unless the operation takes it as a list: JAX-RS would silently use the first value.
     */
    private Response repeated(ContainerRequestContext request, MultivaluedMap<String, String> given, Accepted operation) {
        Set<String> repeated = new TreeSet<>();
        Set<String> empty = new TreeSet<>();
        given.forEach((name, values) -> {
            if (values.size() > 1 && !operation.lists().contains(name)) {
                repeated.add(name);
            } else if (operation.booleans().contains(name) && values.stream().anyMatch(value -> value == null || value.isBlank())) {
                empty.add(name); // ?dryRun= says neither yes nor no: never read as false
            }
        });
        if (repeated.isEmpty() && !empty.isEmpty()) {
            String yesNo = Message.of("input.boolean").in(locale.get());
            return problems.response(Problem.of(ProblemType.VALIDATION,
                            Message.of("problem.invalid-input", String.join(", ", empty)).in(locale.get()),
                            request.getUriInfo().getRequestUri().getRawPath(), locale.get())
                    .withErrors(empty.stream().map(name -> new Problem.FieldError(name, yesNo)).toList()));
        }
        if (repeated.isEmpty()) {
            return null;
        }
        String once = Message.of("problem.repeated-query-parameter").in(locale.get());
        return problems.response(Problem.of(ProblemType.VALIDATION,
                        Message.of("problem.repeated-query-parameters", String.join(", ", repeated)).in(locale.get()),
                        request.getUriInfo().getRequestUri().getRawPath(), locale.get())
                .withErrors(repeated.stream().map(name -> new Problem.FieldError(name, once)).toList()));
    }

    /** The query parameters an operation takes, and those of them it takes as a list (which may repeat). */
    record Accepted(Set<String> names, Set<String> lists, Set<String> booleans) {
    }

    static Accepted acceptedBy(Method method) {
        SortedSet<String> names = new TreeSet<>();
        Set<String> lists = new TreeSet<>();
        Set<String> booleans = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            add(parameter, parameter.getName(), parameter.getType(), names, lists, booleans);
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null && type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        add(field, field.getName(), field.getType(), names, lists, booleans);
                    }
                }
            }
        }
        return new Accepted(Collections.unmodifiableSortedSet(names), Collections.unmodifiableSet(lists), Collections.unmodifiableSet(booleans));
    }

    private static void add(AnnotatedElement element, String javaName, Class<?> type, Set<String> names, Set<String> lists,
                            Set<String> booleans) {
        String name = null;
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null) {
            name = query.value();
        }
        RestQuery rest = element.getAnnotation(RestQuery.class);
        if (rest != null) {
            name = rest.value().isEmpty() ? javaName : rest.value();
        }
        if (name != null) {
            names.add(name);
            if (type.isArray() || Collection.class.isAssignableFrom(type)) {
                lists.add(name);
            }
            if (type == boolean.class || type == Boolean.class) {
                booleans.add(name);
            }
        }
    }
}
