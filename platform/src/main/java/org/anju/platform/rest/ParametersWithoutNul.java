package org.anju.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.anju.platform.i18n.Message;
import org.anju.platform.i18n.RequestLocale;
import org.anju.platform.problem.Problem;
import org.anju.platform.problem.ProblemResponses;
import org.anju.platform.problem.ProblemType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A query or path parameter with a NUL character ({@code %00}) is a 400 naming it: no identifier,
 * filter or name holds one, and PostgreSQL's text cannot, so it would otherwise fail at the database as a 500.
 */
public class ParametersWithoutNul {

    private final ProblemResponses problems;
    private final RequestLocale locale;

    public ParametersWithoutNul(ProblemResponses problems, RequestLocale locale) {
        this.problems = problems;
        this.locale = locale;
    }

    @ServerRequestFilter
    public Response reject(ContainerRequestContext request) {
        TreeSet<String> named = new TreeSet<>();
        collect(request.getUriInfo().getQueryParameters(), named);
        if (request.getUriInfo().getPath().indexOf('\u0000') >= 0) {
            named.add("path");
        }
        if (named.isEmpty()) {
            return null;
        }
        String reason = Message.of("input.text.nul").in(locale.get());
        return problems.response(Problem.of(ProblemType.VALIDATION, Message.of("problem.parameters-with-nul", String.join(", ", named))
                        .in(locale.get()), request.getUriInfo().getRequestUri().getRawPath(), locale.get())
                .withErrors(named.stream().map(name -> new Problem.FieldError(name, reason)).toList()));
    }

    private static void collect(MultivaluedMap<String, String> parameters, TreeSet<String> named) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getKey().indexOf('\u0000') >= 0 || parameter.getValue().stream().anyMatch(value -> value != null && value.indexOf('\u0000') >= 0)) {
                named.add(parameter.getKey().replace('\u0000', '?'));
            }
        }
    }
}
