package org.anju.platform.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.anju.platform.i18n.Message;
import org.anju.platform.i18n.RequestLocale;
import org.anju.platform.problem.Problem;
import org.anju.platform.problem.ProblemMappers;
import org.anju.platform.problem.ProblemResponses;
import org.anju.platform.problem.ProblemType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} for every POST of every application: no opt-in, so no command can
 * forget it. A POST without the header runs as usual.
 * <ul>
 * <li>The key is scoped to the caller (JWT {@code sub}) and the method and path; the body's
 * SHA-256 is stored with it.</li>
 * <li>A retry with the same key and body gets the first response again, with
 * {@code Idempotent-Replayed: true}; with another body a 422.</li>
 * <li>The request runs in one transaction with its key ({@link IdempotencyStore}): the effect and
 * the stored response commit together, so a crash at any point never lets a retry apply it twice.</li>
 * <li>Concurrent retries wait (up to {@code anju.idempotency.wait}, holding no connection) for the
 * first attempt and replay its response, or get a 409 when it takes longer.</li>
 * <li>A first attempt that ends in a 5xx releases the key, so a retry runs again; a 4xx answer is
 * remembered (the same request would get the same answer) and whatever it did is rolled back.</li>
 * </ul>
 * The filters need a worker thread (JDBC): endpoints that use it must be blocking, which every
 * Hibernate ORM endpoint is.
 */
public class IdempotencyFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    private static final String BODY = IdempotencyFilter.class.getName() + ".body";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyStore store;
    private final ProblemResponses problems;
    private final ObjectMapper objectMapper;
    private final SecurityIdentity identity;
    private final RequestLocale locale;

    public IdempotencyFilter(IdempotencyStore store, ProblemResponses problems, ObjectMapper objectMapper,
                             SecurityIdentity identity, RequestLocale locale) {
        this.store = store;
        this.problems = problems;
        this.objectMapper = objectMapper;
        this.identity = identity;
        this.locale = locale;
    }

    @ServerRequestFilter
    public Response claim(ContainerRequestContext request) throws IOException, SQLException {
        String key = request.getHeaderString(HEADER);
        if (!HttpMethod.POST.equals(request.getMethod()) || key == null) {
            return null;
        }
        if (!BlockingOperationControl.isBlockingAllowed()) {
            throw new IllegalStateException("Idempotency-Key needs a blocking endpoint: " + request.getUriInfo().getPath());
        }
        String instance = request.getUriInfo().getRequestUri().getRawPath();
        if (!VALID_KEY.matcher(key).matches()) {
            return problems.response(problem(ProblemType.INVALID_IDEMPOTENCY_KEY, "idempotency.key-invalid", instance));
        }
        SpooledBody body = SpooledBody.read(request.getEntityStream());
        request.setEntityStream(body.stream());
        request.setProperty(BODY, body);

        IdempotencyStore.Outcome outcome = store.claim(
                new IdempotencyStore.Key(caller(), request.getMethod(), instance, key), body.sha256Digest());
        if (outcome instanceof IdempotencyStore.Execute execute) {
            // settled by the response filter, which JAX-RS runs for every outcome, mapped exceptions included;
            // deliberately not on connection close: a client that gave up must not let its retry run
            // beside the still-running first attempt
            request.setProperty(CLAIM, execute.claim());
            return null;
        }
        body.close(); // not run: a spooled body is not needed
        if (outcome instanceof IdempotencyStore.Replay replay) {
            return replay(replay.response());
        }
        if (outcome instanceof IdempotencyStore.BodyMismatch) {
            return problems.response(problem(ProblemType.IDEMPOTENCY_KEY_REUSED, "idempotency.key-reused", instance));
        }
        return problems.response(problem(ProblemType.IDEMPOTENCY_IN_PROGRESS, "idempotency.in-progress", instance));
    }

    @ServerResponseFilter
    public void settle(ContainerRequestContext request, ContainerResponseContext response) throws IOException, SQLException {
        if (request.getProperty(BODY) instanceof SpooledBody body) {
            body.close(); // a spooled upload's file, whether or not the resource read it
        }
        if (!(request.getProperty(CLAIM) instanceof IdempotencyStore.Claim claim)) {
            return;
        }
        request.removeProperty(CLAIM);
        if (response.getStatus() >= 500) {
            claim.release();
            return;
        }
        MediaType type = response.getMediaType();
        StoredResponse stored = new StoredResponse(response.getStatus(),
                type != null ? type.toString() : response.hasEntity() ? MediaType.APPLICATION_JSON : null,
                body(response.getEntity()),
                response.getHeaderString(HttpHeaders.LOCATION),
                response.getHeaderString(HttpHeaders.ETAG));
        if (response.getStatus() >= 400) {
            claim.remember(stored);
            return;
        }
        try {
            claim.complete(stored);
        } catch (RuntimeException e) {
            // the commit failed (a constraint checked at flush, a lost connection): nothing happened,
            // and the client must not be told otherwise
            Problem problem = commitFailure(e, request.getUriInfo().getRequestUri().getRawPath());
            response.setStatus(problem.status());
            response.getHeaders().remove(HttpHeaders.LOCATION);
            response.getHeaders().remove(HttpHeaders.ETAG);
            response.setEntity(problems.json(problem), null, MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }

    private Problem commitFailure(RuntimeException e, String instance) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException
                    || (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23"))) {
                return problem(ProblemType.CONFLICT, "idempotency.conflict", instance);
            }
        }
        return ProblemMappers.internal(e, instance, locale.get());
    }

    private Problem problem(ProblemType type, String key, String instance) {
        return Problem.of(type, Message.of(key).in(locale.get()), instance, locale.get());
    }

    private String caller() {
        if (identity.isAnonymous()) {
            return "";
        }
        return identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                ? jwt.getSubject() : identity.getPrincipal().getName();
    }

    private byte[] body(Object entity) throws IOException {
        if (entity == null) {
            return null;
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return objectMapper.writeValueAsBytes(entity);
    }

    private static Response replay(StoredResponse stored) {
        Response.ResponseBuilder response = Response.status(stored.status()).header(REPLAYED_HEADER, "true");
        if (stored.body() != null) {
            response.entity(stored.body()).type(stored.contentType());
        }
        if (stored.location() != null) {
            response.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            response.header(HttpHeaders.ETAG, stored.etag());
        }
        return response.build();
    }

}
