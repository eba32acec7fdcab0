package org.anju.gateway.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A service at the socket level, for what a real HTTP server library hides: it can drop a request
 * on a kept-alive connection it considers expired (as a service that closes idle connections does
 * when its close crosses the gateway's next request), never answer, or answer before reading the
 * body and close the connection. It records every request that arrives, also those it drops.
 */
final class ServiceDouble implements AutoCloseable {

    /** Where a test reads what arrived (JSON; not itself recorded): the double may live in another class loader than the test. */
    static final String ARRIVALS = "/__double/arrivals";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What arrived: on which connection (1, 2...) and whether it was answered. */
    record Arrival(int connection, String method, String path, Map<String, String> headers, String body, boolean dropped) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** An answer; {@code readBody} false answers from the headers alone and then closes the connection. */
    record Answer(int status, Map<String, String> headers, String body, boolean readBody) {

        static Answer json(int status, String body) {
            return new Answer(status, Map.of("Content-Type", "application/json"), body, true);
        }
    }

    /** The request as the double sees it before answering. */
    record Request(String method, String path, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "service-double");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger connections = new AtomicInteger();
    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Function<Request, Answer> answers;
    private final long expireIdleAfterMillis;
    private final boolean hang;

    private ServiceDouble(Function<Request, Answer> answers, long expireIdleAfterMillis, boolean hang) throws IOException {
        this.answers = answers;
        this.expireIdleAfterMillis = expireIdleAfterMillis;
        this.hang = hang;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.submit(this::accept);
    }

    /** Answers every request by {@code answers} (null: read it and reset the connection unanswered), keeping connections alive. */
    static ServiceDouble answering(Function<Request, Answer> answers) throws IOException {
        return new ServiceDouble(answers, Long.MAX_VALUE, false);
    }

    /**
     * Keeps a connection only {@code idleMillis}: a request that comes later on it is read and
     * dropped, the connection reset, as when the service's close of an idle connection crosses it.
     */
    static ServiceDouble expiringIdleConnections(long idleMillis, Function<Request, Answer> answers) throws IOException {
        return new ServiceDouble(answers, idleMillis, false);
    }

    /** Accepts connections and never answers. */
    static ServiceDouble hanging() throws IOException {
        return new ServiceDouble(request -> null, Long.MAX_VALUE, true);
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    List<Arrival> arrivals(String method, String path) {
        return arrivals.stream().filter(arrival -> arrival.method().equals(method) && arrival.path().equals(path)).toList();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                sockets.add(socket);
                int connection = connections.incrementAndGet();
                threads.submit(() -> serve(socket, connection));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket, int connection) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            if (hang) {
                while (in.read() >= 0) {
                    // read what comes, answer nothing
                }
                return;
            }
            long lastAnswered = -1;
            while (true) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                String[] lines = head.split("\r\n");
                String[] requestLine = lines[0].split(" ");
                Map<String, String> headers = new LinkedHashMap<>();
                for (int i = 1; i < lines.length; i++) {
                    int colon = lines[i].indexOf(':');
                    if (colon > 0) {
                        headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
                    }
                }
                if (requestLine[1].equals(ARRIVALS)) {
                    readBody(in, headers);
                    write(out, Answer.json(200, JSON.writeValueAsString(arrivals)));
                    continue;
                }
                boolean expired = lastAnswered >= 0 && expireIdleAfterMillis != Long.MAX_VALUE
                        && (System.nanoTime() - lastAnswered) / 1_000_000 > expireIdleAfterMillis;
                Request request = new Request(requestLine[0], requestLine[1], headers, "");
                Answer answer = expired ? null : answers.apply(request);
                boolean dropped = answer == null; // expired, or a request the double drops on purpose
                String body = dropped || answer.readBody() ? readBody(in, headers) : "";
                arrivals.add(new Arrival(connection, requestLine[0], requestLine[1], headers, body, dropped));
                if (dropped) {
                    socket.setSoLinger(true, 0); // reset, no answer
                    return;
                }
                write(out, answer);
                if (!answer.readBody()) {
                    Thread.sleep(200); // let the answer arrive before the unread body makes the close a reset
                    return;
                }
                lastAnswered = System.nanoTime();
            }
        } catch (IOException | InterruptedException e) {
            // the gateway went away, or the double is closing
        }
    }

    private static void write(OutputStream out, Answer answer) throws IOException {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(answer.status()).append(" Answer\r\n");
        answer.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\n");
        if (!answer.readBody()) {
            head.append("Connection: close\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3)) ? matched + 1 : 0;
            if (matched == 4) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    private static String readBody(InputStream in, Map<String, String> headers) throws IOException {
        String length = headers.get("content-length");
        if (length != null) {
            return new String(in.readNBytes(Integer.parseInt(length)), StandardCharsets.UTF_8);
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String size = readLine(in);
                int chunk = Integer.parseInt(size.split(";")[0].trim(), 16);
                if (chunk == 0) {
                    readLine(in);
                    return body.toString(StandardCharsets.UTF_8);
                }
                body.write(in.readNBytes(chunk));
                readLine(in);
            }
        }
        return "";
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        sockets.forEach(socket -> {
            try {
                socket.close();
            } catch (IOException | RuntimeException e) {
                // closing anyway
            }
        });
        threads.shutdownNow();
    }
}
