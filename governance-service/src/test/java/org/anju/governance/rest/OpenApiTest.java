package org.anju.governance.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.anju.governance.Bodies;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.anju.governance.Api.HESHUN;
import static org.anju.governance.Api.YUSHE;
import static org.anju.governance.Api.as;
import static org.anju.governance.Api.cityAdmin;
import static org.anju.governance.Api.officerOf;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(StackTestResource.class)
class OpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AMOUNT = "#/components/schemas/Amount";
    /** Property names that hold money: amount, householdIncome, investment, dividendsPaid, subsidy, ... */
    private static final Pattern MONEY = Pattern.compile(
            "(?i)(.*amount|.*income|.*investment|dividends?.*|.*dividends?|.*subsid(y|ies)|.*funds?|.*yuan|.*balance"
                    + "|.*cost|.*price|.*wages?|.*salary|.*expenditure|.*disbursed|.*received)");

    @Test
    void everyOperationHasAnIdASummaryATagExamplesAndItsErrorResponses() throws Exception {
        JsonNode document = new ObjectMapper().readTree(
                given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (var path = document.path("paths").fields(); path.hasNext(); ) {
            var entry = path.next();
            for (var op = entry.getValue().fields(); op.hasNext(); ) {
                var operation = op.next();
                String name = operation.getKey().toUpperCase() + " " + entry.getKey();
                JsonNode o = operation.getValue();
                operations++;
                if (o.path("operationId").asText().isEmpty()) problems.add(name + ": no operationId");
                if (o.path("summary").asText().isEmpty()) problems.add(name + ": no summary");
                if (o.path("tags").isEmpty()) problems.add(name + ": no tag");
                for (String status : List.of("400", "401", "403", "404")) {
                    if (!o.path("responses").has(status)) problems.add(name + ": no " + status);
                }
                if (!operation.getKey().equals("get") && !o.path("responses").has("409")) problems.add(name + ": no 409");
                if (o.has("requestBody") && !o.path("requestBody").path("content").path("application/json").has("examples")) {
                    problems.add(name + ": no request example");
                }
                for (var response = o.path("responses").fields(); response.hasNext(); ) {
                    var r = response.next();
                    String content = r.getKey().startsWith("2") ? "application/json" : "application/problem+json";
                    if (!r.getValue().path("content").path(content).has("examples")) {
                        problems.add(name + ": no example for " + r.getKey());
                    }
                }
            }
        }
        assertThat(operations).isGreaterThanOrEqualTo(25);
        assertThat(problems).isEmpty();
    }

    /** A generated client's method returns a typed value: each success response names its body's schema. */
    @Test
    void everyApiOperationDocumentsTheSchemaOfItsSuccessResponse() {
        OpenApiDocument document = OpenApiDocument.fetch();
        List<String> problems = new ArrayList<>();
        for (OpenApiDocument.Operation operation : document.operations()) {
            if (!operation.path().startsWith("/api/")) {
                continue;
            }
            JsonNode responses = operation.node().path("responses");
            boolean bodiless = responses.has("204");
            boolean typed = false;
            for (var response = responses.fields(); response.hasNext(); ) {
                var r = response.next();
                if (!r.getKey().startsWith("2") || r.getKey().equals("204")) {
                    continue;
                }
                JsonNode content = r.getValue().path("content");
                if (content.isEmpty()) {
                    problems.add(operation.name() + ": " + r.getKey() + " documents no content");
                }
                for (var media = content.fields(); media.hasNext(); ) {
                    var m = media.next();
                    if (m.getValue().path("schema").isEmpty()) {
                        problems.add(operation.name() + ": " + r.getKey() + " " + m.getKey() + " has no schema");
                    } else {
                        typed = true;
                    }
                }
            }
            if (!typed && !bodiless) {
                problems.add(operation.name() + ": no success response with a schema");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void moneyIsTheAmountDecimalStringEverywhere() {
        assertThat(List.of("amount", "householdIncome", "investment", "dividendsPaid", "centralSubsidy"))
                .as("names the check takes for money").allMatch(name -> MONEY.matcher(name).matches());
        assertThat(List.of("beds", "sessions", "participants", "memberCount", "metItems", "year"))
                .as("names it does not").noneMatch(name -> MONEY.matcher(name).matches());

        OpenApiDocument document = OpenApiDocument.fetch();
        List<String> problems = new ArrayList<>();
        document.eachSchema((at, schema) -> schema.path("properties").fields().forEachRemaining(property -> {
            if (MONEY.matcher(property.getKey()).matches() && !isAmount(property.getValue())) {
                problems.add(at + "/properties/" + property.getKey() + " is money but not the Amount string: " + property.getValue());
            }
        }));
        assertThat(problems).isEmpty();
        JsonNode amount = document.component("Amount");
        if (!amount.isMissingNode()) {
            assertThat(amount.path("type").asText()).isEqualTo("string");
            assertThat(amount.path("pattern").asText()).isNotEmpty();
        }
    }

    /** {@code $ref: Amount}, possibly nullable ({@code anyOf: [Amount, null]}), or a list of them. */
    private static boolean isAmount(JsonNode schema) {
        if (schema.has("items")) {
            return isAmount(schema.path("items"));
        }
        if (AMOUNT.equals(schema.path("$ref").asText())) {
            return true;
        }
        for (JsonNode member : schema.path("anyOf")) {
            if (AMOUNT.equals(member.path("$ref").asText())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every example, of a request body or a response, validates against its schema: it carries the
     * fields the schema requires, with values of their types (enums, formats, nulls where allowed).
     */
    @Test
    void everyExampleMatchesItsSchema() {
        OpenApiDocument document = OpenApiDocument.fetch();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (OpenApiDocument.Operation operation : document.operations()) {
            List<Map.Entry<String, JsonNode>> contents = new ArrayList<>();
            contents.add(Map.entry("request", operation.node().path("requestBody").path("content")));
            operation.node().path("responses").fields().forEachRemaining(r -> contents.add(Map.entry(r.getKey(), r.getValue().path("content"))));
            for (Map.Entry<String, JsonNode> content : contents) {
                for (var media = content.getValue().fields(); media.hasNext(); ) {
                    var m = media.next();
                    JsonNode schema = m.getValue().path("schema");
                    if (schema.isMissingNode()) {
                        continue; // the platform's problem responses: a fixed shape, documented by example
                    }
                    for (var example = m.getValue().path("examples").fields(); example.hasNext(); ) {
                        var e = example.next();
                        checked++;
                        document.violations(schema, e.getValue().path("value")).forEach(violation ->
                                problems.add(operation.name() + " " + content.getKey() + " example '" + e.getKey() + "': " + violation));
                    }
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(40);
        assertThat(problems).isEmpty();
    }

    /**
     * What the API really answers matches what the document says, on every operation: each body
     * validates against its response's schema, so the fields it requires are there, nulls only
     * where it allows them, enums and formats as listed. Personal data hidden from a partner is a
     * documented null too.
     */
    @Test
    void realResponsesMatchTheSchemasTheDocumentGivesThem() {
        Responses responses = new Responses(OpenApiDocument.fetch());
        UUID site = UUID.randomUUID();

        String branch = responses.check(officerOf(HESHUN).body(Bodies.foundBranch(HESHUN, site)), "POST", "/api/v1/party-branches")
                .path("id");
        responses.check(officerOf(HESHUN).body(Map.of("officerId", "staff-2", "name", "Li", "role", "DEPUTY_SECRETARY",
                "appointedOn", "2020-01-15")), "POST", "/api/v1/party-branches/{id}/officers", branch);
        responses.check(officerOf(HESHUN).body(Map.of("name", "Building 1 group", "memberCount", 7, "formedOn", "2019-04-01")),
                "POST", "/api/v1/party-branches/{id}/groups", branch);
        responses.check(officerOf(HESHUN).body(Map.of("kind", "MEETING_SYSTEM", "title", "Meeting system", "adoptedOn", "2019-05-10")),
                "POST", "/api/v1/party-branches/{id}/rules", branch);
        responses.check(officerOf(HESHUN).body(Map.of("endedOn", "2020-12-31")),
                "POST", "/api/v1/party-branches/{id}/officers/{officerId}/relieve", branch, "staff-2");
        responses.check(cityAdmin(), "GET", "/api/v1/party-branches/{id}", branch);
        responses.check(as("partner", null), "GET", "/api/v1/party-branches/{id}", branch);
        responses.check(cityAdmin().queryParam("siteId", site), "GET", "/api/v1/party-branches");
        responses.check(cityAdmin(), "GET", "/api/v1/party-branches/{id}/officers", branch);
        responses.check(cityAdmin(), "GET", "/api/v1/party-branches/{id}/groups", branch);
        responses.check(cityAdmin(), "GET", "/api/v1/party-branches/{id}/rules", branch);

        String planned = responses.check(officerOf(HESHUN).body(Bodies.registerFacility(HESHUN, site, "CLINIC")),
                "POST", "/api/v1/facilities").path("id");
        responses.check(officerOf(HESHUN).body(Map.of("openedOn", "2019-09-01")), "POST", "/api/v1/facilities/{id}/open", planned);
        responses.check(officerOf(HESHUN).body(Map.of("closedOn", "2023-12-31")), "POST", "/api/v1/facilities/{id}/close", planned);
        responses.check(cityAdmin(), "GET", "/api/v1/facilities/{id}", planned);
        responses.check(cityAdmin().queryParam("siteId", site), "GET", "/api/v1/facilities");

        responses.check(officerOf(HESHUN).body(Bodies.assessment(HESHUN)), "PATCH", "/api/v1/sites/{siteId}/standard", site);
        responses.check(cityAdmin(), "GET", "/api/v1/sites/{siteId}/standard", site);

        String request = responses.check(officerOf(HESHUN).body(Bodies.submitRequest(HESHUN, site, "COMPLAINT")),
                "POST", "/api/v1/requests").path("request.id");
        responses.check(cityAdmin().queryParam("siteId", site), "GET", "/api/v1/requests");
        responses.check(officerOf(HESHUN), "POST", "/api/v1/requests/{id}/accept", request);
        responses.check(officerOf(HESHUN).body(Map.of("resolution", "Replaced the lamp", "rectificationRequired", true)),
                "POST", "/api/v1/requests/{id}/resolve", request);
        responses.check(officerOf(HESHUN), "POST", "/api/v1/requests/{id}/reply", request);
        responses.check(officerOf(HESHUN).body(Map.of("rectification", "Monthly lighting checks")),
                "POST", "/api/v1/requests/{id}/rectify", request);
        responses.check(cityAdmin(), "GET", "/api/v1/requests/{id}", request);
        responses.check(as("partner", null), "GET", "/api/v1/requests/{id}", request);

        String activity = responses.check(officerOf(HESHUN).body(Bodies.recordActivity(HESHUN, site, "EVALUATION")),
                "POST", "/api/v1/activities").path("id");
        responses.check(cityAdmin(), "GET", "/api/v1/activities/{id}", activity);
        responses.check(cityAdmin().queryParam("siteId", site), "GET", "/api/v1/activities");
        Map<String, Object> evaluated = Bodies.grantAward(HESHUN, site, UUID.randomUUID());
        evaluated.put("evaluationId", activity);
        responses.check(officerOf(HESHUN).body(evaluated), "POST", "/api/v1/awards");
        String award = responses.check(officerOf(HESHUN).body(Bodies.grantAward(HESHUN, site, UUID.randomUUID())),
                "POST", "/api/v1/awards").path("id");
        responses.check(cityAdmin(), "GET", "/api/v1/awards/{id}", award);
        responses.check(cityAdmin().queryParam("siteId", site), "GET", "/api/v1/awards");

        responses.check(as("auditor", null).queryParam("limit", 20), "GET", "/api/v1/audit");
        responses.check(as("auditor", YUSHE).queryParam("limit", 5), "GET", "/api/v1/audit");

        assertThat(responses.problems).isEmpty();
        assertThat(responses.unchecked()).as("operations no response was checked for").isEmpty();
    }

    /** Calls operations and checks each answer against the document. */
    private static final class Responses {

        private final OpenApiDocument document;
        private final Set<String> checked = new LinkedHashSet<>();
        final List<String> problems = new ArrayList<>();

        Responses(OpenApiDocument document) {
            this.document = document;
        }

        /** Calls {@code method path} and checks the (successful) answer against the schema documented for its status. */
        Response check(RequestSpecification request, String method, String path, Object... pathParams) {
            Response response = request.request(method, path, pathParams);
            OpenApiDocument.Operation operation = document.operation(method, path);
            String status = Integer.toString(response.statusCode());
            assertThat(status).as(operation.name() + " answered " + response.asString()).startsWith("2");
            JsonNode schema = operation.node().path("responses").path(status).path("content").path("application/json").path("schema");
            if (schema.isMissingNode()) {
                problems.add(operation.name() + ": " + status + " is not documented with a JSON schema");
            } else {
                document.violations(schema, json(response.asString())).forEach(violation ->
                        problems.add(operation.name() + " " + status + ": " + violation));
            }
            checked.add(operation.name());
            return response;
        }

        List<String> unchecked() {
            return document.operations().stream().filter(o -> o.path().startsWith("/api/"))
                    .map(OpenApiDocument.Operation::name).filter(name -> !checked.contains(name)).toList();
        }

        private static JsonNode json(String body) {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
