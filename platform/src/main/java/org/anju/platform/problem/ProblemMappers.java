package org.anju.platform.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.anju.platform.i18n.Message;
import org.anju.platform.i18n.RequestLocale;
import org.anju.platform.security.Refused;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every exception a JAX-RS resource lets out becomes an RFC 9457 problem.
 * <p>
 * Why not Quarkiverse {@code quarkus-resteasy-problem}: its newest release (3.21.0) targets
 * Quarkus 3.21 (none is published for 3.33), it reports validation failures as
 * {@code violations: [{field, in, message}]} rather than this suite's
 * {@code errors: [{field, message}]}, and it has no place for our {@code rule} member; a handful
 * of mappers around {@link Problem} does exactly what the API guide asks.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** JAX-RS' own message for an exception built from a bare status, e.g. "HTTP 404 Not Found". */
    private static final Pattern DEFAULT_MESSAGE = Pattern.compile("HTTP \\d{3}\\b.*");

    static final String BEARER_CHALLENGE = "Bearer";
    static final String RETRY_AFTER_SECONDS = "2";

    private final ProblemResponses responses;
    private final RequestLocale locale;

    public ProblemMappers(ProblemResponses responses, RequestLocale locale) {
        this.responses = responses;
        this.locale = locale;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return responses.response(e.toProblem(instance(uri), locale.get()));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        if (e.getConstraintViolations().stream().anyMatch(FieldPaths::isReturnValue)) {
            return unexpected(e, uri); // our response broke its own contract: a bug, not bad input
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(FieldPaths.of(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        String fields = errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", "));
        return responses.response(problem(ProblemType.VALIDATION, Message.of("problem.invalid-input", fields), uri).withErrors(errors));
    }

    // MismatchedInputException named too: Quarkus' own mapper for it would answer in its own format
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        InvalidInput invalid = invalidInputIn(e);
        if (invalid != null && e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            // a value type refused what the field holds (e.g. an unknown county): a validation error of that field
            return responses.response(invalid.at(jsonPath(mapping.getPath())).toProblem(instance(uri), locale.get()));
        }
        return responses.response(problem(ProblemType.MALFORMED_BODY, where(e), uri));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class, AuthenticationCompletionException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(responses.response(unauthorized(instance(uri), locale.get())))
                .header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE)
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        // Quarkus' own role checks carry no message; the platform's scope checks say what was refused
        Message detail = e instanceof Refused refused ? refused.reason() : Message.of("problem.forbidden.roles");
        return responses.response(problem(ProblemType.FORBIDDEN, detail, uri));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers, ResourceInfo resource) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformed(json, uri);
        }
        Response original = e.getResponse();
        if (original.getStatus() == 415 || original.getStatus() == 406) {
            return mediaType(original.getStatus(), headers, resource, uri);
        }
        if (original.getStatus() >= 500) {
            return unexpected(e, uri);
        }
        InvalidInput invalid = invalidInputIn(e);
        if (invalid != null) {
            // a query or path parameter's value type refused it (JAX-RS wraps that in a 404)
            return responses.response(invalid.toProblem(instance(uri), locale.get()));
        }
        if (original.getStatus() == 404 && e.getCause() != null) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted (e.g. ?since=yesterday);
            // it is the client's input that is wrong, and the cause may name classes: say so plainly
            return responses.response(problem(ProblemType.BAD_REQUEST, Message.of("problem.parameter-unreadable"), uri));
        }
        // a message the code chose is for the client; a framework's (with a cause) may name classes
        String message = e.getMessage();
        String detail = e.getCause() == null && message != null && !DEFAULT_MESSAGE.matcher(message).matches() ? message : null;
        Response.ResponseBuilder response = Response.fromResponse(
                responses.response(ProblemType.problemFor(original.getStatus(), detail, instance(uri), locale.get())));
        // keep what tells the client how to proceed, e.g. Allow on a 405
        for (String header : List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER)) {
            if (original.getHeaderString(header) != null) {
                response.header(header, original.getHeaderString(header));
            }
        }
        return response.build();
    }

    /**
     * 415 (a body of a type the operation does not read) and 406 (an Accept the operation cannot
     * answer): what was sent and what the matched operation takes, in the request's language. When
     * JAX-RS refused before choosing among several operations, the request's type and a general hint.
     */
    private Response mediaType(int status, HttpHeaders headers, ResourceInfo resource, UriInfo uri) {
        boolean body = status == 415;
        String sent = headers == null ? null : headers.getHeaderString(body ? HttpHeaders.CONTENT_TYPE : HttpHeaders.ACCEPT);
        String shown = sent == null || sent.isBlank() ? Message.of("problem.media-type.none").in(locale.get()) : sent;
        String takes = mediaTypesOf(resource, body);
        String prefix = body ? "problem.unsupported-media-type" : "problem.not-acceptable";
        Message detail = takes != null ? Message.of(prefix + ".operation", shown, takes) : Message.of(prefix + ".any", shown);
        return responses.response(problem(body ? ProblemType.UNSUPPORTED_MEDIA_TYPE : ProblemType.NOT_ACCEPTABLE, detail, uri));
    }

    /** The matched operation's @Consumes (or @Produces), its own or its class'; null when unknown. */
    static String mediaTypesOf(ResourceInfo resource, boolean consumes) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        String[] types = consumes ? typesOf(method.getAnnotation(Consumes.class)) : typesOf(method.getAnnotation(Produces.class));
        if (types == null) {
            Class<?> type = method.getDeclaringClass();
            types = consumes ? typesOf(type.getAnnotation(Consumes.class)) : typesOf(type.getAnnotation(Produces.class));
        }
        return types == null ? null : String.join(", ", types);
    }

    private static String[] typesOf(java.lang.annotation.Annotation annotation) {
        String[] types = annotation instanceof Consumes consumes ? consumes.value()
                : annotation instanceof Produces produces ? produces.value() : null;
        return types == null || types.length == 0 ? null : types;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (isOverload(e)) {
            // every pooled database connection is busy: the request was not run; the client may retry shortly
            LOG.warnf("Overloaded: no database connection for %s within the acquisition timeout", instance(uri));
            return Response.fromResponse(responses.response(problem(ProblemType.UNAVAILABLE, Message.of("problem.unavailable.busy"), uri)))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .build();
        }
        return responses.response(internal(e, instance(uri), locale.get()));
    }

    private Problem problem(ProblemType type, Message detail, UriInfo uri) {
        return Problem.of(type, detail.in(locale.get()), instance(uri), locale.get());
    }

    /** Agroal's "acquisition timeout" (all connections in use), however Hibernate or JDBC wrapped it. */
    static boolean isOverload(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    private static InvalidInput invalidInputIn(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidInput invalid) {
                return invalid;
            }
        }
        return null;
    }

    static Problem unauthorized(String instance, Locale locale) {
        return Problem.of(ProblemType.UNAUTHORIZED, Message.of("problem.unauthorized").in(locale), instance, locale);
    }

    /** Logs the failure with its stack trace under a fresh error id; the client gets the id only. */
    public static Problem internal(Throwable e, String instance, Locale locale) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure of %s [errorId=%s]", instance, errorId);
        return Problem.of(ProblemType.INTERNAL, Message.of("problem.internal", errorId).in(locale), instance, locale)
                .withErrorId(errorId);
    }

    static String instance(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }

    /** Says where the body went wrong without echoing Jackson's message (it names Java types). */
    private static Message where(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty() ? jsonPath(mapping.getPath()) : null;
        JsonLocation location = e.getLocation();
        boolean located = location != null && location.getLineNr() > 0;
        String line = located ? Integer.toString(location.getLineNr()) : null;
        String column = located ? Integer.toString(location.getColumnNr()) : null;
        if (field != null) {
            return located ? Message.of("problem.malformed-body.field-at", field, line, column) : Message.of("problem.malformed-body.field", field);
        }
        return located ? Message.of("problem.malformed-body.at", line, column) : Message.of("problem.malformed-body");
    }

    private static String jsonPath(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
        }
        return path.toString();
    }
}
