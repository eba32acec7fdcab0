package org.anju.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Hostile requests for one operation of an OpenAPI document, from a seeded random generator:
 * malformed JSON, bodies of the wrong type, nulls, huge strings and control characters, numbers that
 * overflow, impossible dates, unknown enum values, bad path and query parameters, over-long URLs and
 * headers, odd content types and tokens. The same seed gives the same requests.
 */
final class Fuzzer {

    /** One request and what it tries. */
    record Case(String what, RawHttp.Request request) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper ESCAPING = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static final List<String> HOSTILE_STRINGS = List.of(
            "",
            " ",
            "a\u0000b",
            "\u0000",
            "\u0007\u001b[31mred\u001b[0m\r\n\t",
            "\u2028\u2029\uFEFF\u200B",
            "\uD800",                       // a lone surrogate
            "\uFFFD\uFFFF",
            "'; DROP TABLE households; --",
            "<script>alert(1)</script>",
            "../../../../etc/passwd",
            "%00%ZZ%",
            "${jndi:ldap://127.0.0.1/x}",
            "１４０７２３",                   // full-width digits
            "١٤٠٧٢٣",                        // Arabic-Indic digits
            "-1",
            "99999999999999999999999999999999999999",
            "1e309",
            "NaN",
            "Infinity",
            "2019-02-30",
            "2019-13-01",
            "0000-00-00",
            "+10000-01-01",
            "-0001-01-01",
            "2019-06-30T25:61:61Z",
            "NOT_A_KNOWN_VALUE",
            "00000000-0000-0000-0000-000000000000",
            "not-a-uuid");

    private final OpenApi api;
    private final Random random;
    private final BiFunction<OpenApi.Operation, OpenApi.Parameter, String> goodValues;

    /**
     * @param goodValues a well-formed value for a path, query or header parameter (an existing record's id
     *                   for a path id), or null to have one made from the parameter's schema
     */
    Fuzzer(OpenApi api, long seed, BiFunction<OpenApi.Operation, OpenApi.Parameter, String> goodValues) {
        this.api = api;
        this.random = new Random(seed);
        this.goodValues = goodValues;
    }

    /** At most {@code budget} cases for the operation; {@code anonymousShare} of them without a token. */
    List<Case> cases(OpenApi.Operation operation, String authorization, int budget, int anonymous) {
        List<Supplier<Case>> generators = new ArrayList<>();
        generators.add(() -> request(operation, "a well-formed request", path(operation, null, null), query(operation, null, null),
                headers(operation), body(operation)));
        if (operation.hasJsonBody()) {
            for (String raw : List.of("{", "{\"a\":}", "[1,2", "nul", "{\"a\" 1}", "{}}", "\"unterminated", "{'single': 'quotes'}",
                    "{\"a\":1,\"a\":2}", "NaN", "[" + "[".repeat(5000) + "]".repeat(5000) + "]", "1" + "0".repeat(5000))) {
                generators.add(() -> request(operation, "malformed or extreme JSON " + abbreviate(raw), path(operation, null, null),
                        query(operation, null, null), headers(operation), raw.getBytes(StandardCharsets.UTF_8)));
            }
            for (String raw : List.of("[]", "\"text\"", "42", "null", "true", "[{}]")) {
                generators.add(() -> request(operation, "a body of the wrong type " + raw, path(operation, null, null),
                        query(operation, null, null), headers(operation), raw.getBytes(StandardCharsets.UTF_8)));
            }
            generators.add(() -> request(operation, "an empty body", path(operation, null, null), query(operation, null, null),
                    headers(operation), new byte[0]));
            generators.add(() -> request(operation, "bytes that are not UTF-8", path(operation, null, null), query(operation, null, null),
                    headers(operation), new byte[] {'{', '"', (byte) 0xff, (byte) 0xfe, (byte) 0xc3, '"', ':', '1', '}'}));
            generators.add(() -> {
                List<Map.Entry<String, String>> headers = headers(operation);
                headers.removeIf(header -> header.getKey().equals("Content-Type"));
                headers.add(Map.entry("Content-Type", pick(List.of("text/plain", "application/xml", "multipart/form-data; boundary=x",
                        "application/json; charset=latin-1", "application/x-www-form-urlencoded", "*/*", "garbage"))));
                return request(operation, "a body with an odd content type", path(operation, null, null), query(operation, null, null),
                        headers, body(operation));
            });
            for (int i = 0; i < 14; i++) {
                generators.add(() -> {
                    JsonNode mutated = body(operation) == null ? NODES.objectNode() : parse(body(operation));
                    String what = mutate(operation, mutated);
                    return request(operation, what, path(operation, null, null), query(operation, null, null), headers(operation),
                            bytes(mutated));
                });
            }
        } else if (operation.bodyType() != null) {
            generators.add(() -> request(operation, "an empty upload", path(operation, null, null), query(operation, null, null),
                    headers(operation), new byte[0]));
            generators.add(() -> request(operation, "an upload of garbage", path(operation, null, null), query(operation, null, null),
                    headers(operation), "\u0000\u0001PK\u0003\u0004garbage,\"\n\"".getBytes(StandardCharsets.UTF_8)));
        } else if (!operation.method().equals("GET")) {
            generators.add(() -> request(operation, "an unexpected JSON body", path(operation, null, null), query(operation, null, null),
                    withJson(headers(operation)), "{\"x\": [1, {\"y\": null}]}".getBytes(StandardCharsets.UTF_8)));
            generators.add(() -> request(operation, "an unexpected malformed body", path(operation, null, null), query(operation, null, null),
                    withJson(headers(operation)), "{".getBytes(StandardCharsets.UTF_8)));
        }
        for (OpenApi.Parameter parameter : operation.in("path")) {
            for (int i = 0; i < 3; i++) {
                generators.add(() -> {
                    String value = pick(List.of("not-a-uuid", "%00", "%ZZ", "..", "%2e%2e%2f%2e%2e", "a".repeat(3000), "%E6%B5%8B%E8%AF%95",
                            "140723%0A", "-1", "99999999999999999999", "00000000-0000-0000-0000-000000000000",
                            "5B0C7A54-3F7E-4F43-9A55-0B8F1C7A2D11", "%20", "null", "%F0%9F%98%80", "%C0%AF", "9999-9999", "000000"));
                    return request(operation, "path parameter " + parameter.name() + "=" + abbreviate(value), path(operation, parameter, value),
                            query(operation, null, null), headers(operation), body(operation));
                });
            }
        }
        for (OpenApi.Parameter parameter : operation.in("query")) {
            generators.add(() -> {
                String value = pick(List.of("", "%00", "%ZZ", "-1", "0", "99999999999999999999", "2147483648", "1.5", "NOT_A_KNOWN_VALUE",
                        "2019-02-30", "x".repeat(2000), "%E2%80%A8", "true%00", "yes", "140723,140721", "%F0%9F%98%80", "1e5",
                        "not-a-cursor", "eyJ4Ijp9", "9999999", "+1"));
                return request(operation, "query parameter " + parameter.name() + "=" + abbreviate(value), path(operation, null, null),
                        query(operation, parameter, value), headers(operation), body(operation));
            });
        }
        generators.add(() -> {
            String extra = pick(List.of("zzz=1", "limit=1&limit=2", "county=140723&county=140721", "%ZZ=1", "=", "&&&", "a[]=1"));
            String query = query(operation, null, null);
            return request(operation, "query " + extra, path(operation, null, null), query.isEmpty() ? "?" + extra : query + "&" + extra,
                    headers(operation), body(operation));
        });
        generators.add(() -> request(operation, "an over-long URL", path(operation, null, null), "?q=" + "a".repeat(12_000),
                headers(operation), body(operation)));
        generators.add(() -> {
            List<Map.Entry<String, String>> headers = headers(operation);
            headers.add(Map.entry("X-Long", "a".repeat(30_000)));
            return request(operation, "an over-long header", path(operation, null, null), query(operation, null, null), headers, body(operation));
        });
        generators.add(() -> {
            List<Map.Entry<String, String>> headers = headers(operation);
            String[] odd = pick(List.of(
                    new String[] {"If-Match", "garbage"}, new String[] {"If-Match", "\"99999999999999999999999\""}, new String[] {"If-Match", "W/\"1\""},
                    new String[] {"If-Match", "*"}, new String[] {"If-Match", "\"-1\""}, new String[] {"If-Match", ""},
                    new String[] {"Idempotency-Key", "k".repeat(5000)}, new String[] {"Idempotency-Key", ""}, new String[] {"Idempotency-Key", "\u00e9\u00e8"},
                    new String[] {"Accept-Language", "xx-YY;q=abc,*;q=-1,zh;q=2"}, new String[] {"Accept-Language", "-".repeat(3000)},
                    new String[] {"Accept", "application/xml"}, new String[] {"Accept", "text/csv;q=0"}, new String[] {"Accept-Encoding", "br;q=nope, gzip;q=2"},
                    new String[] {"X-Request-Id", "r".repeat(5000)}, new String[] {"X-Request-Id", "\u00ff\u00fe"},
                    new String[] {"Content-Length", "-1"}, new String[] {"Transfer-Encoding", "gzip"}));
            headers.removeIf(header -> header.getKey().equalsIgnoreCase(odd[0]));
            headers.add(Map.entry(odd[0], odd[1]));
            return request(operation, "header " + odd[0] + ": " + abbreviate(odd[1]), path(operation, null, null), query(operation, null, null),
                    headers, odd[0].equals("Content-Length") || odd[0].equals("Transfer-Encoding") ? null : body(operation));
        });
        generators.add(() -> {
            List<Map.Entry<String, String>> headers = headers(operation);
            String token = pick(List.of("Bearer garbage", "Bearer ", "Basic dXNlcjpwYXNz", "Bearer a.b.c",
                    "Bearer eyJhbGciOiJub25lIn0.eyJncm91cHMiOlsiY2l0eS1hZG1pbiJdfQ.", "bearer", "Bearer " + "x".repeat(8000)));
            headers.add(Map.entry("Authorization", token));
            return request(operation, "Authorization: " + abbreviate(token), path(operation, null, null), query(operation, null, null),
                    headers, body(operation));
        });

        // the well-formed request first, then a seeded shuffle of the rest
        List<Supplier<Case>> rest = new ArrayList<>(generators.subList(1, generators.size()));
        Collections.shuffle(rest, random);
        List<Supplier<Case>> chosen = new ArrayList<>();
        chosen.add(generators.get(0));
        chosen.addAll(rest.subList(0, Math.min(rest.size(), budget - 1)));
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Case made = chosen.get(i).get();
            boolean withToken = i % Math.max(2, budget / Math.max(1, anonymous)) != 1;
            boolean hasAuthorization = made.request().headers().stream().anyMatch(header -> header.getKey().equals("Authorization"));
            if (withToken && !hasAuthorization && authorization != null) {
                made.request().headers().add(Map.entry("Authorization", authorization));
                cases.add(new Case(made.what() + " (city-admin)", made.request()));
            } else {
                cases.add(new Case(made.what() + (hasAuthorization ? "" : " (no token)"), made.request()));
            }
        }
        return cases;
    }

    // ------------------------------------------------------------------ body mutation

    /** Replaces one value somewhere in the body with something hostile; says what it did. */
    private String mutate(OpenApi.Operation operation, JsonNode body) {
        List<String[]> fields = new ArrayList<>();
        collect(body, "", fields);
        if (fields.isEmpty() || !(body instanceof ObjectNode) && !(body instanceof ArrayNode)) {
            return "an empty object";
        }
        String[] chosen = fields.get(random.nextInt(fields.size()));
        JsonNode hostile = hostileValue(chosen[1]);
        set(body, chosen[0], hostile);
        return "field " + chosen[0] + " = " + abbreviate(hostile.toString());
    }

    private JsonNode hostileValue(String kind) {
        int dice = random.nextInt(10);
        if (dice == 0) {
            return NODES.nullNode();
        }
        if (dice == 1) {
            return switch (kind) {
                case "string" -> pick(List.of(NODES.numberNode(12345), NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode()));
                case "number" -> pick(List.of(NODES.textNode("abc"), NODES.objectNode(), NODES.booleanNode(false), NODES.textNode("12")));
                case "boolean" -> pick(List.of(NODES.textNode("yes"), NODES.numberNode(2), NODES.textNode("maybe")));
                case "array" -> pick(List.of(NODES.textNode("x"), NODES.objectNode(), hugeArray()));
                default -> pick(List.of(NODES.textNode("x"), NODES.arrayNode(), NODES.numberNode(1)));
            };
        }
        if (dice == 2) {
            return pick(List.of(NODES.textNode("a".repeat(200_000)), NODES.textNode("测".repeat(70_000)),
                    NODES.textNode("测".repeat(101)), NODES.textNode("a".repeat(257)), NODES.textNode("𠀀".repeat(129))));
        }
        if (dice == 3) {
            return pick(List.of(
                    NODES.numberNode(new java.math.BigDecimal("1e400")), NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890")),
                    NODES.numberNode(new java.math.BigInteger("-9223372036854775809")), NODES.numberNode(2147483648L),
                    NODES.numberNode(-2147483649L), NODES.numberNode(new java.math.BigDecimal("0.1e-400")), NODES.numberNode(-1),
                    NODES.numberNode(0), NODES.numberNode(1.5), NODES.numberNode(new java.math.BigDecimal("99999999999999999999.999"))));
        }
        return NODES.textNode(pick(HOSTILE_STRINGS));
    }

    private static ArrayNode hugeArray() {
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < 5000; i++) {
            array.add(NODES.objectNode());
        }
        return array;
    }

    private static void collect(JsonNode node, String at, List<String[]> fields) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String path = at + "/" + field.getKey();
                fields.add(new String[] {path, kind(field.getValue())});
                collect(field.getValue(), path, fields);
            });
        } else if (node.isArray() && node.size() > 0) {
            String path = at + "/0";
            fields.add(new String[] {path, kind(node.get(0))});
            collect(node.get(0), path, fields);
        }
    }

    private static String kind(JsonNode node) {
        if (node.isTextual()) {
            return "string";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        return node.isArray() ? "array" : "object";
    }

    private static void set(JsonNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash <= 0 ? root : root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
    }

    // ------------------------------------------------------------------ the well-formed parts

    private String path(OpenApi.Operation operation, OpenApi.Parameter replaced, String rawValue) {
        String path = operation.path();
        for (OpenApi.Parameter parameter : operation.in("path")) {
            String value = parameter == replaced ? rawValue : encode(good(operation, parameter));
            path = path.replace("{" + parameter.name() + "}", value);
        }
        return path;
    }

    private String query(OpenApi.Operation operation, OpenApi.Parameter replaced, String rawValue) {
        StringBuilder query = new StringBuilder();
        for (OpenApi.Parameter parameter : operation.in("query")) {
            String value;
            if (parameter == replaced) {
                value = rawValue;
            } else if (parameter.required()) {
                value = encode(good(operation, parameter));
            } else {
                continue;
            }
            query.append(query.length() == 0 ? '?' : '&').append(parameter.name()).append('=').append(value);
        }
        return query.toString();
    }

    private List<Map.Entry<String, String>> headers(OpenApi.Operation operation) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        if (operation.bodyType() != null) {
            headers.add(Map.entry("Content-Type", operation.bodyType()));
        }
        if (operation.method().equals("POST")) {
            headers.add(Map.entry("Idempotency-Key", "fuzz-" + Long.toHexString(random.nextLong())));
        }
        return headers;
    }

    private static List<Map.Entry<String, String>> withJson(List<Map.Entry<String, String>> headers) {
        headers.add(Map.entry("Content-Type", "application/json"));
        return headers;
    }

    private byte[] body(OpenApi.Operation operation) {
        if (operation.bodyType() == null) {
            return null;
        }
        if (!operation.hasJsonBody()) {
            return "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
        }
        return bytes(operation.example() == null ? NODES.objectNode() : operation.example());
    }

    private String good(OpenApi.Operation operation, OpenApi.Parameter parameter) {
        String value = goodValues.apply(operation, parameter);
        if (value != null) {
            return value;
        }
        JsonNode sample = api.sample(parameter.schema(), 0);
        return sample.isTextual() ? sample.asText() : sample.toString();
    }

    private Case request(OpenApi.Operation operation, String what, String path, String query, List<Map.Entry<String, String>> headers, byte[] body) {
        return new Case(what, new RawHttp.Request(operation.method(), path + query, headers, body));
    }

    private static JsonNode parse(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (java.io.IOException e) {
            // a lone surrogate cannot be UTF-8: send it as a JSON escape (\ud800), as a hostile client would
            try {
                return ESCAPING.writeValueAsBytes(node);
            } catch (java.io.IOException again) {
                throw new IllegalStateException(again);
            }
        }
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String abbreviate(String text) {
        String shown = text.length() > 60 ? text.substring(0, 60) + "...(" + text.length() + " chars)" : text;
        StringBuilder printable = new StringBuilder();
        shown.codePoints().forEach(c -> printable.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", c) : new String(Character.toChars(c))));
        return printable.toString();
    }
}
