package org.anju.governance.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.anju.governance.Bodies;
import org.anju.governance.domain.StandardItem;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import static org.anju.governance.Api.HESHUN;
import static org.anju.governance.Api.cityAdmin;
import static org.anju.governance.Api.events;
import static org.anju.governance.Api.officerOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** A text or a list longer than its limit is a 400 naming the field, and nothing is stored. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class TextLimitsApiTest {

    /** The valid body of each list's POST, for a site. */
    private static final Map<String, BiFunction<String, UUID, Map<String, Object>>> BODIES = Map.of(
            "/api/v1/party-branches", Bodies::foundBranch,
            "/api/v1/facilities", (county, site) -> Bodies.registerFacility(county, site, "CLINIC"),
            "/api/v1/requests", (county, site) -> Bodies.submitRequest(county, site, "COMPLAINT"),
            "/api/v1/activities", (county, site) -> Bodies.recordActivity(county, site, "TRAINING"));

    private static String text(int length) {
        return "字".repeat(length);
    }

    private static void refused(Response response, String field) {
        response.then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field));
    }

    @ParameterizedTest(name = "POST {0} with a {1} of {2} characters")
    @CsvSource({"/api/v1/party-branches, name, 201", "/api/v1/facilities, name, 201", "/api/v1/requests, summary, 2001",
            "/api/v1/activities, title, 201"})
    void aTextOverItsLimitIsA400NamingItAndNothingIsStored(String list, String field, int length) {
        UUID site = UUID.randomUUID();
        Map<String, Object> body = BODIES.get(list).apply(HESHUN, site);
        body.put(field, text(length));
        refused(officerOf(HESHUN).body(body).post(list), field);
        cityAdmin().get(list + "?siteId=" + site).then().statusCode(200).body("items", hasSize(0));
        body.put(field, text(length - 1));
        officerOf(HESHUN).body(body).post(list).then().statusCode(201);
    }

    @Test
    void aBranchRefusesALongSecretaryNameTooManySitesAndALongDocumentReference() {
        UUID site = UUID.randomUUID();
        Map<String, Object> longSecretaryName = Bodies.foundBranch(HESHUN, site);
        longSecretaryName.put("secretary", Map.of("officerId", "staff-1", "name", text(101)));
        refused(officerOf(HESHUN).body(longSecretaryName).post("/api/v1/party-branches"), "secretary.name");
        Map<String, Object> manySites = Bodies.foundBranch(HESHUN, site);
        manySites.put("siteIds", IntStream.range(0, 51).mapToObj(i -> UUID.randomUUID()).toList());
        refused(officerOf(HESHUN).body(manySites).post("/api/v1/party-branches"), "siteIds");
        cityAdmin().get("/api/v1/party-branches?siteId=" + site).then().statusCode(200).body("items", hasSize(0));

        String branch = officerOf(HESHUN).body(Bodies.foundBranch(HESHUN, site)).post("/api/v1/party-branches")
                .then().statusCode(201).extract().path("id");
        refused(officerOf(HESHUN).body(Map.of("kind", "DUTIES", "title", "Duties", "documentRef", text(501),
                "adoptedOn", "2019-05-10")).post("/api/v1/party-branches/{id}/rules", branch), "documentRef");
        cityAdmin().get("/api/v1/party-branches/{id}", branch).then().header("ETag", "\"1\"").body("rules", hasSize(0));
        events(branch, 1);
    }

    @Test
    void anAssessmentOfMoreItemsThanTheStandardHasIsRefused() {
        UUID site = UUID.randomUUID();
        List<Map<String, Object>> items = new ArrayList<>(Arrays.stream(StandardItem.values())
                .map(item -> Map.<String, Object>of("item", item.name(), "met", true, "evidenceOn", "2020-09-30")).toList());
        items.add(items.get(0));
        refused(officerOf(HESHUN).body(Map.of("county", HESHUN, "items", items)).patch("/api/v1/sites/{site}/standard", site),
                "items");
        cityAdmin().get("/api/v1/sites/{site}/standard", site).then().statusCode(404);
    }

    @Test
    void aResolutionOverItsLimitLeavesTheRequestAsItWas() {
        String request = officerOf(HESHUN).body(Bodies.submitRequest(HESHUN, UUID.randomUUID(), "COMPLAINT"))
                .post("/api/v1/requests").then().statusCode(201).extract().path("request.id");
        officerOf(HESHUN).post("/api/v1/requests/{id}/accept", request).then().statusCode(200);
        refused(officerOf(HESHUN).body(Map.of("resolution", text(2001), "rectificationRequired", false))
                .post("/api/v1/requests/{id}/resolve", request), "resolution");
        cityAdmin().get("/api/v1/requests/{id}", request).then().header("ETag", "\"2\"")
                .body("request.status", equalTo("ACCEPTED")).body("resolution", nullValue());
    }
}
