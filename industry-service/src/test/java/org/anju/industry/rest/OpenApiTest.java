package org.anju.industry.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.anju.industry.rest.HouseholdsTopic.Household;
import org.anju.testing.ApiDocument;
import org.anju.testing.ApiDocument.Operation;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.anju.industry.rest.IndustryApi.HESHUN;
import static org.anju.industry.rest.IndustryApi.asAdmin;
import static org.anju.industry.rest.IndustryApi.awaitSituation;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(StackTestResource.class)
class OpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Property names that hold money (yuan): amount, monthlyIncome, investment, dividendsPaid, expectedAnnualIncrease... */
    private static final Pattern MONEY = Pattern.compile("amount|\\w*Amount|income|\\w*Income|investment|dividends\\w*|\\w*Increase");
    private static final String AMOUNT = "#/components/schemas/Amount";

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAnIdSummaryTagAndDocumentedErrors() {
        JsonPath openapi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");

        assertThat(paths).isNotEmpty();
        paths.forEach((path, operations) -> operations.forEach((method, value) -> {
            if (!(value instanceof Map<?, ?> operation) || !operation.containsKey("responses")) {
                return; // path-level parameters
            }
            assertThat(operation.get("operationId")).as(method + " " + path).isNotNull();
            assertThat(operation.get("summary")).as(method + " " + path).isNotNull();
            assertThat((List<String>) operation.get("tags")).as(method + " " + path).isNotEmpty();
            assertThat(((Map<String, Object>) operation.get("responses")).keySet()).as(method + " " + path)
                    .contains("401", "403").anyMatch(status -> status.startsWith("2"));
        }));
        assertThat(paths).containsKeys("/api/v1/projects", "/api/v1/projects/{id}/beneficiaries", "/api/v1/workshops",
                "/api/v1/employments", "/api/v1/employments/{id}/end", "/api/v1/trainings", "/api/v1/job-fairs",
                "/api/v1/households/{id}/employment", "/api/v1/zero-employment-households");
    }

    /** A generated client gets a typed answer from every operation: each 2xx but a 204 has content with a schema. */
    @Test
    void everyApiOperationDocumentsItsSuccessWithASchema() {
        List<String> untyped = new ArrayList<>();
        ApiDocument document = ApiDocument.read();
        for (Operation operation : document.apiOperations()) {
            List<String> successes = new ArrayList<>();
            operation.node().path("responses").fieldNames().forEachRemaining(status -> {
                if (status.startsWith("2")) {
                    successes.add(status);
                }
            });
            if (successes.isEmpty()) {
                untyped.add(operation + ": no 2xx response");
            }
            for (String status : successes) {
                JsonNode content = operation.node().path("responses").path(status).path("content");
                if (status.equals("204")) {
                    if (!content.isMissingNode() && !content.isEmpty()) {
                        untyped.add(operation + ": 204 with content");
                    }
                    continue;
                }
                if (content.isMissingNode() || content.isEmpty()) {
                    untyped.add(operation + ": " + status + " without content");
                }
                content.fields().forEachRemaining(media -> {
                    JsonNode schema = media.getValue().path("schema");
                    if (schema.isMissingNode()) {
                        untyped.add(operation + ": " + status + " " + media.getKey() + " without a schema");
                    } else if (schema.has("$ref") && document.component(name(schema.path("$ref").asText())).isMissingNode()) {
                        untyped.add(operation + ": " + status + " refers to the missing schema " + schema.path("$ref").asText());
                    }
                });
            }
        }
        assertThat(untyped).isEmpty();
        assertThat(document.apiOperations()).hasSizeGreaterThanOrEqualTo(30);
    }

    /** Money is the Amount decimal string wherever a schema names it, never a JSON number. */
    @Test
    void everyMoneyPropertyIsTheAmountDecimalString() {
        ApiDocument document = ApiDocument.read();
        JsonNode amount = document.component("Amount");
        assertThat(amount.path("type").asText()).isEqualTo("string");
        assertThat(isDecimalString(amount)).as("Amount's pattern").isTrue();

        Set<String> money = new TreeSet<>();
        List<String> notAmounts = new ArrayList<>();
        document.eachProperty((name, schema) -> {
            if (MONEY.matcher(name).matches()) {
                money.add(name);
                if (!isAmount(schema)) {
                    notAmounts.add(name + ": " + schema);
                }
            }
        });
        assertThat(notAmounts).isEmpty();
        assertThat(money).contains("amount", "dividendsPaid", "expectedAnnualIncrease", "investment", "monthlyIncome");
    }

    /**
     * Every example, of an answer or of a request body, is valid against its schema: it carries each field the
     * schema requires, and only fields the schema names, of the types it names.
     */
    @Test
    void everyExampleCarriesTheFieldsItsSchemaRequires() {
        ApiDocument document = ApiDocument.read();
        List<String> invalid = new ArrayList<>();
        int checked = 0;
        for (Operation operation : document.apiOperations()) {
            List<JsonNode> contents = new ArrayList<>();
            contents.add(operation.node().path("requestBody").path("content"));
            operation.node().path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2")) {
                    contents.add(response.getValue().path("content"));
                }
            });
            for (JsonNode content : contents) {
                for (JsonNode media : content) {
                    for (var example : (Iterable<Map.Entry<String, JsonNode>>) media.path("examples")::fields) {
                        List<String> violations = document.violations(media.path("schema"), example.getValue().path("value"));
                        violations.forEach(violation -> invalid.add(operation + " example '" + example.getKey() + "': " + violation));
                        checked++;
                    }
                }
            }
        }
        assertThat(invalid).isEmpty();
        assertThat(checked).isGreaterThanOrEqualTo(40);
    }

    /**
     * What the API really answers is what its document says: one real call of every operation under /api/ (the
     * request bodies are the document's own examples), each answer valid against the documented schema, with
     * money as decimal strings.
     */
    @Test
    void everyOperationAnswersWhatItsSchemaDocuments() {
        Answers answers = new Answers(ApiDocument.read());
        Household household = Household.registered(HESHUN, 4, 2).movedIn();
        HouseholdsTopic.publish("HouseholdMovedIn", household);
        awaitSituation(household.id(), 1);

        JsonNode project = answers.check("registerProject", 201,
                asAdmin().body(answers.example("registerProject")).post("/api/v1/projects"));
        String projectId = project.path("id").asText();
        answers.check("getProject", 200, asAdmin().get("/api/v1/projects/{id}", projectId));
        answers.check("correctProject", 200, asAdmin().body(answers.example("correctProject")).put("/api/v1/projects/{id}", projectId));
        answers.check("changeProjectStatus", 200,
                asAdmin().body(answers.example("changeProjectStatus")).post("/api/v1/projects/{id}/status", projectId));
        answers.check("listProjects", 200, asAdmin().get("/api/v1/projects"));

        ObjectNode beneficiary = answers.example("addBeneficiary").put("householdId", household.id().toString());
        answers.check("addBeneficiary", 201, asAdmin().body(beneficiary).post("/api/v1/projects/{id}/beneficiaries", projectId));
        answers.check("getBeneficiary", 200,
                asAdmin().get("/api/v1/projects/{id}/beneficiaries/{householdId}", projectId, household.id()));
        JsonNode paid = answers.check("payDividend", 200, asAdmin().body(answers.example("payDividend"))
                .post("/api/v1/projects/{id}/beneficiaries/{householdId}/dividends", projectId, household.id()));
        assertThat(paid.path("dividendsPaid").isTextual()).isTrue();
        answers.check("listBeneficiaries", 200, asAdmin().get("/api/v1/projects/{id}/beneficiaries", projectId));
        answers.check("removeBeneficiary", 200,
                asAdmin().delete("/api/v1/projects/{id}/beneficiaries/{householdId}", projectId, household.id()));

        answers.check("getHouseholdEmployment", 200, asAdmin().get("/api/v1/households/{id}/employment", household.id()));
        JsonNode zero = answers.check("listZeroEmploymentHouseholds", 200,
                asAdmin().queryParam("county", HESHUN).queryParam("limit", 200).get("/api/v1/zero-employment-households"));
        assertThat(zero.path("items")).isNotEmpty();

        ObjectNode workshop = answers.example("registerWorkshop").putNull("siteId");
        String workshopId = answers.check("registerWorkshop", 201, asAdmin().body(workshop).post("/api/v1/workshops"))
                .path("id").asText();
        answers.check("getWorkshop", 200, asAdmin().get("/api/v1/workshops/{id}", workshopId));
        answers.check("correctWorkshop", 200,
                asAdmin().body(answers.example("correctWorkshop").putNull("siteId")).put("/api/v1/workshops/{id}", workshopId));
        answers.check("changeWorkshopStatus", 200,
                asAdmin().body(answers.example("changeWorkshopStatus")).post("/api/v1/workshops/{id}/status", workshopId));
        answers.check("listWorkshops", 200, asAdmin().get("/api/v1/workshops"));

        ObjectNode job = answers.example("startEmployment").put("householdId", household.id().toString())
                .put("workshopId", workshopId);
        String employmentId = answers.check("startEmployment", 201, asAdmin().body(job).post("/api/v1/employments"))
                .path("id").asText();
        answers.check("getEmployment", 200, asAdmin().get("/api/v1/employments/{id}", employmentId));
        answers.check("listEmployments", 200, asAdmin().queryParam("householdId", household.id()).get("/api/v1/employments"));
        answers.check("listWorkshopEmployees", 200, asAdmin().get("/api/v1/workshops/{id}/employees", workshopId));
        answers.check("endEmployment", 200,
                asAdmin().body(answers.example("endEmployment")).post("/api/v1/employments/{id}/end", employmentId));

        String courseId = answers.check("recordTrainingCourse", 201,
                asAdmin().body(answers.example("recordTrainingCourse")).post("/api/v1/trainings")).path("id").asText();
        answers.check("getTrainingCourse", 200, asAdmin().get("/api/v1/trainings/{id}", courseId));
        answers.check("correctTrainingCourse", 200,
                asAdmin().body(answers.example("correctTrainingCourse")).put("/api/v1/trainings/{id}", courseId));
        answers.check("listTrainingCourses", 200, asAdmin().get("/api/v1/trainings"));

        String fairId = answers.check("recordJobFair", 201,
                asAdmin().body(answers.example("recordJobFair")).post("/api/v1/job-fairs")).path("id").asText();
        answers.check("getJobFair", 200, asAdmin().get("/api/v1/job-fairs/{id}", fairId));
        answers.check("correctJobFair", 200, asAdmin().body(answers.example("correctJobFair")).put("/api/v1/job-fairs/{id}", fairId));
        answers.check("listJobFairs", 200, asAdmin().get("/api/v1/job-fairs"));

        answers.check("listAuditEntries", 200, asAdmin().queryParam("limit", 200).get("/api/v1/audit"));

        assertThat(answers.invalid).isEmpty();
        assertThat(answers.called).containsExactlyInAnyOrderElementsOf(
                answers.document.apiOperations().stream().map(Operation::id).toList());
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

        JsonNode check(String operationId, int status, Response response) {
            assertThat(response.statusCode()).as(operationId + ": " + response.asString()).isEqualTo(status);
            JsonNode body;
            try {
                body = JSON.readTree(response.asByteArray());
            } catch (IOException e) {
                throw new AssertionError(operationId + " answered no JSON", e);
            }
            document.violations(document.responseSchema(operationId, status), body)
                    .forEach(violation -> invalid.add(operationId + ": " + violation));
            called.add(operationId);
            return body;
        }
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
        JsonNode type = schema.path("type");
        boolean string = type.asText().equals("string") || (type.isArray() && type.toString().contains("\"string\""));
        return string && isDecimalString(schema);
    }

    /** The schema's pattern takes decimal strings in yuan and nothing else. */
    private static boolean isDecimalString(JsonNode schema) {
        if (!schema.path("pattern").isTextual()) {
            return false;
        }
        Pattern pattern = Pattern.compile(schema.path("pattern").asText());
        return List.of("45145000.00", "1500.00", "0.50", "1100").stream().allMatch(value -> pattern.matcher(value).find())
                && List.of("1.5e3", "1,500.00", "1500.005", "¥1500", "").stream().noneMatch(value -> pattern.matcher(value).find());
    }

    private static String name(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
