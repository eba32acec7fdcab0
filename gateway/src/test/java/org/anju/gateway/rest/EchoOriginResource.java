package org.anju.gateway.rest;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.anju.localstack.Ports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A real HTTP server standing in for households-service and industry-service: it answers every
 * request with what it received, so tests see exactly what the gateway forwarded (and reports itself
 * ready, as a service would); it serves an OpenAPI document and a Swagger UI page, answers a
 * registration with a Location at its own address and one path with a problem of its own.
 * funding-service and governance-service are pointed at ports where nothing listens, to see the gateway's answer
 * when an owner is down (and never a suite that happens to run on the default ports).
 */
public class EchoOriginResource implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String json = "{\"method\":\"" + exchange.getRequestMethod() + "\",\"uri\":\"" + exchange.getRequestURI() + "\""
                    + header(exchange, "Authorization") + header(exchange, "Idempotency-Key") + header(exchange, "If-Match")
                    + header(exchange, "Accept-Language")
                    + ",\"body\":\"" + new String(body, StandardCharsets.UTF_8).replace("\"", "'") + "\"}";
            String path = exchange.getRequestURI().getPath();
            String type = "application/json";
            int status = path.endsWith("/missing") ? 404 : 200;
            if (path.equals("/q/health/ready")) {
                json = "{\"status\":\"UP\",\"checks\":[{\"name\":\"Outbox\",\"status\":\"UP\",\"data\":{\"backlog\":3,\"oldestAgeSeconds\":1}}]}";
            } else if (path.equals("/q/info")) {
                json = "{\"build\":{\"version\":\"9.9.9\"}}";
            } else if (path.equals("/q/openapi")) {
                json = document();
            } else if (path.equals("/q/swagger-ui")) {
                // as Quarkus does: to the page, at the service's own address
                exchange.getResponseHeaders().add("Location", origin() + "/q/swagger-ui/");
                status = 302;
                json = "";
            } else if (path.equals("/q/swagger-ui/")) {
                type = "text/html;charset=UTF-8";
                json = "<html><body><a href='/q/swagger-ui'>home</a><script>var oar = \"/q/swagger-ui/oauth2-redirect.html\";"
                        + " SwaggerUIBundle({url: '/q/openapi', dom_id: '#swagger-ui'});</script></body></html>";
            } else if (path.equals("/api/v1/households") && exchange.getRequestMethod().equals("POST")) {
                // a service builds its Location from the Host it was asked for: its own address behind the gateway
                exchange.getResponseHeaders().add("Location", origin() + "/api/v1/households/42");
                exchange.getResponseHeaders().add("Link", "<" + origin() + "/api/v1/households/42>; rel=\"self\", <https://example.org/x>; rel=\"other\"");
                status = 201;
            } else if (path.equals("/api/v1/villages/refused")) {
                type = "application/problem+json";
                status = 422;
                json = "{\"type\":\"urn:anju:problem:unknown-reference\",\"title\":\"Unknown\",\"status\":422,\"detail\":\"as the service said\"}";
            }
            byte[] response = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.getResponseHeaders().add("ETag", "\"7\"");
            exchange.sendResponseHeaders(status, response.length == 0 ? -1 : response.length);
            exchange.getResponseBody().write(response);
            exchange.close();
        });
        server.start();
        return Map.of(
                "anju.gateway.services.households", "http://127.0.0.1:" + server.getAddress().getPort(),
                "anju.gateway.services.funding", "http://127.0.0.1:" + Ports.freePort(),
                "anju.gateway.services.industry", "http://127.0.0.1:" + server.getAddress().getPort(),
                // not the default localhost:8084, where a suite running on the same machine may answer
                "anju.gateway.services.governance", "http://127.0.0.1:" + Ports.freePort());
    }

    private String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** An OpenAPI document with paths of households and of industry (both served by this echo) and one no route reaches. */
    private static String document() {
        try (InputStream in = EchoOriginResource.class.getClassLoader().getResourceAsStream("echo-openapi.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(com.sun.net.httpserver.HttpExchange exchange, String name) {
        String value = exchange.getRequestHeaders().getFirst(name);
        return value == null ? "" : ",\"" + name + "\":\"" + value.replace("\"", "'") + "\"";
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
