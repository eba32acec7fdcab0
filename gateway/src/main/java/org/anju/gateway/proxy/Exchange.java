package org.anju.gateway.proxy;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import org.anju.platform.openapi.ProxyRoutes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One proxied request: the caller's request sent on to the owning service (buffered and repeatable,
 * or streamed), and the service's answer passed back with its links rewritten. Runs on the caller's
 * event loop; see {@link ApiProxy} for what it promises.
 */
final class Exchange {

    private static final Logger LOG = Logger.getLogger(Exchange.class);

    /** Hop-by-hop headers (RFC 9110 §7.6.1) and those the proxy sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "host", "expect",
            "content-length");
    /** The service's own paths in a Swagger UI page ({@code url: '/q/openapi'}, {@code href='/q/swagger-ui'}). */
    private static final Pattern QUOTED_Q_PATH = Pattern.compile("(['\"])/q/");

    private final RoutingContext context;
    private final HttpServerRequest in;
    private final ProxyRoutes.Route route;
    private final URI origin;
    private final PublicOrigin publicOrigin;
    private final ProxyProblems problems;
    private final Duration timeout;

    private HttpClientRequest upstream;
    private boolean answered;
    private boolean bodyRead;

    Exchange(RoutingContext context, ProxyRoutes.Route route, URI origin, PublicOrigin publicOrigin, ProxyProblems problems,
             Duration timeout) {
        this.context = context;
        this.in = context.request();
        this.route = route;
        this.origin = origin;
        this.publicOrigin = publicOrigin;
        this.problems = problems;
        this.timeout = timeout;
        in.response().closeHandler(ignored -> {
            if (!answered) {
                answered = true; // the caller went away: nothing more to answer
                if (upstream != null) {
                    upstream.reset();
                }
            }
        });
    }

    /** The declared length; -1 when the body is chunked; 0 when there is none. */
    long contentLength() {
        String length = in.getHeader("Content-Length");
        if (length != null && length.length() <= 18 && length.chars().allMatch(Character::isDigit) && !length.isEmpty()) {
            return Long.parseLong(length);
        }
        return in.getHeader("Transfer-Encoding") != null ? -1 : 0;
    }

    boolean hasBody() {
        return contentLength() != 0;
    }

    /** Reads the whole body (at most {@code limit} bytes), then hands it on. */
    void readBody(long limit, Consumer<Buffer> then) {
        Buffer body = Buffer.buffer();
        in.handler(chunk -> {
            if (answered) {
                return;
            }
            if (body.length() + chunk.length() > limit) {
                answered = true;
                problems.tooLarge(context, limit);
                return;
            }
            body.appendBuffer(chunk);
        });
        in.exceptionHandler(failure -> answered = true);
        in.endHandler(ignored -> {
            bodyRead = true;
            if (!answered) {
                then.accept(body);
            }
        });
        in.resume();
    }

    /**
     * Sends the request with {@code body} (null: none) through {@code client}, and again up to
     * {@code retries} times through {@code retryClient} when the connection it went out on turns out to
     * be closed (a fresh connection, which cannot be stale in turn).
     */
    void sendBuffered(HttpClient client, HttpClient retryClient, Buffer body, int retries) {
        if (body == null) {
            bodyRead = true;
            in.resume(); // nothing to read, but the request must end
        }
        client.request(options()).compose(request -> {
            upstream = request;
            copyRequestHeaders(request);
            return body == null ? request.send() : request.send(body);
        }).onComplete(result -> {
            if (result.succeeded()) {
                answer(result.result());
            } else if (retries > 0 && staleConnection(result.cause()) && !answered && !in.response().closed()) {
                LOG.infof("%s %s: the connection to %s was closed (%s); sending it again on a fresh connection",
                        in.method(), in.path(), route.service(), result.cause().getMessage());
                sendBuffered(retryClient, retryClient, body, retries - 1);
            } else {
                fail(result.cause());
            }
        });
    }

    /** Streams the body through as it arrives; the request cannot be sent again. */
    void stream(HttpClient client, long limit) {
        long length = contentLength();
        client.request(options()).onComplete(result -> {
            if (result.failed()) {
                fail(result.cause());
                return;
            }
            HttpClientRequest request = result.result();
            upstream = request;
            copyRequestHeaders(request);
            if (length >= 0) {
                request.putHeader("Content-Length", Long.toString(length));
            } else {
                request.setChunked(true);
            }
            request.response().onComplete(response -> {
                if (response.succeeded()) {
                    answer(response.result());
                } else {
                    fail(response.cause());
                }
            });
            long[] received = {0};
            in.handler(chunk -> {
                received[0] += chunk.length();
                if (answered) {
                    return; // the service has answered already (say a 413 of its own): the rest is not needed
                }
                if (received[0] > limit) {
                    answered = true;
                    request.reset();
                    problems.tooLarge(context, limit);
                    return;
                }
                request.write(chunk);
                if (request.writeQueueFull()) {
                    in.pause();
                    request.drainHandler(ignored -> in.resume());
                }
            });
            in.exceptionHandler(failure -> request.reset());
            in.endHandler(ignored -> {
                bodyRead = true;
                if (!answered) {
                    request.end();
                }
            });
            in.resume();
        });
    }

    private RequestOptions options() {
        String uri = in.uri();
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        String upstreamUri = route.upstreamPath(path) + (query < 0 ? "" : uri.substring(query));
        return new RequestOptions()
                .setMethod(in.method())
                .setHost(origin.getHost())
                .setPort(port(origin))
                .setSsl("https".equalsIgnoreCase(origin.getScheme()))
                .setURI(upstreamUri)
                .setIdleTimeout(timeout.toMillis());
    }

    private void copyRequestHeaders(HttpClientRequest request) {
        MultiMap headers = in.headers();
        Set<String> named = connectionTokens(headers.get("Connection"));
        headers.forEach(header -> {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!NOT_FORWARDED.contains(name) && !named.contains(name)) {
                request.headers().add(header.getKey(), header.getValue());
            }
        });
        if (route.rewrites()) {
            request.headers().remove("Accept-Encoding"); // a Swagger UI page is rewritten, so it must come uncompressed
        }
    }

    private void answer(HttpClientResponse response) {
        if (answered || in.response().closed()) {
            if (!answered) {
                upstream.reset();
            }
            answered = true;
            return;
        }
        answered = true;
        HttpServerResponse out = in.response();
        out.setStatusCode(response.statusCode());
        if (response.statusMessage() != null) {
            out.setStatusMessage(response.statusMessage());
        }
        Set<String> named = connectionTokens(response.getHeader("Connection"));
        response.headers().forEach(header -> {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (NOT_FORWARDED.contains(name) || named.contains(name)) {
                return;
            }
            String value = switch (name) {
                case "location", "content-location" -> publicOrigin.rewrite(header.getValue(), origin, route);
                case "link" -> publicOrigin.rewriteLinks(header.getValue(), origin, route);
                default -> header.getValue();
            };
            out.headers().add(header.getKey(), value);
        });
        if (rewritesPage(response)) {
            response.body().onComplete(body -> {
                if (body.failed()) {
                    out.reset();
                    return;
                }
                String page = QUOTED_Q_PATH.matcher(body.result().toString(StandardCharsets.UTF_8))
                        .replaceAll("$1" + route.publicPrefix().replace("$", "\\$") + "/");
                out.end(page);
                done();
            });
            return;
        }
        String length = response.getHeader("Content-Length");
        if (length != null) {
            out.putHeader("Content-Length", length);
        } else if (bodyAllowed(response.statusCode())) {
            out.setChunked(true);
        }
        response.pipeTo(out).onComplete(piped -> {
            if (piped.failed()) {
                LOG.debugf("%s %s: the answer of %s broke off: %s", in.method(), in.path(), route.service(), piped.cause());
                out.reset();
            }
            done();
        });
    }

    /** After the answer: a request body the service did not wait for is not sent on. */
    private void done() {
        if (!bodyRead && upstream != null) {
            upstream.reset();
        }
    }

    private void fail(Throwable failure) {
        if (answered) {
            if (!in.response().closed() && !in.response().ended()) {
                in.response().reset();
            }
            return;
        }
        answered = true;
        boolean timedOut = timedOut(failure);
        LOG.warnf("%s is unreachable for %s %s: %s", route.service(), in.method(), in.path(), failure.toString());
        if (!bodyRead) {
            ProxyProblems.closeAfterwards(context);
        }
        problems.unavailable(context, route.service(), timedOut ? timeout : null);
    }

    private boolean rewritesPage(HttpClientResponse response) {
        String type = response.getHeader("Content-Type");
        return route.rewrites() && type != null && type.toLowerCase(Locale.ROOT).startsWith("text/html");
    }

    private boolean bodyAllowed(int status) {
        return in.method() != HttpMethod.HEAD && status >= 200 && status != 204 && status != 304;
    }

    /**
     * The connection was closed or reset under the request before any answer: what a pooled
     * connection the service had closed meanwhile looks like. Not a refused connection (nothing
     * listens) and not a timeout (the service may still be working on it).
     */
    static boolean staleConnection(Throwable failure) {
        if (failure instanceof HttpClosedException) {
            return true;
        }
        return failure instanceof IOException && !(failure instanceof ConnectException) && !timedOut(failure);
    }

    static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException || cause.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> connectionTokens(String connection) {
        Set<String> tokens = new HashSet<>();
        if (connection != null) {
            for (String token : connection.split(",")) {
                tokens.add(token.trim().toLowerCase(Locale.ROOT));
            }
        }
        return tokens;
    }

    private static int port(URI origin) {
        return origin.getPort() > 0 ? origin.getPort() : "https".equalsIgnoreCase(origin.getScheme()) ? 443 : 80;
    }
}
