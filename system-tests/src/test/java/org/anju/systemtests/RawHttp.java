package org.anju.systemtests;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 on a plain socket to localhost, one connection per request: the request line, headers and
 * body go out exactly as given (a hostile client is not held to what {@code java.net.http} allows),
 * and the response is read whole (Content-Length, chunked, or up to the close).
 */
final class RawHttp {

    record Request(String method, String target, List<Map.Entry<String, String>> headers, byte[] body) {
        String describe() {
            String shown = target.length() > 160 ? target.substring(0, 160) + "...(" + target.length() + " chars)" : target;
            return method + " " + shown;
        }
    }

    record Response(int status, Map<String, String> headers, String body) {
        String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    private static final int MAX_BODY = 4 * 1024 * 1024;

    private final int port;
    private final int timeoutMillis;

    RawHttp(int port, int timeoutMillis) {
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    Response send(Request request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            write(head, request.method() + " " + request.target() + " HTTP/1.1\r\n");
            write(head, "Host: localhost:" + port + "\r\n");
            write(head, "Connection: close\r\n");
            for (Map.Entry<String, String> header : request.headers()) {
                write(head, header.getKey() + ": " + header.getValue() + "\r\n");
            }
            if (request.body() != null) {
                write(head, "Content-Length: " + request.body().length + "\r\n");
            }
            write(head, "\r\n");
            out.write(head.toByteArray());
            if (request.body() != null) {
                out.write(request.body());
            }
            out.flush();
            return read(new BufferedInputStream(socket.getInputStream()), request.method().equals("HEAD"));
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
    }

    private static Response read(InputStream in, boolean head) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            throw new IOException("the server closed the connection without a response");
        }
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP response: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        String line;
        while ((line = line(in)) != null && !line.isEmpty()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim(), (a, b) -> a + ", " + b);
            }
        }
        if (head || status == 204 || status == 304 || status / 100 == 1) {
            return new Response(status, headers, "");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT).contains("chunked")) {
            while (true) {
                String size = line(in);
                if (size == null) {
                    break;
                }
                int semicolon = size.indexOf(';');
                int length = Integer.parseInt((semicolon >= 0 ? size.substring(0, semicolon) : size).trim(), 16);
                if (length == 0) {
                    while ((line = line(in)) != null && !line.isEmpty()) {
                        // trailers
                    }
                    break;
                }
                copy(in, body, length);
                line(in);
            }
        } else if (headers.containsKey("content-length")) {
            copy(in, body, Integer.parseInt(headers.get("content-length").trim()));
        } else {
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0 && body.size() < MAX_BODY) {
                body.write(buffer, 0, n);
            }
        }
        return new Response(status, headers, body.toString(StandardCharsets.UTF_8));
    }

    private static void copy(InputStream in, ByteArrayOutputStream out, int length) throws IOException {
        byte[] buffer = new byte[8192];
        int left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("the body ended " + left + " bytes early");
            }
            if (out.size() < MAX_BODY) {
                out.write(buffer, 0, n);
            }
            left -= n;
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    static List<Map.Entry<String, String>> headers(String... namesAndValues) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.add(Map.entry(namesAndValues[i], namesAndValues[i + 1]));
        }
        return headers;
    }
}
