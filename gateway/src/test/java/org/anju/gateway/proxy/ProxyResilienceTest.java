package org.anju.gateway.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.anju.testing.StackTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** What the proxy does when a service closes connections under it, hangs, or refuses a body itself. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(ServiceDoublesResource.class)
class ProxyResilienceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "anju.gateway.services.industry")
    String industry;

    @ConfigProperty(name = "anju.gateway.services.households")
    String households;

    @Test
    void aKeyedPostOnAConnectionTheServiceClosedIsSentAgainOnAnotherAndAppliedOnce() throws Exception {
        String first = UUID.randomUUID().toString();
        given().header("Idempotency-Key", first).contentType("application/json").body("{\"n\":1}")
                .post("/api/v1/employments").then().statusCode(201);
        Thread.sleep(ServiceDoublesResource.IDLE_MILLIS + 300); // the pooled connection is expired now

        String key = UUID.randomUUID().toString();
        given().header("Idempotency-Key", key).contentType("application/json").body("{\"n\":2}")
                .post("/api/v1/employments").then().statusCode(201).body("path", equalTo("/api/v1/employments"));

        List<JsonNode> sent = arrivals(industry, "Idempotency-Key", key);
        assertThat(sent).as("dropped on the stale connection, then sent on another").hasSize(2);
        assertThat(sent.get(0).path("dropped").asBoolean()).isTrue();
        assertThat(sent.get(1).path("dropped").asBoolean()).isFalse();
        assertThat(sent.get(1).path("connection").asInt()).isNotEqualTo(sent.get(0).path("connection").asInt());
        assertThat(sent.get(1).path("body").asText()).isEqualTo("{\"n\":2}");
    }

    @Test
    void aPostWithoutAKeyTakesAConnectionOfItsOwnSoAConnectionTheServiceClosedCannotFailIt() throws Exception {
        given().contentType("application/json").body("{\"warm\":true}").header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/trainings").then().statusCode(201);
        Thread.sleep(ServiceDoublesResource.IDLE_MILLIS + 300); // the pooled connection is expired now

        String marker = UUID.randomUUID().toString();
        given().contentType("application/json").body("{\"marker\":\"" + marker + "\"}")
                .post("/api/v1/trainings").then().statusCode(201).body("path", equalTo("/api/v1/trainings"));

        List<JsonNode> sent = withBody(marker);
        assertThat(sent).as("sent once, on a fresh connection that cannot have gone stale").hasSize(1);
        assertThat(sent.get(0).path("dropped").asBoolean()).isFalse();
    }

    @Test
    void aPostWithoutAKeyThatTheServiceDropsIsA503AndIsNeverSentTwice() throws Exception {
        String marker = UUID.randomUUID().toString();
        given().header("Accept-Language", "zh-CN").contentType("application/json").body("{\"marker\":\"" + marker + "\"}")
                .post(ServiceDoublesResource.DROPPED)
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("urn:anju:problem:service-unavailable"))
                .body("title", equalTo("服务不可用"))
                .body("detail", equalTo("产业就业（industry）服务暂时无法访问，请稍后重试。"))
                .body("instance", equalTo(ServiceDoublesResource.DROPPED));

        List<JsonNode> sent = withBody(marker);
        assertThat(sent).as("sent once, and dropped: the gateway cannot know whether it was applied").hasSize(1);
        assertThat(sent.get(0).path("dropped").asBoolean()).isTrue();

        // the same with a key is safe to send again (the service answers a repeat from its record): sent 1 + retries times
        String keyed = UUID.randomUUID().toString();
        given().header("Idempotency-Key", UUID.randomUUID().toString()).contentType("application/json")
                .body("{\"marker\":\"" + keyed + "\"}").post(ServiceDoublesResource.DROPPED)
                .then().statusCode(503).body("type", equalTo("urn:anju:problem:service-unavailable"));
        assertThat(withBody(keyed)).hasSize(3).allMatch(arrival -> arrival.path("dropped").asBoolean());
    }

    @Test
    void aGetOnAConnectionTheServiceClosedIsSentAgain() throws Exception {
        given().get("/api/v1/workshops/1").then().statusCode(200);
        Thread.sleep(ServiceDoublesResource.IDLE_MILLIS + 300);

        given().get("/api/v1/workshops/2").then().statusCode(200).body("path", equalTo("/api/v1/workshops/2"));
        assertThat(all(industry).stream().filter(arrival -> arrival.path("path").asText().equals("/api/v1/workshops/2")).toList())
                .hasSize(2);
    }

    @Test
    void aServiceThatDoesNotAnswerIsA503AfterTheTimeoutInTheCallersLanguage() {
        long started = System.nanoTime();
        given().get("/api/v1/entries").then().statusCode(503)
                .contentType("application/problem+json")
                .body("title", equalTo("Service unavailable"))
                .body("detail", equalTo("The funding service did not answer within 2 seconds; retry later."));
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms").isBetween(1_500L, 10_000L);

        given().header("Accept-Language", "zh-CN,zh;q=0.9").get("/api/v1/entries").then().statusCode(503)
                .body("detail", equalTo("资金（funding）服务在 2 秒内没有响应，请稍后重试。"));
    }

    @Test
    void aServicesOwn413ArrivesUnchangedEvenWhenItAnswersBeforeReadingTheBody() {
        byte[] upload = new byte[5 * 1024 * 1024];
        java.util.Arrays.fill(upload, (byte) 'a');
        given().contentType("text/csv").body(upload).post("/api/v1/imports/households")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:payload-too-large"))
                .body("detail", equalTo("Requests to this service carry at most 1,024 bytes"));
    }

    @Test
    void aJsonBodyOverTheLimitIsRefusedByTheGatewayWithTheSame413BeforeAnythingIsForwarded() throws Exception {
        String marker = UUID.randomUUID().toString();
        String body = "{\"marker\":\"" + marker + "\",\"pad\":\"" + "x".repeat(1024 * 1024) + "\"}";
        given().contentType("application/json").body(body).post("/api/v1/households")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:anju:problem:payload-too-large"))
                .body("title", equalTo("The request body is too large"))
                .body("detail", equalTo("Requests to this service carry at most 1,048,576 bytes"));
        given().header("Accept-Language", "zh-CN").contentType("application/json").body(body).post("/api/v1/households")
                .then().statusCode(413)
                .body("title", equalTo("请求体过大"))
                .body("detail", equalTo("本服务的请求体不得超过 1,048,576 字节"));
        assertThat(all(households).stream().filter(arrival -> arrival.path("path").asText().equals("/api/v1/households")
                && arrival.path("method").asText().equals("POST") && arrival.path("body").asText().contains(marker))).isEmpty();
    }

    @Test
    void aLocationAtTheServicesOwnAddressPointsAtTheGatewaysPublicOrigin() {
        Response created = given().contentType("application/json").body("{}").header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Host", "anju.example.gov.cn").post("/api/v1/households");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("http://anju.example.gov.cn/api/v1/households/77");

        given().contentType("application/json").body("{}").header("Idempotency-Key", UUID.randomUUID().toString())
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "partner.example")
                .post("/api/v1/households").then().statusCode(201)
                .header("Location", equalTo("https://partner.example/api/v1/households/77"));
        given().contentType("application/json").body("{}").header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Forwarded", "for=192.0.2.60;proto=https;host=\"anju.example:8443\"")
                .post("/api/v1/households").then().statusCode(201)
                .header("Location", equalTo("https://anju.example:8443/api/v1/households/77"));
    }

    @Test
    void theOpsViewAnswersFastShowingADegradedServiceWithItsGrowingBacklogAndAHangingOneDown() {
        long started = System.nanoTime();
        Response first = given().get("/api/v1/ops/services");
        long millis = (System.nanoTime() - started) / 1_000_000;
        first.then().statusCode(200)
                .body("status", equalTo("DEGRADED"))
                .body("services.find { it.name == 'households' }.status", equalTo("DEGRADED"))
                .body("services.find { it.name == 'households' }.broker", equalTo("unreachable"))
                .body("services.find { it.name == 'households' }.degraded", equalTo(true))
                .body("services.find { it.name == 'households' }.brokerSince", equalTo("2026-11-30T05:00:00Z"))
                .body("services.find { it.name == 'households' }.outboxOldestAgeSeconds", equalTo(42))
                .body("services.find { it.name == 'households' }.outboxParked", equalTo(2))
                .body("services.find { it.name == 'households' }.version", equalTo("1.2.3"))
                .body("services.find { it.name == 'funding' }.status", equalTo("DOWN"))
                .body("services.find { it.name == 'funding' }.error", containsString("no answer within"))
                .body("services.find { it.name == 'governance' }.status", equalTo("DOWN"))
                .body("broker.broker", equalTo("reachable"))
                .body("broker.degraded", equalTo(false))
                .body("consumer.topic", org.hamcrest.Matchers.hasItem("households.v1"));
        assertThat(millis).as("the hanging service costs the ops timeout, not more").isLessThan(4_000);

        int backlog = first.path("services.find { it.name == 'households' }.outboxBacklog");
        int later = given().get("/api/v1/ops/services").then().statusCode(200).extract()
                .path("services.find { it.name == 'households' }.outboxBacklog");
        assertThat(later).as("the backlog grows while the broker is away").isGreaterThan(backlog);
    }

    private List<JsonNode> withBody(String marker) throws Exception {
        return all(industry).stream().filter(arrival -> arrival.path("body").asText().contains(marker)).toList();
    }

    private static List<JsonNode> arrivals(String service, String header, String value) throws Exception {
        return all(service).stream().filter(arrival -> value.equals(arrival.path("headers").path(header.toLowerCase()).asText())).toList();
    }

    private static List<JsonNode> all(String service) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(service + ServiceDouble.ARRIVALS)).GET().build(), HttpResponse.BodyHandlers.ofString());
        List<JsonNode> arrivals = new ArrayList<>();
        JSON.readTree(response.body()).forEach(arrivals::add);
        return arrivals;
    }
}
