package org.anju.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * One document for partners: the gateway's own API and every path it proxies, merged from the
 * services' live documents (here the echo, serving households and industry; funding is down).
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(EchoOriginResource.class)
class FrontDoorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode document(String... headers) throws Exception {
        var request = given().accept("application/json");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        String body = request.get("/q/openapi/anju?format=json").then().statusCode(200)
                .contentType(containsString("application/json")).extract().asString();
        return JSON.readTree(body);
    }

    @Test
    void theMergedDocumentHasTheGatewaysOwnApiAndExactlyThePathsItProxiesUnderTheirPublicPaths() throws Exception {
        JsonNode document = document();
        Files.createDirectories(Path.of("target/openapi"));
        Files.writeString(Path.of("target/openapi/anju-test.json"), document.toPrettyString()); // for a look, and for a linter

        assertThat(document.path("info").path("title").asText()).isEqualTo("Anju API");
        JsonNode paths = document.path("paths");
        assertThat(paths.fieldNames()).toIterable()
                .contains("/api/v1/indicators", "/api/v1/ops/services", "/api/v1/audit", "/api/v1/sites/{id}/indicators")
                .contains("/api/v1/households", "/api/v1/households/{id}", "/api/v1/households/{id}/employment",
                        "/api/v1/employments", "/api/v1/audit/households", "/api/v1/audit/industry")
                .doesNotContain("/api/v1/internal/things", "/api/v1/audit/funding");
        assertThat(paths.path("/api/v1/households").path("post").path("x-anju-service").asText()).isEqualTo("households");
        assertThat(paths.path("/api/v1/households/{id}/employment").path("get").path("x-anju-service").asText())
                .as("the gateway routes it to industry").isEqualTo("industry");
        assertThat(paths.path("/api/v1/audit/industry").path("get").path("operationId").asText()).isEqualTo("industryListAuditEntries");
        assertThat(paths.path("/api/v1/audit").path("get").path("x-anju-service").asText()).isEqualTo("gateway");
        assertThat(document.path("info").path("description").asText()).as("funding is down").contains("funding");
    }

    @Test
    void everyOperationHasAUniqueIdAStatedSecurityAndItsTagsAndProxiedOnesTheGateways503() throws Exception {
        JsonNode document = document();
        List<String> ids = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            String name = operation.getKey() + " " + path.getKey();
            ids.add(operation.getValue().path("operationId").asText());
            assertThat(operation.getValue().path("security").isArray()).as(name).isTrue();
            assertThat(operation.getValue().path("tags").isEmpty()).as(name).isEqualTo(path.getKey().equals("/api/v1/internal/things"));
            if (!"gateway".equals(operation.getValue().path("x-anju-service").asText())) {
                assertThat(operation.getValue().path("responses").has("503")).as(name).isTrue();
            }
        }));
        assertThat(ids).doesNotHaveDuplicates().doesNotContain("");
        assertThat(document.path("paths").path("/api/v1/indicators").path("get").path("security")).as("open data").isEmpty();
        List<String> tags = new ArrayList<>();
        document.path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
        assertThat(tags).contains("Indicators", "Operations", "Audit", "Households", "Employment").doesNotHaveDuplicates();
    }

    @Test
    void componentsWithTheSameNameAndAnotherMeaningAreKeptApart() throws Exception {
        JsonNode schemas = document().path("components").path("schemas");
        assertThat(schemas.path("ServiceStatus").path("properties").has("outboxBacklog")).as("the gateway's").isTrue();
        assertThat(schemas.path("HouseholdsServiceStatus").path("properties").has("employed")).isTrue();
        assertThat(schemas.path("HouseholdsCountyCode").path("description").asText()).contains("echo");
        assertThat(schemas.has("Problem")).isTrue();
        assertThat(document().path("paths").path("/api/v1/households").path("post").toString())
                .contains("#/components/schemas/HouseholdRequest").doesNotContain("schemas/CountyCode\"");
    }

    @Test
    void itsServerIsThePublicOriginTheRequestCameThrough() throws Exception {
        assertThat(document().path("servers").get(0).path("url").asText()).isEqualTo("http://localhost:" + RestAssured.port);
        assertThat(document("X-Forwarded-Proto", "https", "X-Forwarded-Host", "anju.example.gov.cn")
                .path("servers").get(0).path("url").asText()).isEqualTo("https://anju.example.gov.cn");
        assertThat(document("Forwarded", "proto=https;host=partner.example").path("servers").size()).isOne();
    }

    @Test
    void itComesAsYamlByDefaultAndAsJsonOnRequest() throws Exception {
        String yaml = given().get("/q/openapi/anju").then().statusCode(200).contentType(containsString("application/yaml"))
                .extract().asString();
        JsonNode fromYaml = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        assertThat(fromYaml.path("paths").fieldNames()).toIterable().containsExactlyElementsOf(() -> {
            try {
                return document().path("paths").fieldNames();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        given().get("/q/openapi/anju.json").then().statusCode(200).contentType(containsString("application/json"))
                .body("info.title", equalTo("Anju API"));
        given().get("/q/openapi/anju.yaml").then().statusCode(200).contentType(containsString("application/yaml"));
        given().accept("application/json").get("/q/openapi/anju").then().statusCode(200).contentType(containsString("application/json"));
    }

    @Test
    void docsOpensSwaggerUiOnTheMergedDocument() {
        given().redirects().follow(false).get("/docs").then().statusCode(302)
                .header("Location", equalTo("/q/swagger-ui/?urls.primaryName=anju"));
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("/q/openapi/anju.json"));
    }

    @Test
    void theGatewaysOwnDocumentStaysAtItsPlace() {
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("gateway API"));
    }
}
