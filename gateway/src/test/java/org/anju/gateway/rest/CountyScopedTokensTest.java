package org.anju.gateway.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * A county claim or a county-scoped role limits a token to its county in the gateway too
 * (issue 17): another county's or the whole city's targets and claims, a rebuild of every county's
 * figures and another county's site are refused, whatever role the token also carries.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(EchoOriginResource.class)
class CountyScopedTokensTest {

    private static final String JIEXIU = "140781";
    private static final String HESHUN = "140723";
    private static final String TARGET = "{\"comparator\": \">=\", \"value\": 10}";
    private static final String CLAIM = "{\"value\": 5, \"source\": \"report\"}";

    @Test
    void aCityAdminLimitedToACountySetsOnlyThatCountysTargetsAndClaims() {
        String jiexiuAdmin = TestTokens.bearer("city-admin", JIEXIU);
        for (String path : new String[]{"/api/v1/targets/relocation.people", "/api/v1/data-quality/claims/relocation.people"}) {
            String body = path.contains("claims") ? CLAIM : TARGET;
            given().header("Authorization", jiexiuAdmin).contentType("application/json").body(body)
                    .put(path + "?county=" + HESHUN).then().statusCode(403);
            given().header("Authorization", jiexiuAdmin).contentType("application/json").body(body)
                    .put(path).then().statusCode(403);
            given().header("Authorization", roles("city-admin,county-officer", JIEXIU)).contentType("application/json")
                    .body(body).put(path + "?county=" + HESHUN).then().statusCode(403);
            given().header("Authorization", jiexiuAdmin).contentType("application/json").body(body)
                    .put(path + "?county=" + JIEXIU).then().statusCode(200);
        }
        given().header("Authorization", jiexiuAdmin).contentType("application/json").body(TARGET)
                .put("/api/v1/targets/relocation.people?county=*").then().statusCode(403);
    }

    @Test
    void aRebuildOfEveryCountysFiguresIsNotForACountyScopedToken() {
        given().header("Authorization", TestTokens.bearer("city-admin", JIEXIU)).post("/api/v1/ops/projections/rebuild")
                .then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("ops", JIEXIU)).post("/api/v1/ops/projections/rebuild")
                .then().statusCode(403);
    }

    @Test
    void aCountyScopedReaderSeesOnlyItsOwnCountysSites() {
        String heshunSite = UUID.randomUUID().toString();
        try (var events = GatewayFixtures.fixtures()) {
            events.publish("SiteRegistered", GatewayFixtures.site(heshunSite, 1, HESHUN, "PLANNED"));
        }
        String cityReader = TestTokens.bearer("auditor", null);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().header("Authorization", cityReader)
                .get("/api/v1/sites/" + heshunSite + "/indicators").statusCode() == 200);

        for (String roles : new String[]{"county-officer", "county-officer,partner", "partner", "auditor", "city-admin", "city-admin,pii-reader"}) {
            given().header("Authorization", roles(roles, JIEXIU)).get("/api/v1/sites/" + heshunSite + "/indicators")
                    .then().statusCode(403);
            given().header("Authorization", roles(roles, HESHUN)).get("/api/v1/sites/" + heshunSite + "/indicators")
                    .then().statusCode(200);
        }
        given().header("Authorization", TestTokens.bearer("county-officer", JIEXIU))
                .get("/api/v1/sites/" + UUID.randomUUID() + "/indicators").then().statusCode(404);
    }

    private static String roles(String roles, String county) {
        return TestTokens.bearer("test-" + roles, List.of(roles.split(",")), county);
    }
}
