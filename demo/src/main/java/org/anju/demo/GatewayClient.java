package org.anju.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The demo's only way into the suite: the gateway's public API with a bearer token. Every POST
 * carries a deterministic Idempotency-Key made from the data set, so loading twice creates nothing
 * twice; transient failures are retried with the same key.
 */
final class GatewayClient implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY_PREFIX = "jinzhong-demo-v3:";
    private static final int BAR_WIDTH = 30;

    private final Transport transport;
    private final ExecutorService pool;
    private final PrintStream out;
    private final boolean terminal;

    /** Where the requests go: the gateway over HTTP, or a stand-in that answers like one. */
    interface Transport {
        /** One exchange; {@code idempotencyKey} may be null, {@code contentType} is what a non-empty body is. */
        Response exchange(String method, String path, String body, String idempotencyKey, String contentType);
    }

    record Response(int status, String body) {
    }

    GatewayClient(String gateway, String token, int concurrency, PrintStream out) {
        this(new HttpTransport(gateway, token), concurrency, out);
    }

    GatewayClient(Transport transport, int concurrency, PrintStream out) {
        this.transport = transport;
        this.pool = Executors.newFixedThreadPool(concurrency);
        this.out = out;
        this.terminal = System.console() != null;
    }

    interface Task<T> {
        void run(T item) throws Exception;
    }

    /** Runs the task for every item on the pool, with a progress bar (a line per 10% when not on a terminal). */
    <T> void parallel(String what, List<T> items, Task<T> task) throws Exception {
        long started = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        int step = Math.max(1, items.size() / 10);
        List<Future<?>> futures = new ArrayList<>();
        for (T item : items) {
            futures.add(pool.submit(() -> {
                task.run(item);
                int n = done.incrementAndGet();
                if (terminal || (items.size() >= 100 && n % step == 0 && n < items.size())) {
                    progress(what, n, items.size());
                }
                return null;
            }));
        }
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (Exception e) {
            futures.forEach(future -> future.cancel(true));
            throw e;
        }
        if (terminal) {
            out.print("\r\033[K");
        }
        out.printf("demo: %-40s %6d in %d s%n", what, items.size(), (System.nanoTime() - started) / 1_000_000_000L);
    }

    /** A line of the load's log. */
    void report(String line) {
        out.println("demo: " + line);
    }

    private synchronized void progress(String what, int done, int total) {
        int filled = (int) ((long) done * BAR_WIDTH / Math.max(1, total));
        String bar = "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] %3d%% %s %d/%d".formatted(
                (int) ((long) done * 100 / Math.max(1, total)), what, done, total);
        if (terminal) {
            out.print("\r\033[K" + bar);
            out.flush();
        } else {
            out.println("demo: " + bar);
        }
    }

    JsonNode get(String path) {
        return call("GET", path, "", null);
    }

    /** A JSON request; {@code key} (may be null) names the operation within the data set. */
    JsonNode call(String method, String path, String body, String key) {
        return send(method, path, body, key, "application/json", 200, 201, 202);
    }

    /**
     * Sends, retrying what may pass later: a 422 naming an unknown reference (the owner's replica of
     * another service's data lags behind) is stored under its Idempotency-Key, so each retry after one
     * uses the next deterministic key; a 409 of a request still in progress, a 429 or a 5xx keep theirs.
     * A key reused with another body means the data set changed under the same keys: that is fatal.
     */
    JsonNode send(String method, String path, String body, String key, String contentType, int... expected) {
        int unknown = 0, failures = 0;
        while (true) {
            String fullKey = key == null ? null : KEY_PREFIX + key + (unknown == 0 ? "" : ":retry-" + unknown);
            Response response = transport.exchange(method, path, body, fullKey, contentType);
            int status = response.status();
            for (int code : expected) {
                if (status == code) {
                    return parse(method, path, response.body());
                }
            }
            boolean keyReused = response.body().contains("idempotency-key-reused");
            if (status == 422 && !keyReused && unknown < 120) {
                unknown++;
                sleep(500);
            } else if ((status >= 500 || status == 429 || response.body().contains("idempotency-in-progress")) && failures < 8) {
                failures++;
                sleep(500L * failures);
            } else {
                throw new IllegalStateException(method + " " + path + ": " + status + " " + response.body());
            }
        }
    }

    private static JsonNode parse(String method, String path, String body) {
        try {
            return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e.getMessage(), e);
        }
    }

    /** The gateway over HTTP/1.1 with the bearer token; a request that meets an I/O error is sent again, up to five times. */
    private static final class HttpTransport implements Transport {

        private final String gateway;
        private final String authorization;
        private final HttpClient http;

        HttpTransport(String gateway, String token) {
            this.gateway = gateway.replaceAll("/+$", "");
            this.authorization = "Bearer " + token;
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        }

        @Override
        public Response exchange(String method, String path, String body, String idempotencyKey, String contentType) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(120))
                    .header("Authorization", authorization)
                    .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (!body.isEmpty()) {
                request.header("Content-Type", contentType + (contentType.equals("text/csv") ? "; charset=UTF-8" : ""));
            }
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            for (int attempt = 0; ; attempt++) {
                try {
                    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    return new Response(response.statusCode(), response.body());
                } catch (IOException e) {
                    if (attempt >= 4) {
                        throw new IllegalStateException(method + " " + path + ": " + e, e);
                    }
                    sleep(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
