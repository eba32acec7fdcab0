package org.anju.platform.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which service owns which public path of the gateway, and at which path the service itself serves
 * it. The first route whose pattern matches the whole path wins, so specific exceptions come first.
 * A route usually forwards a path unchanged; a rewriting route swaps a public prefix for the
 * service's own ({@code /api/v1/audit/households} → {@code /api/v1/audit}).
 * <p>
 * The gateway proxies by these routes, and the merged OpenAPI document keeps exactly the service
 * paths they reach ({@link #publicPath}), so the document and the proxy cannot disagree. The table
 * is JSON, read by the gateway from its class path and by a build step from the gateway's sources:
 * <pre>
 * {"routes": [
 *   {"service": "industry", "path": "/api/v1/households/[^/]+/employment"},
 *   {"service": "households", "path": "/api/v1/audit/households", "public": "/api/v1/audit/households", "upstream": "/api/v1/audit"}]}
 * </pre>
 */
public final class ProxyRoutes {

    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{[^/{}]+}");
    /** What a path parameter stands for when a template is matched against the routes' patterns. */
    private static final String SAMPLE_SEGMENT = "0";

    /**
     * One route.
     *
     * @param service        the owning service's name (households, funding, industry, governance)
     * @param path           the public paths it serves (the whole path must match; no query string)
     * @param publicPrefix   for a rewriting route, the public prefix swapped for {@code upstreamPrefix}; else null
     * @param upstreamPrefix for a rewriting route, the service's own prefix; else null
     */
    public record Route(String service, Pattern path, String publicPrefix, String upstreamPrefix) {

        public Route {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(path, "path");
            if ((publicPrefix == null) != (upstreamPrefix == null)) {
                throw new IllegalArgumentException("a rewriting route names both its public and its upstream prefix: " + path);
            }
        }

        /** A route that forwards its paths unchanged. */
        public static Route of(String service, String pathRegex) {
            return new Route(service, Pattern.compile(pathRegex), null, null);
        }

        /** A route that serves {@code publicPrefix} and below from the service's {@code upstreamPrefix}. */
        public static Route rewriting(String service, String pathRegex, String publicPrefix, String upstreamPrefix) {
            return new Route(service, Pattern.compile(pathRegex), publicPrefix, upstreamPrefix);
        }

        public boolean rewrites() {
            return publicPrefix != null;
        }

        public boolean matches(String path) {
            return this.path.matcher(path).matches();
        }

        /** The service's path for a public path this route matched. */
        public String upstreamPath(String publicPath) {
            return rewrites() && underPrefix(publicPath, publicPrefix)
                    ? upstreamPrefix + publicPath.substring(publicPrefix.length()) : publicPath;
        }

        /** The public path for one of the service's own paths (a Location it answered, a path of its document). */
        public String publicPath(String upstreamPath) {
            return rewrites() && underPrefix(upstreamPath, upstreamPrefix)
                    ? publicPrefix + upstreamPath.substring(upstreamPrefix.length()) : upstreamPath;
        }
    }

    private final List<Route> routes;

    public ProxyRoutes(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /** The table in its JSON form (see the class comment). */
    public static ProxyRoutes read(JsonNode table) {
        List<Route> routes = new ArrayList<>();
        for (JsonNode route : table.path("routes")) {
            String service = text(route, "service");
            String path = text(route, "path");
            routes.add(route.hasNonNull("public") || route.hasNonNull("upstream")
                    ? Route.rewriting(service, path, text(route, "public"), text(route, "upstream"))
                    : Route.of(service, path));
        }
        if (routes.isEmpty()) {
            throw new IllegalArgumentException("a route table lists its routes under \"routes\"");
        }
        return new ProxyRoutes(routes);
    }

    public static ProxyRoutes read(InputStream json) {
        try {
            return read(new ObjectMapper().readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ProxyRoutes read(Path json) {
        try (InputStream in = Files.newInputStream(json)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This table with more routes after its own (they match only what no earlier route does). */
    public ProxyRoutes with(List<Route> more) {
        List<Route> all = new ArrayList<>(routes);
        all.addAll(more);
        return new ProxyRoutes(all);
    }

    public List<Route> routes() {
        return routes;
    }

    /** The services the routes lead to, in the order they are first named. */
    public Set<String> services() {
        Set<String> services = new LinkedHashSet<>();
        routes.forEach(route -> services.add(route.service()));
        return services;
    }

    /** The route a request path (without its query string) takes, if the gateway proxies it. */
    public Optional<Route> route(String path) {
        return routes.stream().filter(route -> route.matches(path)).findFirst();
    }

    /**
     * Where one of {@code service}'s own path templates ({@code /api/v1/households/{id}}) is reached
     * through the gateway, or empty when no route leads a request for it to that service (the
     * gateway keeps the path for itself, another service owns it, or it is not proxied at all).
     */
    public Optional<String> publicPath(String service, String upstreamTemplate) {
        for (Route route : routes) {
            if (!route.service().equals(service)) {
                continue;
            }
            if (route.rewrites() && !underPrefix(upstreamTemplate, route.upstreamPrefix())) {
                continue;
            }
            String candidate = route.publicPath(upstreamTemplate);
            String sample = TEMPLATE_PARAMETER.matcher(candidate).replaceAll(SAMPLE_SEGMENT);
            if (route(sample).filter(route::equals).isPresent()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** {@code path} is {@code prefix} or lies below it ({@code /a/b} is under {@code /a}, {@code /ab} is not). */
    static boolean underPrefix(String path, String prefix) {
        return path.startsWith(prefix) && (path.length() == prefix.length() || prefix.endsWith("/")
                || path.charAt(prefix.length()) == '/' || path.charAt(prefix.length()) == '?');
    }

    private static String text(JsonNode route, String field) {
        JsonNode value = route.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("a route needs \"" + field + "\": " + route);
        }
        return value.asText();
    }
}
