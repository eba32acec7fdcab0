package org.anju.platform.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrontDoorDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private static final String GATEWAY = """
            {'openapi': '3.1.0', 'info': {'title': 'gateway API', 'version': '1.2.3'}, 'servers': [{'url': '/'}],
             'paths': {'/api/v1/indicators': {'get': {'operationId': 'listIndicators',
               'responses': {'200': {'description': 'ok'}, '400': {'description': 'bad',
                 'content': {'application/problem+json': {'examples': {'problem': {'value': {'status': 400}}}}}}}}}}}""";

    private static final String HOUSEHOLDS = """
            {'openapi': '3.1.0', 'info': {'title': 'households-service API', 'version': '1.2.3'},
             'paths': {
               '/api/v1/households/{id}': {'get': {'operationId': 'getHousehold', 'security': [{'SecurityScheme': []}],
                 'responses': {'200': {'description': 'ok'}}}},
               '/api/v1/households/{id}/employment': {'get': {'operationId': 'notHouseholds', 'responses': {'200': {'description': 'ok'}}}},
               '/api/v1/audit': {'get': {'operationId': 'listAuditEntries', 'responses': {'200': {'description': 'ok'}}}}}}""";

    @Test
    void theGatewaysOwnPathsAndEveryRoutedServicePathWithThePublicServerAndTheProxysOwn503() throws Exception {
        Map<String, JsonNode> services = new LinkedHashMap<>();
        services.put("households", json(HOUSEHOLDS));
        JsonNode document = FrontDoorDocument.build(ProxyRoutesTest.routes(), json(GATEWAY), services, "https://anju.example").document();

        assertThat(document.path("info").path("title").asText()).isEqualTo(FrontDoorDocument.TITLE);
        assertThat(document.path("info").path("version").asText()).isEqualTo("1.2.3");
        assertThat(document.path("info").path("description").asText()).contains("households", "/api/v1/audit/<service>");
        assertThat(document.path("servers").size()).isOne();
        assertThat(document.path("servers").get(0).path("url").asText()).isEqualTo("https://anju.example");
        assertThat(document.path("paths").fieldNames()).toIterable()
                .containsExactly("/api/v1/indicators", "/api/v1/households/{id}", "/api/v1/audit/households");
        JsonNode household = document.path("paths").path("/api/v1/households/{id}").path("get");
        assertThat(household.path("responses").path("503").path("content").has("application/problem+json")).isTrue();
        assertThat(household.path("responses").path("503").path("headers").has("Retry-After")).isTrue();
        assertThat(document.path("paths").path("/api/v1/indicators").path("get").path("responses").has("503")).isFalse();
    }

    @Test
    void everyProblemResponseGetsTheProblemSchema() throws Exception {
        JsonNode document = FrontDoorDocument.build(ProxyRoutesTest.routes(), json(GATEWAY),
                Map.of("households", json(HOUSEHOLDS)), "http://localhost:8080").document();
        assertThat(document.path("paths").path("/api/v1/indicators").path("get").path("responses").path("400")
                .path("content").path("application/problem+json").path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(document.path("paths").path("/api/v1/audit/households").path("get").path("responses").path("503")
                .path("content").path("application/problem+json").path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
        JsonNode problem = document.path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").fieldNames()).toIterable()
                .contains("type", "title", "status", "detail", "instance", "rule", "errorId", "errors");
    }

    @Test
    void theBuildStepWritesTheDocumentFromStoredFiles(@TempDir Path directory) throws Exception {
        Path routes = Files.writeString(directory.resolve("routes.json"), ProxyRoutesTest.TABLE);
        Path gateway = Files.writeString(directory.resolve("gateway.json"), GATEWAY.replace('\'', '"'));
        Path households = Files.writeString(directory.resolve("households.json"), HOUSEHOLDS.replace('\'', '"'));
        Path out = directory.resolve("out/anju.json");

        FrontDoorDocument.main(new String[] {"--routes", routes.toString(), "--gateway", gateway.toString(),
                "--service", "households=" + households, "--server", "http://localhost:18080", "--out", out.toString()});

        JsonNode document = JSON.readTree(out.toFile());
        assertThat(document.path("servers").get(0).path("url").asText()).isEqualTo("http://localhost:18080");
        assertThat(document.path("paths").has("/api/v1/audit/households")).isTrue();
        assertThatThrownBy(() -> FrontDoorDocument.main(new String[] {"--out", out.toString()}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--routes");
    }
}
