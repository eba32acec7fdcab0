package org.anju.gateway.proxy;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.anju.gateway.config.GatewayConfig;
import org.anju.platform.openapi.ProxyRoutes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Forwards {@code /api/v1/...} to the service that owns the resource ({@code proxy-routes.json}),
 * so clients use one origin, and each service's own API documents from
 * {@code /services/<name>/q/openapi} and {@code /q/swagger-ui}. It tells the truth:
 * <ul>
 *   <li>Requests and answers stream through with the caller's headers (Authorization,
 *       Idempotency-Key, If-Match, Accept-Language...); each service checks the token itself. Every
 *       status and body a service answers arrives unchanged (its 413, 4xx and 5xx problems too), with
 *       its links ({@code Location}, {@code Content-Location}, {@code Link}) pointing at the gateway's
 *       public origin ({@link PublicOrigin}) instead of the service's own address.</li>
 *   <li>A body over the service's limit is refused with the platform's 413 problem before a byte is
 *       forwarded (JSON: {@code anju.http.limits.json-body}; uploads: {@code anju.gateway.body-limits}).</li>
 *   <li>A pooled connection the service closed meanwhile fails the request sent on it. Only requests
 *       safe to send again go out on pooled connections: GET, HEAD, OPTIONS, PUT, DELETE, or a POST
 *       carrying an Idempotency-Key (the service answers a repeat from its record); they are sent again
 *       on a fresh connection when theirs turns out closed. A request that is not safe to repeat (a POST
 *       without a key, a PATCH) takes a fresh connection of its own, which cannot have gone stale, and is
 *       never sent twice: when that connection fails, it may have been applied, so the caller gets the 503.</li>
 *   <li>When the owner cannot be reached, or does not answer within {@code anju.gateway.service-timeout},
 *       the caller gets a 503 problem in its language with Retry-After, never a hang.</li>
 * </ul>
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);

    /** The route table on the class path (also read by the build step that merges the stored documents). */
    public static final String ROUTES_RESOURCE = "proxy-routes.json";
    /** Requests may come earlier than the gateway's own routes and Quarkus' body handling. */
    private static final int ORDER = -10;
    private static final Set<HttpMethod> REPEATABLE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.PUT, HttpMethod.DELETE);

    private final GatewayConfig config;
    private final ProxyProblems problems;
    private final ProxyRoutes routes;
    private final long jsonLimit;
    private final long otherLimit;
    private HttpClient pooled;
    private HttpClient fresh;

    public ApiProxy(GatewayConfig config, ProxyProblems problems,
                    @ConfigProperty(name = "anju.http.limits.json-body") MemorySize jsonBody,
                    @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBody) {
        this.config = config;
        this.problems = problems;
        this.routes = routes(config.services().keySet());
        this.jsonLimit = jsonBody.asLongValue();
        this.otherLimit = maxBody.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
    }

    /** The API routes of {@code proxy-routes.json}, then each service's documents under /services/{name}/q/. */
    public static ProxyRoutes routes(Set<String> services) {
        ProxyRoutes table;
        try (InputStream json = ApiProxy.class.getClassLoader().getResourceAsStream(ROUTES_RESOURCE)) {
            if (json == null) {
                throw new IllegalStateException(ROUTES_RESOURCE + " is not on the class path");
            }
            table = ProxyRoutes.read(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ProxyRoutes.Route> documents = new ArrayList<>();
        for (String service : services) {
            String prefix = "/services/" + service + "/q";
            documents.add(ProxyRoutes.Route.rewriting(service,
                    Pattern.quote(prefix) + "/(openapi(\\.json|\\.yaml|\\.yml)?|swagger-ui(/.*)?)", prefix, "/q"));
        }
        return table.with(documents);
    }

    public ProxyRoutes routes() {
        return routes;
    }

    void install(@Observes Router router, Vertx vertx) {
        int connectTimeout = (int) Math.min(config.serviceTimeout().toMillis(), 5_000);
        pooled = vertx.createHttpClient(new HttpClientOptions()
                        .setConnectTimeout(connectTimeout)
                        .setKeepAlive(true)
                        .setKeepAliveTimeout((int) Math.max(1, config.proxy().keepAlive().toSeconds())),
                new PoolOptions().setHttp1MaxSize(config.proxy().poolSize()));
        fresh = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(connectTimeout).setKeepAlive(false),
                new PoolOptions().setHttp1MaxSize(config.proxy().poolSize()));
        routes.services().stream().filter(service -> !config.services().containsKey(service)).forEach(service ->
                LOG.warnf("No URL for service %s (anju.gateway.services.%s): its paths answer 503", service, service));
        router.route().order(ORDER).handler(context -> routes.route(context.request().path()).ifPresentOrElse(
                route -> forward(context, route), context::next));
    }

    private void forward(RoutingContext context, ProxyRoutes.Route route) {
        context.request().pause();
        URI origin = config.services().get(route.service());
        if (origin == null) {
            ProxyProblems.closeAfterwards(context);
            problems.unavailable(context, route.service(), null);
            return;
        }
        Exchange exchange = new Exchange(context, route, origin, PublicOrigin.of(context.request(), config.publicOrigin()),
                problems, config.serviceTimeout());
        long limit = limit(route.service(), context.request().getHeader("Content-Type"));
        long length = exchange.contentLength();
        if (length > limit) {
            problems.tooLarge(context, limit);
            return;
        }
        if ("100-continue".equalsIgnoreCase(context.request().getHeader("Expect"))) {
            context.response().writeContinue();
        }
        if (!repeatable(context)) {
            // a POST without a key (or a PATCH) is never sent twice: it may have been applied. It takes a connection
            // of its own, which cannot have gone stale; if that one fails too, the caller gets the 503
            if (exchange.hasBody()) {
                exchange.stream(fresh, limit);
            } else {
                exchange.sendBuffered(fresh, fresh, null, 0);
            }
        } else if (!exchange.hasBody()) {
            exchange.sendBuffered(pooled, fresh, null, config.proxy().retries());
        } else if (length >= 0 && length <= config.proxy().retryBuffer().asLongValue()) {
            exchange.readBody(limit, body -> exchange.sendBuffered(pooled, fresh, body, config.proxy().retries()));
        } else {
            // a large (or chunked) body safe to repeat is not held to be sent again: it takes a connection of its own
            exchange.stream(fresh, limit);
        }
    }

    /** Safe to send again: the method is idempotent, or the POST carries an Idempotency-Key the service answers repeats by. */
    static boolean repeatable(RoutingContext context) {
        HttpMethod method = context.request().method();
        return REPEATABLE.contains(method)
                || (method == HttpMethod.POST && context.request().headers().contains("Idempotency-Key"));
    }

    /** The service's limit for a body of this type (see the class comment). */
    long limit(String service, String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        boolean json = type.startsWith("application/json") || type.contains("+json");
        Map<String, MemorySize> limits = config.bodyLimits();
        long any = limits.containsKey(service) ? limits.get(service).asLongValue() : otherLimit;
        return json ? Math.min(jsonLimit, any) : any;
    }
}
