package org.anju.gateway.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Every {@code ?county=} of the gateway's own API is a county of the programme: another code (the
 * city's own included) or a malformed one is a 400 naming {@code county}, and nothing is stored;
 * full-width digits typed through an IME are read as the county they spell.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(EchoOriginResource.class)
class CountyInputTest {

    private static final String ADMIN = TestTokens.bearer("city-admin", null);
    private static final String FULL_WIDTH_HESHUN = "１４０７２３";

    @ParameterizedTest
    @ValueSource(strings = {"140799", "140700", "14072X"})
    void indicatorsOfACountyThatIsNotOneOfTheProgrammesAreA400(String county) {
        given().queryParam("county", county).get("/api/v1/indicators")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("county"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"140799", "140700", "14072X"})
    void theSeriesOfACountyThatIsNotOneOfTheProgrammesIsA400(String county) {
        given().queryParam("county", county).get("/api/v1/indicators/occupancy.rate/series")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("county"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"140799", "140700", "14072X"})
    void aTargetForACountyThatIsNotOneOfTheProgrammesIsA400AndNotStored(String county) {
        given().header("Authorization", ADMIN).contentType("application/json").body("{\"comparator\": \">=\", \"value\": 10}")
                .queryParam("county", county).put("/api/v1/targets/relocation.people")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("county"));
        given().get("/api/v1/targets").then().statusCode(200).body("scopeKey", not(hasItem("county:" + county)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"140799", "140700", "14072X"})
    void aClaimForACountyThatIsNotOneOfTheProgrammesIsA400AndNotStored(String county) {
        given().header("Authorization", ADMIN).contentType("application/json").body("{\"value\": 100}")
                .queryParam("county", county).put("/api/v1/data-quality/claims/relocation.people")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("county"));
        given().get("/api/v1/data-quality/claims").then().statusCode(200).body("scopeKey", not(hasItem("county:" + county)));
    }

    @Test
    void fullWidthCountyDigitsNameTheCountyTheySpell() {
        given().queryParam("county", FULL_WIDTH_HESHUN).get("/api/v1/indicators")
                .then().statusCode(200).body("scope.code", equalTo("140723"));
        given().queryParam("county", FULL_WIDTH_HESHUN).get("/api/v1/indicators/occupancy.rate/series")
                .then().statusCode(200).body("scope", equalTo("140723"));

        given().header("Authorization", ADMIN).contentType("application/json").body("{\"comparator\": \">=\", \"value\": 12}")
                .queryParam("county", FULL_WIDTH_HESHUN).put("/api/v1/targets/relocation.households")
                .then().statusCode(200).body("scopeKey", equalTo("county:140723"));
        given().get("/api/v1/targets").then().statusCode(200).body("scopeKey", hasItem("county:140723"));

        given().header("Authorization", ADMIN).contentType("application/json").body("{\"value\": 12}")
                .queryParam("county", FULL_WIDTH_HESHUN).put("/api/v1/data-quality/claims/relocation.households")
                .then().statusCode(200).body("scopeKey", equalTo("county:140723"));
        given().get("/api/v1/data-quality/claims").then().statusCode(200).body("scopeKey", hasItem("county:140723"));
    }

    @Test
    void aTargetForEveryScopeIsStillNamedByAStar() {
        given().header("Authorization", ADMIN).contentType("application/json").body("{\"comparator\": \"<=\", \"value\": 5}")
                .queryParam("county", "*").put("/api/v1/targets/party.branches")
                .then().statusCode(200).body("scopeKey", equalTo("*")).body("value", equalTo(5));
    }
}
