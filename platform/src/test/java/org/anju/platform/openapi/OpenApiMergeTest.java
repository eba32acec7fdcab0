package org.anju.platform.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiMergeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static ObjectNode info() {
        return (ObjectNode) json("{'title': 'Merged', 'version': '1'}");
    }

    private static final JsonNode GATEWAY = json("""
            {'openapi': '3.1.0', 'info': {'title': 'gateway', 'version': '1'},
             'tags': [{'name': 'Indicators', 'description': 'The figures'}, {'name': 'Audit', 'description': 'Who did what'}],
             'paths': {
               '/api/v1/indicators': {'get': {'operationId': 'listIndicators', 'tags': ['Indicators'],
                  'responses': {'200': {'description': 'ok', 'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Page'}}}}}}},
               '/api/v1/audit': {'get': {'operationId': 'listAuditEntries', 'tags': ['Audit'], 'security': [{'SecurityScheme': []}],
                  'responses': {'200': {'description': 'ok', 'content': {'application/json': {'schema': {'$ref': '#/components/schemas/AuditPage'}}}}}}}},
             'components': {
               'schemas': {
                 'Page': {'type': 'object', 'properties': {'items': {'type': 'array', 'items': {'$ref': '#/components/schemas/Figure'}}}},
                 'Figure': {'type': 'number'},
                 'AuditPage': {'type': 'object', 'properties': {'items': {'type': 'array', 'items': {'$ref': '#/components/schemas/AuditEntry'}}}},
                 'AuditEntry': {'type': 'object', 'properties': {'actor': {'type': 'string'}}},
                 'CountyCode': {'type': 'string', 'pattern': '^[0-9]+$'}},
               'securitySchemes': {'SecurityScheme': {'type': 'http', 'scheme': 'bearer', 'bearerFormat': 'JWT'}}}}
            """);

    private static final JsonNode FUNDING = json("""
            {'openapi': '3.1.0', 'info': {'title': 'funding', 'version': '1'},
             'tags': [{'name': 'Ledger entries'}, {'name': 'Audit', 'description': 'Another description'}],
             'security': [{'SecurityScheme': []}],
             'paths': {
               '/api/v1/entries': {
                 'get': {'operationId': 'listEntries', 'tags': ['Ledger entries'],
                   'responses': {'200': {'description': 'ok', 'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Page'}}}}}},
                 'post': {'operationId': 'recordEntry', 'security': [{'SecurityScheme': ['ledger']}],
                   'requestBody': {'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Entry'}}}},
                   'responses': {'201': {'description': 'created'}}}},
               '/api/v1/audit': {'get': {'operationId': 'listAuditEntries', 'tags': ['Audit'],
                  'responses': {'200': {'description': 'ok', 'content': {'application/json': {'schema': {'$ref': '#/components/schemas/AuditPage'}}}}}}},
               '/q/internal': {'get': {'operationId': 'internal', 'responses': {'200': {'description': 'ok'}}}},
               'x-extension': {'anything': true}},
             'components': {
               'schemas': {
                 'Page': {'type': 'object', 'properties': {'items': {'type': 'array', 'items': {'$ref': '#/components/schemas/Entry'}}}},
                 'Entry': {'type': 'object', 'properties': {'amount': {'$ref': '#/components/schemas/Amount'}, 'county': {'$ref': '#/components/schemas/CountyCode'}},
                   'discriminator': {'propertyName': 'kind', 'mapping': {'receipt': '#/components/schemas/Page'}}},
                 'Amount': {'type': 'string'},
                 'AuditPage': {'type': 'object', 'properties': {'items': {'type': 'array', 'items': {'$ref': '#/components/schemas/AuditEntry'}}}},
                 'AuditEntry': {'type': 'object', 'properties': {'actor': {'type': 'string'}}},
                 'CountyCode': {'type': 'string', 'pattern': '^[0-9]+$'}},
               'securitySchemes': {'SecurityScheme': {'type': 'http', 'scheme': 'bearer', 'bearerFormat': 'JWT'}}}}
            """);

    private static Optional<String> fundingRoutes(String path) {
        if (path.equals("/api/v1/audit")) {
            return Optional.of("/api/v1/audit/funding");
        }
        return path.startsWith("/api/v1/") ? Optional.of(path) : Optional.empty();
    }

    private static OpenApiMerge.Result merged() {
        ObjectNode unavailable = (ObjectNode) json("{'503': {'description': 'the owner is down'}}");
        return new OpenApiMerge(info()).server("https://anju.example", "The gateway")
                .add(OpenApiMerge.Source.everyPath("gateway", GATEWAY))
                .add(new OpenApiMerge.Source("funding", FUNDING, OpenApiMergeTest::fundingRoutes, unavailable))
                .merge();
    }

    @Test
    void identicalComponentsAreSharedAndDifferentOnesWithTheSameNameAreRenamedWithEveryReference() {
        JsonNode document = merged().document();
        JsonNode schemas = document.path("components").path("schemas");
        assertThat(schemas.fieldNames()).toIterable().containsExactlyInAnyOrder(
                "Page", "Figure", "AuditPage", "AuditEntry", "CountyCode", "FundingPage", "Entry", "Amount");
        assertThat(schemas.path("Page").toString()).contains("#/components/schemas/Figure");
        assertThat(schemas.path("FundingPage").toString()).contains("#/components/schemas/Entry");
        assertThat(schemas.path("Entry").path("discriminator").path("mapping").path("receipt").asText())
                .isEqualTo("#/components/schemas/FundingPage");
        assertThat(schemas.path("Entry").path("properties").path("county").path("$ref").asText())
                .as("the shared one").isEqualTo("#/components/schemas/CountyCode");
        assertThat(document.path("paths").path("/api/v1/entries").path("get").toString())
                .contains("#/components/schemas/FundingPage").doesNotContain("schemas/Page\"");
        assertThat(document.path("paths").path("/api/v1/indicators").path("get").toString()).contains("#/components/schemas/Page\"");
        assertThat(document.path("components").path("securitySchemes").size()).isOne();
    }

    @Test
    void aComponentReferringToARenamedOneIsRenamedToo() {
        JsonNode gateway = json("""
                {'openapi': '3.1.0', 'info': {'title': 'a', 'version': '1'}, 'paths': {},
                 'components': {'schemas': {'Outer': {'$ref': '#/components/schemas/Inner'}, 'Inner': {'type': 'string'}}}}""");
        JsonNode other = json("""
                {'openapi': '3.1.0', 'info': {'title': 'b', 'version': '1'},
                 'paths': {'/x': {'get': {'responses': {'200': {'description': 'ok', 'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Outer'}}}}}}}},
                 'components': {'schemas': {'Outer': {'$ref': '#/components/schemas/Inner'}, 'Inner': {'type': 'integer'}}}}""");
        OpenApiMerge.Result result = new OpenApiMerge(info()).add(OpenApiMerge.Source.everyPath("a", gateway))
                .add(OpenApiMerge.Source.everyPath("other-service", other)).merge();
        JsonNode schemas = result.document().path("components").path("schemas");
        assertThat(schemas.path("OtherServiceInner").path("type").asText()).isEqualTo("integer");
        assertThat(schemas.path("OtherServiceOuter").path("$ref").asText()).isEqualTo("#/components/schemas/OtherServiceInner");
        assertThat(schemas.path("Outer").path("$ref").asText()).isEqualTo("#/components/schemas/Inner");
        assertThat(result.document().path("paths").path("/x").toString()).contains("#/components/schemas/OtherServiceOuter");
        assertThat(result.notes()).anyMatch(note -> note.contains("Outer") && note.contains("OtherServiceOuter"));
    }

    @Test
    void aRenamedComponentNeverTakesANameInUse() {
        JsonNode first = json("""
                {'openapi': '3.1.0', 'info': {'title': 'a', 'version': '1'}, 'paths': {},
                 'components': {'schemas': {'Page': {'type': 'string'}, 'FundingPage': {'type': 'boolean'}}}}""");
        JsonNode second = json("""
                {'openapi': '3.1.0', 'info': {'title': 'b', 'version': '1'}, 'paths': {},
                 'components': {'schemas': {'Page': {'type': 'integer'}}}}""");
        JsonNode schemas = new OpenApiMerge(info()).add(OpenApiMerge.Source.everyPath("a", first))
                .add(OpenApiMerge.Source.everyPath("funding", second)).merge().document().path("components").path("schemas");
        assertThat(schemas.path("FundingPage").path("type").asText()).isEqualTo("boolean");
        assertThat(schemas.path("FundingPage2").path("type").asText()).isEqualTo("integer");
    }

    @Test
    void onlyRoutedPathsAreKeptUnderTheirPublicPathWithUniqueOperationIds() {
        OpenApiMerge.Result result = merged();
        JsonNode paths = result.document().path("paths");
        assertThat(paths.fieldNames()).toIterable().containsExactly(
                "/api/v1/indicators", "/api/v1/audit", "/api/v1/entries", "/api/v1/audit/funding");
        assertThat(paths.path("/api/v1/audit").path("get").path("operationId").asText()).isEqualTo("listAuditEntries");
        assertThat(paths.path("/api/v1/audit/funding").path("get").path("operationId").asText()).isEqualTo("fundingListAuditEntries");
        assertThat(result.notes()).anyMatch(note -> note.contains("/q/internal") && note.contains("left out"));

        List<String> ids = new ArrayList<>();
        paths.forEach(item -> item.forEach(operation -> ids.add(operation.path("operationId").asText())));
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void everyOperationStatesItsSecurityAndItsServiceAndTheSourcesExtraResponses() {
        JsonNode paths = merged().document().path("paths");
        assertThat(paths.path("/api/v1/indicators").path("get").path("security").isArray()).isTrue();
        assertThat(paths.path("/api/v1/indicators").path("get").path("security")).as("public: none").isEmpty();
        assertThat(paths.path("/api/v1/audit").path("get").path("security").toString()).isEqualTo("[{\"SecurityScheme\":[]}]");
        assertThat(paths.path("/api/v1/entries").path("get").path("security").toString())
                .as("the document's default").isEqualTo("[{\"SecurityScheme\":[]}]");
        assertThat(paths.path("/api/v1/entries").path("post").path("security").toString())
                .as("its own").isEqualTo("[{\"SecurityScheme\":[\"ledger\"]}]");
        assertThat(paths.path("/api/v1/entries").path("get").path("x-anju-service").asText()).isEqualTo("funding");
        assertThat(paths.path("/api/v1/indicators").path("get").path("x-anju-service").asText()).isEqualTo("gateway");
        assertThat(paths.path("/api/v1/entries").path("get").path("responses").has("503")).isTrue();
        assertThat(paths.path("/api/v1/indicators").path("get").path("responses").has("503")).as("not the gateway's own").isFalse();
    }

    @Test
    void tagsAreKeptOnceInTheOrderTheyComeWithTheFirstDescriptionAndTheServerIsThePublicOne() {
        JsonNode document = merged().document();
        List<String> tags = new ArrayList<>();
        document.path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
        assertThat(tags).containsExactly("Indicators", "Audit", "Ledger entries");
        assertThat(document.path("tags").get(1).path("description").asText()).isEqualTo("Who did what");
        assertThat(document.path("servers").get(0).path("url").asText()).isEqualTo("https://anju.example");
        assertThat(document.path("info").path("title").asText()).isEqualTo("Merged");
        assertThat(document.path("openapi").asText()).isEqualTo("3.1.0");
    }

    @Test
    void theInputsAreLeftAsTheyWere() {
        String before = GATEWAY.toString() + FUNDING;
        merged();
        assertThat(GATEWAY.toString() + FUNDING).isEqualTo(before);
    }

    @Test
    void securitySchemesWithTheSameNameButAnotherMeaningAreRenamedInEveryRequirement() {
        JsonNode first = json("""
                {'openapi': '3.1.0', 'info': {'title': 'a', 'version': '1'}, 'paths': {},
                 'components': {'securitySchemes': {'Auth': {'type': 'http', 'scheme': 'bearer'}}}}""");
        JsonNode second = json("""
                {'openapi': '3.1.0', 'info': {'title': 'b', 'version': '1'}, 'security': [{'Auth': []}],
                 'paths': {'/y': {'get': {'responses': {'200': {'description': 'ok'}}}}},
                 'components': {'securitySchemes': {'Auth': {'type': 'apiKey', 'in': 'header', 'name': 'X-Key'}}}}""");
        JsonNode document = new OpenApiMerge(info()).add(OpenApiMerge.Source.everyPath("a", first))
                .add(OpenApiMerge.Source.everyPath("partner", second)).merge().document();
        assertThat(document.path("components").path("securitySchemes").has("PartnerAuth")).isTrue();
        assertThat(document.path("paths").path("/y").path("get").path("security").toString()).isEqualTo("[{\"PartnerAuth\":[]}]");
    }

    @Test
    void prefixesAreCamelCase() {
        assertThat(OpenApiMerge.prefixed("households", "Page", true)).isEqualTo("HouseholdsPage");
        assertThat(OpenApiMerge.prefixed("job-fairs", "listAuditEntries", false)).isEqualTo("jobFairsListAuditEntries");
    }
}
