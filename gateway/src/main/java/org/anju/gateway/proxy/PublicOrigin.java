package org.anju.gateway.proxy;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import org.anju.platform.openapi.ProxyRoutes;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The origin ({@code scheme://host[:port]}) under which clients reach the gateway: configured
 * ({@code anju.gateway.public-origin}), else what a reverse proxy in front of it says
 * ({@code Forwarded}, else {@code X-Forwarded-Proto/Host/Port}), else the request's own
 * {@code Host}. Links a service answers with (its {@code Location}, {@code Content-Location},
 * {@code Link}) point at the service's own address; they are rewritten to this origin.
 */
public record PublicOrigin(String scheme, String authority) {

    /** A host, an IPv4 address or a bracketed IPv6 address, with an optional port: nothing else is echoed back. */
    private static final Pattern AUTHORITY = Pattern.compile("(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+])(?::[0-9]{1,5})?");
    private static final Pattern LINK_TARGET = Pattern.compile("<([^>]*)>");

    public PublicOrigin {
        scheme = scheme.toLowerCase(Locale.ROOT);
    }

    /** The origin of {@code request} (see the class comment). */
    public static PublicOrigin of(HttpServerRequest request, Optional<URI> configured) {
        if (configured.isPresent() && configured.get().getHost() != null) {
            URI origin = configured.get();
            return new PublicOrigin(origin.getScheme(), origin.getRawAuthority());
        }
        return fromForwarded(request.getHeader("Forwarded"))
                .or(() -> fromXForwarded(request.getHeader("X-Forwarded-Proto"), request.getHeader("X-Forwarded-Host"),
                        request.getHeader("X-Forwarded-Port"), request.scheme()))
                .orElseGet(() -> {
                    String host = authority(request);
                    String scheme = request.scheme() == null ? "http" : request.scheme();
                    return new PublicOrigin(scheme, host != null && AUTHORITY.matcher(host).matches() ? host : "localhost");
                });
    }

    /** The request's own authority: its Host header, or in HTTP/2 (also after an h2c upgrade) its :authority. */
    private static String authority(HttpServerRequest request) {
        HostAndPort authority = request.authority();
        if (authority != null && authority.host() != null && !authority.host().isEmpty()) {
            return authority.port() >= 0 ? authority.host() + ":" + authority.port() : authority.host();
        }
        return request.getHeader("Host");
    }

    /** RFC 7239: the first element's {@code proto} and {@code host}. */
    static Optional<PublicOrigin> fromForwarded(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String first = header.split(",", 2)[0];
        String proto = null;
        String host = null;
        for (String pair : first.split(";")) {
            String[] nameAndValue = pair.trim().split("=", 2);
            if (nameAndValue.length != 2) {
                continue;
            }
            String value = unquote(nameAndValue[1].trim());
            switch (nameAndValue[0].trim().toLowerCase(Locale.ROOT)) {
                case "proto" -> proto = value;
                case "host" -> host = value;
                default -> {
                    // for, by: not the origin
                }
            }
        }
        if (host == null || !AUTHORITY.matcher(host).matches() || (proto != null && !validScheme(proto))) {
            return Optional.empty();
        }
        return Optional.of(new PublicOrigin(proto == null ? "http" : proto, host));
    }

    static Optional<PublicOrigin> fromXForwarded(String proto, String host, String port, String requestScheme) {
        String scheme = first(proto);
        String authority = first(host);
        if (authority == null && scheme == null) {
            return Optional.empty();
        }
        if (scheme != null && !validScheme(scheme)) {
            return Optional.empty();
        }
        scheme = scheme == null ? (requestScheme == null ? "http" : requestScheme) : scheme;
        if (authority == null || !AUTHORITY.matcher(authority).matches()) {
            return Optional.empty();
        }
        String forwardedPort = first(port);
        if (forwardedPort != null && forwardedPort.matches("[0-9]{1,5}") && !hasPort(authority)
                && !forwardedPort.equals(defaultPort(scheme))) {
            authority = authority + ":" + forwardedPort;
        }
        return Optional.of(new PublicOrigin(scheme, authority));
    }

    public String url() {
        return scheme + "://" + authority;
    }

    /**
     * {@code value} (a Location or Content-Location) with the service's own origin replaced by this
     * one and the path mapped back to the public one ({@code route}); any other value as it is.
     */
    public String rewrite(String value, URI service, ProxyRoutes.Route route) {
        URI uri;
        try {
            uri = new URI(value.trim());
        } catch (URISyntaxException e) {
            return value;
        }
        if (uri.isAbsolute()) {
            if (!sameOrigin(uri, service)) {
                return value;
            }
            String rest = value.trim().substring((uri.getScheme() + "://" + uri.getRawAuthority()).length());
            return url() + (rest.startsWith("/") ? route.publicPath(rest) : rest);
        }
        return value.startsWith("/") ? route.publicPath(value) : value;
    }

    /** A {@code Link} header: each {@code <target>} rewritten as {@link #rewrite} does. */
    public String rewriteLinks(String header, URI service, ProxyRoutes.Route route) {
        return replace(header, LINK_TARGET, target -> "<" + rewrite(target, service, route) + ">");
    }

    private static String replace(String text, Pattern pattern, UnaryOperator<String> replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher.group(1))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static boolean sameOrigin(URI uri, URI service) {
        return uri.getScheme().equalsIgnoreCase(service.getScheme())
                && uri.getHost() != null && uri.getHost().equalsIgnoreCase(service.getHost())
                && port(uri) == port(service);
    }

    private static int port(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static boolean validScheme(String scheme) {
        return scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https");
    }

    private static boolean hasPort(String authority) {
        return authority.startsWith("[") ? authority.contains("]:") : authority.contains(":");
    }

    private static String defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? "443" : "80";
    }

    private static String first(String header) {
        if (header == null) {
            return null;
        }
        String value = header.split(",", 2)[0].trim();
        return value.isEmpty() ? null : value;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }
}
