package org.anju.platform.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
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
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A query parameter an operation does not take is a 400, not silently ignored: a client that
 * writes {@code ?registryNumber=} or {@code ?countyCode=} believing it filters must not get the
 * first page of everything back as if it had.
 */
public class KnownQueryParameters {

    private final Map<Method, Set<String>> known = new ConcurrentHashMap<>();
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
        Set<String> accepted = known.computeIfAbsent(method, KnownQueryParameters::queryParametersOf);
        Set<String> unknown = new TreeSet<>(request.getUriInfo().getQueryParameters().keySet());
        unknown.removeAll(accepted);
        if (unknown.isEmpty()) {
            return null;
        }
        Message takes = accepted.isEmpty() ? Message.of("problem.unknown-query-parameter.none")
                : Message.of("problem.unknown-query-parameter", String.join(", ", accepted));
        return problems.response(Problem.of(ProblemType.VALIDATION,
                        Message.of("problem.unknown-query-parameters", String.join(", ", unknown)).in(locale.get()),
                        request.getUriInfo().getRequestUri().getRawPath(), locale.get())
                .withErrors(unknown.stream().map(name -> new Problem.FieldError(name, takes.in(locale.get()))).toList()));
    }

    static Set<String> queryParametersOf(Method method) {
        SortedSet<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            add(parameter, parameter.getName(), names);
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null && type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        add(field, field.getName(), names);
                    }
                }
            }
        }
        return Collections.unmodifiableSortedSet(names);
    }

    private static void add(AnnotatedElement element, String javaName, Set<String> names) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null) {
            names.add(query.value());
        }
        RestQuery rest = element.getAnnotation(RestQuery.class);
        if (rest != null) {
            names.add(rest.value().isEmpty() ? javaName : rest.value());
        }
    }
}
