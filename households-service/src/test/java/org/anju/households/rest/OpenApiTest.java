package org.anju.households.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.anju.households.domain.TestIdNumbers;
import org.anju.testing.ApiDocument;
import org.anju.testing.ApiDocument.Operation;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.anju.households.rest.Api.ADMIN;
import static org.anju.households.rest.Api.HESHUN;
import static org.anju.households.rest.Api.admin;
import static org.anju.households.rest.Api.registryNumber;
import static org.anju.testing.ApiDocument.JSON_MEDIA;
import static org.anju.households.rest.Imports.CSV;
import static org.anju.households.rest.Imports.XLSX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The OpenAPI document partner agencies generate clients from: every operation names, tags and documents
 * what it answers with a schema (so that generated methods return typed values; files as binary strings),
 * money is only ever the platform's {@code Amount} decimal string, and every example — and every real
 * answer — validates against the schema it is documented with.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class OpenApiTest {

    /** Property names that hold money (yuan), in this API and in the programme's other ones. */
    private static final Pattern MONEY = Pattern.compile(
            "amount|\\w*Amount|income|\\w*Income|investment|\\w*Investment|dividends\\w*|subsidy|\\w*Subsidy|\\w*Total");
    private static final String AMOUNT = "#/components/schemas/Amount";
    private static final List<String> FILES = List.of(CSV, XLSX);

    @Test
    void everyOperationHasAnIdASummaryATagAndDocumentedErrors() {
        JsonPath document = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        assertThat(paths).containsKeys("/api/v1/households", "/api/v1/households/{id}/move-in", "/api/v1/sites/{id}/complete",
                "/api/v1/villages/{id}/relocate", "/api/v1/relocation-tasks/{county}/{period}", "/api/v1/imports/households",
                "/api/v1/imports/{id}", "/api/v1/households/export", "/api/v1/imports/households/template");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String name = method.toUpperCase() + " " + path;
            assertThat(operation).as(name).containsKeys("operationId", "summary", "tags");
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertThat(responses.keySet()).as(name).anyMatch(code -> code.startsWith("2")).contains("401", "403");
        }));
    }

    /**
     * A generated client gets a typed answer from every operation: each 2xx but a 204 has content with a
     * schema — a named component (or an array of one) for JSON, a binary string for a CSV or XLSX file —
     * and every schema it names exists; a 204 has no content.
     */
    @Test
    void everyApiOperationDocumentsItsSuccessWithASchema() {
        ApiDocument document = ApiDocument.read();
        List<String> untyped = new ArrayList<>();
        for (Operation operation : document.apiOperations()) {
            List<Map.Entry<String, JsonNode>> successes = operation.node().path("responses").properties().stream()
                    .filter(response -> response.getKey().startsWith("2")).toList();
            if (successes.isEmpty()) {
                untyped.add(operation + ": no 2xx response");
            }
            for (Map.Entry<String, JsonNode> success : successes) {
                String status = success.getKey();
                JsonNode content = success.getValue().path("content");
                if (status.equals("204")) {
                    if (!content.isMissingNode() && !content.isEmpty()) {
                        untyped.add(operation + ": 204 with content");
                    }
                    continue;
                }
                if (content.isEmpty()) {
                    untyped.add(operation + ": " + status + " without content");
                }
                content.properties().forEach(media -> {
                    JsonNode schema = media.getValue().path("schema");
                    String what = operation + ": " + status + " " + media.getKey();
                    if (FILES.contains(media.getKey())) {
                        if (!schema.path("type").asText().equals("string") || !schema.path("format").asText().equals("binary")) {
                            untyped.add(what + " is not a binary string: " + schema);
                        }
                    } else if (!media.getKey().equals(JSON_MEDIA)) {
                        untyped.add(what + ": an unexpected media type");
                    } else {
                        JsonNode named = schema.path("type").asText().equals("array") ? schema.path("items") : schema;
                        String ref = named.path("$ref").asText();
                        if (!ref.startsWith("#/components/schemas/")) {
                            untyped.add(what + " names no component schema: " + schema);
                        } else if (document.component(ref.substring(ref.lastIndexOf('/') + 1)).isMissingNode()) {
                            untyped.add(what + " refers to the missing schema " + ref);
                        }
                    }
                });
            }
        }
        assertThat(untyped).isEmpty();
        assertThat(document.apiOperations()).hasSizeGreaterThanOrEqualTo(30);
    }

    /** The file operations document both spreadsheet formats, in their answers and, for imports, their request bodies. */
    @Test
    void fileOperationsDocumentCsvAndXlsxAsBinaryStrings() {
        ApiDocument document = ApiDocument.read();
        for (String download : List.of("exportHouseholds", "householdImportTemplate", "householdUpdateImportTemplate")) {
            assertThat(document.operation(download).node().path("responses").path("200").path("content").properties())
                    .as(download).extracting(Map.Entry::getKey).containsExactlyInAnyOrder(CSV, XLSX);
        }
        for (String upload : List.of("importHouseholdsCsv", "importHouseholdUpdatesCsv")) {
            JsonNode body = document.operation(upload).node().path("requestBody").path("content");
            // CSV as browsers label it too (Windows: application/vnd.ms-excel), and bytes sniffed (an XLSX is a zip)
            assertThat(body.properties()).as(upload).extracting(Map.Entry::getKey).containsExactlyInAnyOrder(CSV, XLSX,
                    "application/vnd.ms-excel", "text/plain", "application/octet-stream");
            body.forEach(media -> assertThat(media.path("schema").path("format").asText()).as(upload).isEqualTo("binary"));
            assertThat(document.operation(upload).node().path("responses").path("202").path("content").path(JSON_MEDIA)
                    .path("schema").path("$ref").asText()).as(upload).isEqualTo("#/components/schemas/ImportJob");
        }
    }

    /**
     * Money is the Amount decimal string wherever a schema names it, never a JSON number: this service
     * handles none today, so nothing but counts is numeric, and the unused Amount schema is left out.
     */
    @Test
    void everyMoneyPropertyIsTheAmountDecimalStringAndNothingIsAJsonNumber() {
        ApiDocument document = ApiDocument.read();
        List<String> wrong = new ArrayList<>();
        document.eachProperty((name, schema) -> {
            if (MONEY.matcher(name).matches() && !isAmount(schema)) {
                wrong.add(name + ": " + schema);
            }
        });
        document.eachSchema((pointer, schema) -> {
            JsonNode type = schema.path("type");
            if (type.asText().equals("number") || (type.isArray() && type.toString().contains("\"number\""))) {
                wrong.add(pointer + " is a JSON number: " + schema);
            }
        });
        JsonNode amount = document.component("Amount");
        if (!amount.isMissingNode()) {
            assertThat(amount.path("type").asText()).isEqualTo("string");
            Pattern decimal = Pattern.compile(amount.path("pattern").asText());
            assertThat(List.of("45145000.00", "1500.00", "0.50", "1100")).allMatch(value -> decimal.matcher(value).matches());
            assertThat(List.of("1.5e3", "1,500.00", "1500.005", "¥1500", "")).noneMatch(value -> decimal.matcher(value).matches());
        }
        assertThat(wrong).as("money not documented as the Amount string, or decimals documented as numbers").isEmpty();
    }

    /**
     * Every component schema is referred to (Redocly's no-unused-components): the platform's Amount is dropped
     * while no field of this service is money, by SmallRye's unused-schema filter (application.properties).
     */
    @Test
    void everyComponentSchemaIsReferredTo() {
        ApiDocument document = ApiDocument.read();
        Set<String> referred = new LinkedHashSet<>();
        document.eachSchema((pointer, schema) -> {
            String ref = schema.path("$ref").asText();
            if (ref.startsWith("#/components/schemas/")) {
                referred.add(ref.substring("#/components/schemas/".length()));
            }
        });
        assertThat(document.componentNames()).isNotEmpty().allMatch(referred::contains, "is referred to");
    }

    /**
     * Every example, of an answer or of a request body, is valid against its schema: it carries each field the
     * schema requires, and only fields the schema names, of the types it names.
     */
    @Test
    void everyExampleValidatesAgainstItsSchemaAndCarriesItsRequiredFields() {
        ApiDocument document = ApiDocument.read();
        List<String> invalid = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (Operation operation : document.apiOperations()) {
            List<Map.Entry<String, JsonNode>> bodies = new ArrayList<>();
            bodies.add(Map.entry("request", operation.node().path("requestBody")));
            operation.node().path("responses").properties().stream().filter(response -> response.getKey().startsWith("2"))
                    .forEach(response -> bodies.add(Map.entry(response.getKey(), response.getValue())));
            for (Map.Entry<String, JsonNode> body : bodies) {
                body.getValue().path("content").properties().forEach(media -> media.getValue().path("examples").properties()
                        .forEach(example -> {
                            String what = operation + " " + body.getKey() + " " + media.getKey() + " example '" + example.getKey() + "'";
                            checked.add(what);
                            if (!media.getValue().has("schema")) {
                                invalid.add(what + ": no schema to validate it against");
                            }
                            document.violations(media.getValue().path("schema"), example.getValue().path("value"))
                                    .forEach(violation -> invalid.add(what + ": " + violation));
                        }));
            }
        }
        assertThat(invalid).as("examples that do not validate (e.g. lack a required field)").isEmpty();
        assertThat(checked).hasSizeGreaterThanOrEqualTo(45);
    }

    /**
     * What the API really answers is what its document says: one real call of every operation under /api/ (the
     * request bodies are the document's own examples, with names and identifiers made unique), each JSON answer
     * valid against the documented schema, each file of the documented media type.
     */
    @Test
    void everyOperationAnswersWhatItsSchemaDocuments() {
        Answers answers = new Answers(ApiDocument.read());
        String unique = UUID.randomUUID().toString().substring(0, 8);

        ObjectNode site = answers.example("registerSite").put("name", "城东安置小区" + unique);
        String siteId = answers.check("registerSite", 201, admin().body(site).post("/api/v1/sites")).path("id").asText();
        answers.check("getSite", 200, admin().get("/api/v1/sites/{id}", siteId));
        answers.check("updateSite", 200, admin().body(site.put("plannedHouseholds", 430)).put("/api/v1/sites/{id}", siteId));
        answers.check("startSiteConstruction", 200,
                admin().body(answers.example("startSiteConstruction")).post("/api/v1/sites/{id}/start-construction", siteId));
        answers.check("completeSite", 200, admin().body(answers.example("completeSite")).post("/api/v1/sites/{id}/complete", siteId));
        answers.check("listSites", 200, admin().queryParam("county", HESHUN).queryParam("limit", 2).get("/api/v1/sites"));

        ObjectNode village = answers.example("registerVillage").put("county", HESHUN).put("name", "后庄" + unique);
        String villageId = answers.check("registerVillage", 201, admin().body(village).post("/api/v1/villages")).path("id").asText();
        answers.check("getVillage", 200, admin().get("/api/v1/villages/{id}", villageId));
        answers.check("listVillages", 200, admin().queryParam("county", HESHUN).queryParam("limit", 2).get("/api/v1/villages"));

        ObjectNode household = answers.example("registerHousehold").put("registryNumber", registryNumber(HESHUN))
                .put("siteId", siteId).put("villageId", villageId);
        members(household);
        String householdId = answers.check("registerHousehold", 201, admin().body(household).post("/api/v1/households"))
                .path("id").asText();
        answers.check("getHousehold", 200, admin().get("/api/v1/households/{id}", householdId));
        answers.check("updateHousehold", 200, admin().body(household.put("originNaturalVillage", "前沟"))
                .put("/api/v1/households/{id}", householdId));
        answers.check("allocateHousing", 200, admin().body(answers.example("allocateHousing").put("siteId", siteId))
                .post("/api/v1/households/{id}/allocate-housing", householdId));
        answers.check("moveIn", 200, admin().body(answers.example("moveIn")).post("/api/v1/households/{id}/move-in", householdId));
        answers.check("demolishHomestead", 200,
                admin().body(answers.example("demolishHomestead")).post("/api/v1/households/{id}/demolish-homestead", householdId));
        answers.check("reclaimHomestead", 200,
                admin().body(answers.example("reclaimHomestead")).post("/api/v1/households/{id}/reclaim-homestead", householdId));
        JsonNode lifted = answers.check("liftOutOfPoverty", 200,
                admin().body(answers.example("liftOutOfPoverty")).post("/api/v1/households/{id}/lift-out-of-poverty", householdId));
        assertThat(lifted.path("povertyStatus").asText()).isEqualTo("LIFTED");
        answers.check("listHouseholds", 200, admin().queryParam("registryNumber", household.path("registryNumber").asText())
                .get("/api/v1/households"));
        answers.file("exportHouseholds", CSV, admin().queryParam("siteId", siteId).get("/api/v1/households/export"));
        answers.file("exportHouseholds", XLSX, admin().queryParam("siteId", siteId).queryParam("format", "xlsx")
                .get("/api/v1/households/export"));

        answers.check("relocateVillage", 200, admin().body(answers.example("relocateVillage")).post("/api/v1/villages/{id}/relocate", villageId));
        answers.check("demolishVillage", 200, admin().body(answers.example("demolishVillage")).post("/api/v1/villages/{id}/demolish", villageId));
        answers.check("reclaimVillage", 200, admin().body(answers.example("reclaimVillage")).post("/api/v1/villages/{id}/reclaim", villageId));

        ObjectNode mistaken = answers.example("registerHousehold").put("registryNumber", registryNumber(HESHUN))
                .putNull("siteId").putNull("villageId");
        members(mistaken);
        String mistakenId = admin().body(mistaken).post("/api/v1/households").then().statusCode(201).extract().path("id");
        Response deleted = admin().delete("/api/v1/households/{id}", mistakenId);
        assertThat(deleted.statusCode()).as(deleted.asString()).isEqualTo(204);
        answers.called.add("deleteHousehold");

        String period = planPeriod();
        answers.check("setRelocationTask", 201, admin().body(answers.example("setRelocationTask"))
                .put("/api/v1/relocation-tasks/{county}/{period}", HESHUN, period));
        answers.check("setRelocationTask", 200, admin().body(answers.example("setRelocationTask").putNull("plannedHouseholds"))
                .put("/api/v1/relocation-tasks/{county}/{period}", HESHUN, period));
        answers.check("listRelocationTasks", 200, admin().queryParam("county", HESHUN).queryParam("period", period)
                .get("/api/v1/relocation-tasks"));

        byte[] template = answers.file("householdImportTemplate", XLSX,
                admin().queryParam("format", "xlsx").get("/api/v1/imports/households/template"));
        answers.file("householdImportTemplate", CSV, admin().get("/api/v1/imports/households/template"));
        answers.file("householdUpdateImportTemplate", CSV, admin().get("/api/v1/imports/household-updates/template"));
        answers.file("householdUpdateImportTemplate", XLSX,
                admin().queryParam("format", "xlsx").get("/api/v1/imports/household-updates/template"));
        String job = answers.check("importHouseholdsCsv", 202, upload(CSV, answers.fileExample("importHouseholdsCsv"))
                .post(Imports.HOUSEHOLDS + "?dryRun=true")).path("id").asText();
        answers.check("importHouseholdsCsv", 202, upload(XLSX, template).post(Imports.HOUSEHOLDS + "?dryRun=true"));
        answers.check("importHouseholdUpdatesCsv", 202, upload(CSV, answers.fileExample("importHouseholdUpdatesCsv"))
                .post(Imports.UPDATES + "?dryRun=true"));
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(300)).until(() -> Set.of("COMPLETED", "FAILED")
                .contains(admin().get("/api/v1/imports/{id}", job).then().statusCode(200).extract().path("status")));
        JsonNode finished = answers.check("getImport", 200, admin().get("/api/v1/imports/{id}", job));
        assertThat(finished.path("status").asText()).isEqualTo("COMPLETED");

        answers.check("listAuditEntries", 200, admin().queryParam("limit", 20).get("/api/v1/audit"));

        assertThat(answers.invalid).as("real answers that do not match their documented schema").isEmpty();
        assertThat(answers.called).containsExactlyInAnyOrderElementsOf(
                answers.document.apiOperations().stream().map(Operation::id).toList());
    }

    /** The CSV examples of the templates are the templates this service writes, and the export's starts with its header. */
    @Test
    void theCsvExamplesAreTheFilesTheServiceWrites() {
        ApiDocument document = ApiDocument.read();
        assertThat(text(admin().get("/api/v1/imports/households/template").asByteArray()))
                .isEqualTo(document.responseExample("householdImportTemplate", 200, CSV).asText());
        assertThat(text(admin().get("/api/v1/imports/household-updates/template").asByteArray()))
                .isEqualTo(document.responseExample("householdUpdateImportTemplate", 200, CSV).asText());
        String export = text(admin().queryParam("registryNumber", "no-such-household").get("/api/v1/households/export").asByteArray());
        String example = document.responseExample("exportHouseholds", 200, CSV).asText();
        assertThat(example).startsWith(export.strip());
        int columns = export.strip().split(",", -1).length;
        assertThat(example.strip().lines()).hasSize(3).allMatch(line -> line.split(",", -1).length == columns);
    }

    /** Real answers checked against the document, and which operations were called. */
    private static final class Answers {

        final ApiDocument document;
        final Set<String> called = new LinkedHashSet<>();
        final List<String> invalid = new ArrayList<>();

        Answers(ApiDocument document) {
            this.document = document;
        }

        ObjectNode example(String operationId) {
            return document.requestExample(operationId);
        }

        byte[] fileExample(String operationId) {
            return document.requestExample(operationId, CSV).asText().getBytes(StandardCharsets.UTF_8);
        }

        JsonNode check(String operationId, int status, Response response) {
            assertThat(response.statusCode()).as(operationId + ": " + response.asString()).isEqualTo(status);
            assertThat(response.contentType()).as(operationId).startsWith(JSON_MEDIA);
            JsonNode body = ApiDocument.json(response.asByteArray(), operationId + "'s answer");
            document.violations(document.responseSchema(operationId, status), body)
                    .forEach(violation -> invalid.add(operationId + " " + status + ": " + violation));
            called.add(operationId);
            return body;
        }

        byte[] file(String operationId, String mediaType, Response response) {
            assertThat(response.statusCode()).as(operationId + ": " + response.asString()).isEqualTo(200);
            assertThat(response.contentType()).as(operationId).startsWith(mediaType);
            assertThat(document.operation(operationId).node().path("responses").path("200").path("content").has(mediaType))
                    .as(operationId + " documents " + mediaType).isTrue();
            called.add(operationId);
            return response.asByteArray();
        }
    }

    private static io.restassured.specification.RequestSpecification upload(String mediaType, byte[] file) {
        return given().header("Authorization", ADMIN).contentType(mediaType).body(file);
    }

    /** New ID numbers and names for the example's members, so that the registration is the only one of them. */
    private static void members(ObjectNode household) {
        for (JsonNode member : (ArrayNode) household.path("members")) {
            ((ObjectNode) member).put("idNumber", TestIdNumbers.next(HESHUN));
        }
    }

    /** A plan period of this test's own, so that its task is created and then changed. */
    private static String planPeriod() {
        int start = 2100 + ThreadLocalRandom.current().nextInt(7000);
        return start + "-" + (start + 4);
    }

    /** A CSV file as text: without its byte order mark, lines ended by \n as in the document's examples. */
    private static String text(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        return (text.startsWith("\uFEFF") ? text.substring(1) : text).replace("\r\n", "\n");
    }

    private static boolean isAmount(JsonNode schema) {
        if (schema.path("$ref").asText().equals(AMOUNT)) {
            return true;
        }
        for (JsonNode alternative : schema.path("anyOf")) {
            if (alternative.path("$ref").asText().equals(AMOUNT)) {
                return true;
            }
        }
        return false;
    }
}
