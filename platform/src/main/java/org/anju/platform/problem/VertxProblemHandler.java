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
import org.anju.platform.i18n.Message;
import org.anju.platform.i18n.Messages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;
import java.util.Optional;

/**
 * Problem details for what fails before or outside JAX-RS: a body over its limit (413, answered
 * from the {@code Content-Length} before a byte of the body is read), an authentication failure on
 * the HTTP layer, a path no route serves (404). Without this, Vert.x would answer those in plain
 * text or HTML.
 * <p>
 * Two body limits: JSON documents (every command) at most {@code anju.http.limits.json-body}
 * (1 MiB), anything else (spreadsheet uploads, which endpoints stream to storage) at most
 * {@code quarkus.http.limits.max-body-size}.
 */
@Singleton
public class VertxProblemHandler {

    /** Just before Quarkus' own Content-Length check (order -2), which answers 413 with no body. */
    private static final int BODY_LIMIT_ORDER = -3;

    private final ProblemResponses responses;
    private final Optional<MemorySize> maxBodySize;
    private final MemorySize jsonBodySize;

    public VertxProblemHandler(ProblemResponses responses,
                               @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
                               @ConfigProperty(name = "anju.http.limits.json-body") MemorySize jsonBodySize) {
        this.responses = responses;
        this.maxBodySize = maxBodySize;
        this.jsonBodySize = jsonBodySize;
    }

    void install(@Observes Router router) {
        router.route().order(BODY_LIMIT_ORDER).handler(this::refuseOversized);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
        router.errorHandler(404, context -> responses.write(context, ProblemType.problemFor(404,
                Message.of("problem.not-found.path", context.request().path()).in(locale(context)), context.request().path(), locale(context))));
        // an exception thrown by a failure handler itself ends here: a problem too, never Vert.x's plain-text 500
        router.errorHandler(500, context -> {
            if (!context.response().headWritten()) {
                responses.write(context, ProblemMappers.internal(context.failure(), context.request().path(), locale(context)));
            }
        });
    }

    private void refuseOversized(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        long limit = limitFor(context.request().getHeader(HttpHeaderNames.CONTENT_TYPE));
        if (length == null || !length.chars().allMatch(Character::isDigit) || length.length() > 18
                || Long.parseLong(length) <= limit) {
            context.next();
            return;
        }
        // the body is not read: close the connection once the answer is out
        context.response().putHeader(HttpHeaderNames.CONNECTION, "close")
                .endHandler(ignored -> context.request().connection().close());
        responses.write(context, ProblemType.problemFor(413,
                Message.of("problem.body-too-large", limit).in(locale(context)), context.request().path(), locale(context)));
    }

    private long limitFor(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        boolean json = type.startsWith("application/json") || type.contains("+json");
        long any = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        return json ? Math.min(jsonBodySize.asLongValue(), any) : any;
    }

    private void failed(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next(); // too late to answer with a problem
            return;
        }
        Throwable failure = context.failure();
        String instance = context.request().path();
        Locale locale = locale(context);
        if (failure instanceof AuthenticationException || failure instanceof UnauthorizedException) {
            context.response().putHeader(HttpHeaderNames.WWW_AUTHENTICATE, ProblemMappers.BEARER_CHALLENGE);
            responses.write(context, ProblemMappers.unauthorized(instance, locale));
        } else if (failure instanceof ForbiddenException) {
            responses.write(context, ProblemType.problemFor(403, Message.of("problem.forbidden.roles").in(locale), instance, locale));
        } else {
            int status = failure instanceof HttpException http ? http.getStatusCode() : context.statusCode();
            responses.write(context, status >= 400 && status < 500
                    ? ProblemType.problemFor(status, null, instance, locale)
                    : ProblemMappers.internal(failure, instance, locale));
        }
    }

    private static Locale locale(RoutingContext context) {
        return Messages.negotiate(context.request().getHeader("Accept-Language"), Messages.EN);
    }
}
