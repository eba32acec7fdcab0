package org.anju.gateway.rest;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves the dashboard page so that an upgrade reaches every browser on its next load:
 * <ul>
 *   <li>{@code /} (and {@code /index.html}) is revalidated on every load: {@code Cache-Control: no-cache}, a strong
 *   ETag over its bytes, {@code 304} on a matching {@code If-None-Match};</li>
 *   <li>the page names its own scripts and style sheet with their content hash ({@code /dashboard.js?v=3f2a…}), and
 *   that address is cached for a year ({@code immutable}): a changed asset has a new address, so it is fetched anew
 *   while an unchanged one is never asked for again. Asked without (or with another) version, an asset is served
 *   with {@code no-cache} and its ETag;</li>
 *   <li>the webjars' addresses name their version, so they are cached for a year too.</li>
 * </ul>
 * Everything is text and is compressed for clients that accept gzip or deflate when the platform turns compression on
 * ({@code quarkus.http.enable-compression}). The files themselves are {@code META-INF/resources/*}, read once at start.
 */
@ApplicationScoped
public class DashboardAssets {

    /** The page and the files it loads from the gateway itself (the charts come from the echarts webjar). */
    static final String PAGE = "index.html";
    static final List<String> ASSETS = List.of("dashboard.css", "dashboard.js", "export.js");

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";
    private static final Pattern VERSIONED_WEBJAR = Pattern.compile("^/webjars/[^/]+/\\d[^/]*/.+");

    private volatile Bundle bundle = Bundle.of(read());

    void routes(@Observes Router router) {
        for (String path : List.of("/", "/" + PAGE)) {
            router.route(path).order(-5).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(context -> page(context));
        }
        for (String asset : ASSETS) {
            router.route("/" + asset).order(-5).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(context -> asset(context, asset));
        }
        router.route("/webjars/*").order(-5).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(DashboardAssets::webjar);
    }

    private void page(RoutingContext context) {
        send(context, bundle.page(), REVALIDATE);
    }

    private void asset(RoutingContext context, String name) {
        Asset asset = bundle.assets().get(name);
        send(context, asset, asset.version().equals(context.request().getParam("v")) ? IMMUTABLE : REVALIDATE);
    }

    private static void webjar(RoutingContext context) {
        if (VERSIONED_WEBJAR.matcher(context.normalizedPath()).matches()) {
            context.addHeadersEndHandler(ignored -> {
                int status = context.response().getStatusCode();
                if (status == 200 || status == 304) {
                    context.response().headers().set(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
                }
            });
        }
        context.next();
    }

    private static void send(RoutingContext context, Asset asset, String cacheControl) {
        HttpServerResponse response = context.response();
        response.putHeader(HttpHeaders.ETAG, asset.etag())
                .putHeader(HttpHeaders.CACHE_CONTROL, cacheControl)
                .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
                .putHeader("X-Content-Type-Options", "nosniff");
        // compression is the platform's choice: a route may have opted this response out with "identity"
        if (HttpHeaders.IDENTITY.toString().equals(response.headers().get(HttpHeaders.CONTENT_ENCODING))) {
            response.headers().remove(HttpHeaders.CONTENT_ENCODING);
        }
        if (EntityTags.anyMatches(context.request().getHeader(HttpHeaders.IF_NONE_MATCH), asset.etag())) {
            response.setStatusCode(304).end();
            return;
        }
        // Vert.x sends no body to a HEAD, only its length
        response.putHeader(HttpHeaders.CONTENT_TYPE, asset.contentType()).end(Buffer.buffer(asset.content()));
    }

    /** Replaces one of the files as if it had been deployed so (tests only: an upgrade without a restart). */
    void replace(String name, byte[] content) {
        Map<String, byte[]> sources = new LinkedHashMap<>(bundle.sources());
        sources.put(name, content);
        bundle = Bundle.of(sources);
    }

    /** The current address of an asset, as the page names it. */
    String address(String name) {
        return "/" + name + "?v=" + bundle.assets().get(name).version();
    }

    private static Map<String, byte[]> read() {
        Map<String, byte[]> sources = new LinkedHashMap<>();
        sources.put(PAGE, resource(PAGE));
        ASSETS.forEach(asset -> sources.put(asset, resource(asset)));
        return sources;
    }

    private static byte[] resource(String name) {
        String path = "META-INF/resources/" + name;
        try (InputStream in = DashboardAssets.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the dashboard's " + path + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One file as served: its bytes, type, content hash (its version) and the strong ETag made of it. */
    record Asset(byte[] content, String contentType, String version) {

        static Asset of(String name, byte[] content) {
            return new Asset(content, contentType(name), EntityTags.hash(content));
        }

        String etag() {
            return "\"" + version + "\"";
        }

        private static String contentType(String name) {
            if (name.endsWith(".html")) {
                return "text/html; charset=utf-8";
            }
            if (name.endsWith(".css")) {
                return "text/css; charset=utf-8";
            }
            return "text/javascript; charset=utf-8";
        }
    }

    /**
     * The page as served, with each asset's address carrying the asset's version, and the assets. Built from the
     * files' sources; the page's version (ETag) therefore changes whenever any asset does.
     */
    record Bundle(Map<String, byte[]> sources, Asset page, Map<String, Asset> assets) {

        static Bundle of(Map<String, byte[]> sources) {
            Map<String, Asset> assets = new LinkedHashMap<>();
            String html = new String(sources.get(PAGE), StandardCharsets.UTF_8);
            for (String name : ASSETS) {
                Asset asset = Asset.of(name, sources.get(name));
                assets.put(name, asset);
                String plain = "\"/" + name + "\"";
                if (!html.contains(plain)) {
                    throw new IllegalStateException("index.html does not load /" + name);
                }
                html = html.replace(plain, "\"/" + name + "?v=" + asset.version() + "\"");
            }
            return new Bundle(Map.copyOf(sources), Asset.of(PAGE, html.getBytes(StandardCharsets.UTF_8)), Map.copyOf(assets));
        }
    }
}
