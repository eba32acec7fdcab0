package org.anju.platform.problem;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Problem details for what fails before or outside JAX-RS: a body over
 * {@code quarkus.http.limits.max-body-size} (413), an authentication failure on the HTTP layer,
 * a path no route serves (404). Without this, Vert.x would answer those in plain text or HTML.
 */
@Singleton
public class VertxProblemHandler {

    /** Just before Quarkus' own Content-Length check (order -2), which answers 413 with no body. */
    private static final int BODY_LIMIT_ORDER = -3;

    private final ProblemResponses responses;
    private final Optional<MemorySize> maxBodySize;

    public VertxProblemHandler(ProblemResponses responses,
                               @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.responses = responses;
        this.maxBodySize = maxBodySize;
    }

    void install(@Observes Router router) {
        maxBodySize.ifPresent(limit -> router.route().order(BODY_LIMIT_ORDER).handler(context -> refuseOversized(context, limit.asLongValue())));
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
        router.errorHandler(404, context -> responses.write(context, ProblemType.problemFor(404, null, context.request().path())));
    }

    private void refuseOversized(RoutingContext context, long limit) {
        String length = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (length == null || Long.parseLong(length) <= limit) {
            context.next();
            return;
        }
        // the body is not read: close the connection once the answer is out
        context.response().putHeader(HttpHeaderNames.CONNECTION, "close")
                .endHandler(ignored -> context.request().connection().close());
        responses.write(context, ProblemType.problemFor(413,
                "Requests to this service carry at most " + limit + " bytes", context.request().path()));
    }

    private void failed(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next(); // too late to answer with a problem
            return;
        }
        Throwable failure = context.failure();
        String instance = context.request().path();
        if (failure instanceof AuthenticationException || failure instanceof UnauthorizedException) {
            context.response().putHeader(HttpHeaderNames.WWW_AUTHENTICATE, ProblemMappers.BEARER_CHALLENGE);
            responses.write(context, ProblemMappers.unauthorized(instance));
        } else if (failure instanceof ForbiddenException) {
            responses.write(context, ProblemType.problemFor(403, null, instance));
        } else {
            int status = failure instanceof HttpException http ? http.getStatusCode() : context.statusCode();
            responses.write(context, status >= 400 && status < 500
                    ? ProblemType.problemFor(status, null, instance)
                    : ProblemMappers.internal(failure, instance));
        }
    }
}
