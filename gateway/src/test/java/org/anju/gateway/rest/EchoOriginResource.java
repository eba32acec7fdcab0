package org.anju.gateway.rest;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.anju.localstack.Ports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A real HTTP server standing in for households-service: it answers every request with what it
 * received, so tests see exactly what the gateway forwarded (and reports itself ready, as a service would). funding-service is pointed at a port
 * where nothing listens, to see the gateway's answer when an owner is down.
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
            if (exchange.getRequestURI().getPath().equals("/q/health/ready")) {
                json = "{\"status\":\"UP\",\"checks\":[{\"name\":\"Outbox\",\"status\":\"UP\",\"data\":{\"backlog\":3,\"oldestAgeSeconds\":1}}]}";
            } else if (exchange.getRequestURI().getPath().equals("/q/info")) {
                json = "{\"build\":{\"version\":\"9.9.9\"}}";
            }
            byte[] response = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("ETag", "\"7\"");
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().endsWith("/missing") ? 404 : 200, response.length);
            exchange.getResponseBody().write(response);
            exchange.close();
        });
        server.start();
        return Map.of(
                "anju.gateway.services.households", "http://127.0.0.1:" + server.getAddress().getPort(),
                "anju.gateway.services.funding", "http://127.0.0.1:" + Ports.freePort(),
                "anju.gateway.services.industry", "http://127.0.0.1:" + server.getAddress().getPort());
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
