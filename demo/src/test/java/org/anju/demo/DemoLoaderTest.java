package org.anju.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.anju.demo.GatewayClient.Response;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.anju.demo.GatewayClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a load sends, request by request. A suite keeps each Idempotency-Key with the body it first came
 * with, so a second load changes nothing only while every key comes with the same body as before.
 */
class DemoLoaderTest {

    /**
     * The SHA-256 of every request of a load (method, path, Idempotency-Key, content type, body, in order),
     * recorded from the generator (last changed for issue 18: the households' dates spread over 2018–2021, the
     * claims' dates). When the data set or a request changes on purpose, a suite loaded before meets its keys with other bodies
     * ({@code idempotency-key-reused}): change GatewayClient's key prefix along with this fingerprint.
     */
    private static final String FINGERPRINT = "13355071c89040282c86db8ee9c275236b64c15d51f2e7bf9953c432a9d719dd";

    @Test
    void aLoadSendsTheRecordedRequestsInTheRecordedOrder() throws Exception {
        RecordingGateway gateway = new RecordingGateway();
        try (GatewayClient client = new GatewayClient(gateway, 1, new PrintStream(OutputStream.nullOutputStream()))) {
            DemoLoader.load(JinzhongDataSet.generate(), client);
        }
        assertThat(gateway.requests).isEqualTo(61_340);
        assertThat(HexFormat.of().formatHex(gateway.digest.digest())).isEqualTo(FINGERPRINT);
    }

    /** Answers like the gateway on a first load, with ids numbered in the order it gives them; digests what it receives. */
    private static final class RecordingGateway implements GatewayClient.Transport {

        private final MessageDigest digest;
        private final Map<String, Set<String>> imported = new HashMap<>();
        private int requests, ids;

        RecordingGateway() throws Exception {
            digest = MessageDigest.getInstance("SHA-256");
        }

        @Override
        public synchronized Response exchange(String method, String path, String body, String idempotencyKey, String contentType) {
            requests++;
            digest.update((method + " " + path + "\nIdempotency-Key: " + idempotencyKey + "\nContent-Type: " + contentType + "\n" + body
                    + "\n\n").getBytes(StandardCharsets.UTF_8));
            URI uri = URI.create(path);
            String resource = uri.getPath();
            if (method.equals("POST") && resource.equals("/api/v1/imports/households")) {
                body.lines().skip(1).map(row -> row.split(",", -1))
                        .forEach(row -> imported.computeIfAbsent(row[1], county -> new LinkedHashSet<>()).add(row[0]));
                return new Response(202, JSON.createObjectNode().put("id", "import" + ++ids).toString());
            }
            if (method.equals("GET") && resource.startsWith("/api/v1/imports/")) {
                return new Response(200, JSON.createObjectNode().put("finishedAt", "2020-01-01T00:00:00Z").put("status", "COMPLETED")
                        .put("householdsImported", 1).put("householdsRejected", 0).toString());
            }
            if (method.equals("GET") && resource.equals("/api/v1/households")) {
                return new Response(200, households(uri));
            }
            if (method.equals("GET") && resource.startsWith("/api/v1/sites/")) {
                return new Response(200, JSON.createObjectNode().put("status", "PLANNED").toString());
            }
            if (method.equals("POST") && resource.equals("/api/v1/requests")) {
                ObjectNode created = JSON.createObjectNode();
                created.putObject("request").put("id", "req" + ++ids);
                return new Response(200, created.toString());
            }
            return new Response(200, JSON.createObjectNode().put("id", "id" + ++ids).toString());
        }

        /** A page of a county's imported households, the cursor being the offset of the next one. */
        private String households(URI uri) {
            Map<String, String> query = new HashMap<>();
            for (String parameter : uri.getRawQuery().split("&")) {
                String[] nameAndValue = parameter.split("=", 2);
                query.put(nameAndValue[0], URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
            }
            List<String> county = new ArrayList<>(imported.getOrDefault(query.get("county"), Set.of()));
            int from = query.containsKey("cursor") ? Integer.parseInt(query.get("cursor")) : 0;
            int to = Math.min(county.size(), from + Integer.parseInt(query.get("limit")));
            ObjectNode page = JSON.createObjectNode();
            ArrayNode items = page.putArray("items");
            county.subList(from, to).forEach(registryNumber -> items.addObject().put("id", "hh-" + registryNumber)
                    .put("registryNumber", registryNumber));
            page.put("nextCursor", to < county.size() ? Integer.toString(to) : null);
            return page.toString();
        }
    }
}
