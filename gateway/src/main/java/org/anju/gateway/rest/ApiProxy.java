package org.anju.gateway.rest;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.anju.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Forwards {@code /api/v1/...} to the service that owns the resource, so clients use one origin.
 * Requests and responses stream through unchanged, with the caller's headers (Authorization,
 * Idempotency-Key, If-Match, Accept-Language...); each service checks the token itself. When the
 * owner cannot be reached the caller gets a 503 problem, never a hang.
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);

    /** Who owns which path; the first match wins, so the specific exceptions come first. */
    static final List<Route> ROUTES = List.of(
            new Route("industry", "/api/v1/households/[^/]+/employment"),
            new Route("governance", "/api/v1/sites/[^/]+/standard(/.*)?"),
            // /api/v1/sites/{id}/indicators is the gateway's own
            new Route("households", "/api/v1/sites(?!/[^/]+/indicators$)(/.*)?"),
            new Route("households", "/api/v1/(households|relocation-tasks|villages|imports)(/.*)?"),
            new Route("funding", "/api/v1/(sources|entries|balances|rewards|reconciliation|declarations)(/.*)?"),
            new Route("industry", "/api/v1/(projects|workshops|employments|trainings|job-fairs|zero-employment-households)(/.*)?"),
            new Route("governance", "/api/v1/(party-branches|facilities|requests|activities|awards)(/.*)?"));

    /** Each service's own API documents, e.g. /services/households/q/openapi. */
    private static final Pattern SERVICE_DOCS = Pattern.compile("/services/([a-z]+)(/q/(openapi|swagger-ui)(/.*)?)");

    record Route(String service, String pathRegex) {
    }

    private final GatewayConfig config;

    public ApiProxy(GatewayConfig config) {
        this.config = config;
    }

    void routes(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) Math.min(config.serviceTimeout().toMillis(), 5_000))
                .setIdleTimeout((int) config.serviceTimeout().toSeconds())
                // a connection per request: a pooled one that its service had just closed made the next request
                // through it fail as a 503 (seen under hostile input in HostileInputFuzzTest), and on loopback or a
                // compose network a new connection costs far less than the request
                .setKeepAlive(false)
                .setMaxPoolSize(50));
        for (Route route : ROUTES) {
            URI origin = config.services().get(route.service());
            if (origin == null) {
                LOG.warnf("No URL for service %s (anju.gateway.services.%s): its API is not proxied", route.service(), route.service());
                continue;
            }
            HttpProxy proxy = HttpProxy.reverseProxy(client).origin(port(origin), origin.getHost())
                    .addInterceptor(new UnavailableAsProblem(route.service()));
            router.routeWithRegex("^" + route.pathRegex() + "$").order(-10).handler(context -> proxy.handle(context.request()));
        }
        config.services().forEach((service, origin) -> {
            HttpProxy docs = HttpProxy.reverseProxy(client).origin(port(origin), origin.getHost())
                    .addInterceptor(new ServiceDocs()).addInterceptor(new UnavailableAsProblem(service));
            router.routeWithRegex("^/services/" + service + "/q/(openapi|swagger-ui)(/.*)?$").order(-10)
                    .handler(context -> docs.handle(context.request()));
        });
    }

    /** The owning service is the authority for its resources; when it is down, say so as a problem. */
    private static final class UnavailableAsProblem implements ProxyInterceptor {
        private final String service;

        UnavailableAsProblem(String service) {
            this.service = service;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            return context.sendRequest().recover(failure -> {
                LOG.warnf("%s is unreachable for %s: %s", service, context.request().getURI(), failure.getMessage());
                String problem = "{\"type\":\"urn:anju:problem:service-unavailable\",\"title\":\"Service unavailable\","
                        + "\"status\":503,\"detail\":\"The " + service + " service is not reachable right now; retry later.\","
                        + "\"instance\":\"" + context.request().getURI().replace("\"", "") + "\"}";
                ProxyResponse response = context.request().response()
                        .setStatusCode(503)
                        .setStatusMessage("Service Unavailable")
                        .putHeader("Content-Type", "application/problem+json")
                        .putHeader("Retry-After", "5")
                        .setBody(Body.body(Buffer.buffer(problem)));
                return Future.succeededFuture(response);
            });
        }
    }

    /** /services/{name}/q/openapi → /q/openapi on that service. */
    private static final class ServiceDocs implements ProxyInterceptor {
        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            Matcher matcher = SERVICE_DOCS.matcher(context.request().getURI());
            if (matcher.lookingAt()) {
                context.request().setURI(context.request().getURI().substring(matcher.start(2)));
            }
            return context.sendRequest();
        }
    }

    private static int port(URI origin) {
        return origin.getPort() > 0 ? origin.getPort() : "https".equals(origin.getScheme()) ? 443 : 80;
    }
}
