package org.anju.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongPredicate;

/** The suite's public API as a client sees it, through the gateway only. */
final class Gateway {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;

    Gateway(String base, String token) {
        this.base = base;
        this.authorization = "Bearer " + token;
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build(), 200);
    }

    JsonNode post(String path, String contentType, String body, int expected) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(), expected);
    }

    /** Sends without waiting: the open-loop freshness generator must not be held up by slow answers. */
    CompletableFuture<HttpResponse<Void>> postAsync(String path, String body) {
        return http.sendAsync(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /** One public indicator of the city ({@code county} null) or a county, e.g. {@code relocation.households}. */
    long indicator(String id, String county) throws IOException, InterruptedException {
        JsonNode view = get("/api/v1/indicators" + (county == null ? "" : "?county=" + county));
        for (JsonNode indicator : view.path("indicators")) {
            if (indicator.path("id").asText().equals(id)) {
                return indicator.path("value").asLong();
            }
        }
        throw new IllegalStateException("the gateway serves no indicator " + id);
    }

    /** Polls an indicator every {@code interval} until it satisfies {@code done}; fails with the last value after {@code timeout}. */
    long awaitIndicator(String id, String county, LongPredicate done, Duration interval, Duration timeout, String what)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long value = indicator(id, county);
            if (done.test(value)) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + ": " + id + (county == null ? "" : " of " + county) + " is still " + value
                        + " after " + timeout);
            }
            Thread.sleep(interval.toMillis());
        }
    }

    HttpClient http() {
        return http;
    }

    URI uri(String path) {
        return URI.create(base + path);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(REQUEST_TIMEOUT).header("Authorization", authorization).header("Accept", "application/json");
    }

    private JsonNode send(HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
