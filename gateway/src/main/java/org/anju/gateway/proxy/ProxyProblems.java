package org.anju.gateway.proxy;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import org.anju.platform.i18n.Message;
import org.anju.platform.i18n.Messages;
import org.anju.platform.problem.Problem;
import org.anju.platform.problem.ProblemResponses;
import org.anju.platform.problem.ProblemType;

import java.time.Duration;
import java.util.Locale;

/**
 * The proxy's own answers, as problems in the request's language (zh-CN or en): the owner cannot be
 * reached or did not answer in time (503, with Retry-After), and a body over the limit (413, the
 * same problem a service gives, before anything is forwarded).
 */
@Singleton
public class ProxyProblems {

    static final String SERVICE_UNAVAILABLE = "urn:anju:problem:service-unavailable";
    static final String RETRY_AFTER_SECONDS = "5";

    private final ProblemResponses responses;

    public ProxyProblems(ProblemResponses responses) {
        this.responses = responses;
    }

    /** The owner could not be reached ({@code timeout} null), or did not answer within {@code timeout}. */
    public void unavailable(RoutingContext context, String service, Duration timeout) {
        Locale locale = locale(context.request());
        Message serviceName = Message.of("service." + service);
        Message detail = timeout == null
                ? Message.of("problem.service-unavailable", serviceName)
                : Message.of("problem.service-timeout", serviceName, Long.toString(Math.max(1, timeout.toSeconds())));
        Problem problem = new Problem(SERVICE_UNAVAILABLE, Message.of("problem.service-unavailable.title").in(locale), 503,
                detail.in(locale), context.request().path(), null, null, null);
        context.response().putHeader("Retry-After", RETRY_AFTER_SECONDS);
        write(context, problem);
    }

    /** A body over {@code limit} bytes: the platform's 413, and the connection is closed (the body is not read). */
    public void tooLarge(RoutingContext context, long limit) {
        Locale locale = locale(context.request());
        Problem problem = ProblemType.problemFor(413, Message.of("problem.body-too-large", limit).in(locale),
                context.request().path(), locale);
        closeAfterwards(context);
        write(context, problem);
    }

    /**
     * This answer leaves the request's body unread: on HTTP/1.1 the connection cannot carry another
     * request, so it is closed once the answer is out (HTTP/2 streams end on their own).
     */
    static void closeAfterwards(RoutingContext context) {
        if (context.request().version() == HttpVersion.HTTP_2) {
            return;
        }
        context.response().putHeader("Connection", "close")
                .endHandler(ignored -> context.request().connection().close());
    }

    private void write(RoutingContext context, Problem problem) {
        if (context.response().headWritten() || context.response().closed()) {
            return;
        }
        context.response().headers().remove("Content-Length");
        responses.write(context, problem);
    }

    static Locale locale(HttpServerRequest request) {
        return Messages.negotiate(request.getHeader("Accept-Language"), Messages.EN);
    }
}
