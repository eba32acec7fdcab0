package org.anju.platform.security;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.localstack.DevTokens;
import org.anju.platform.problem.Problem;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(StackTestResource.class)
class SecurityTest {

    private static final String HESHUN = "/api/test/counties/140723/records";
    private static final String YUCI = "/api/test/counties/140702/records";

    @Test
    void requestWithoutTokenIsA401Problem() {
        given().get(HESHUN).then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:anju:problem:unauthorized"));
    }

    @Test
    void tokenWithForeignSignatureIsA401Problem() {
        String forged = DevTokens.token(DevTokens.generateKeyPair().getPrivate(),
                "intruder", List.of("city-admin"), null, Duration.ofMinutes(5));
        given().header("Authorization", "Bearer " + forged).get(HESHUN).then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void tokenWithoutTheRoleIsA403Problem() {
        given().header("Authorization", TestTokens.bearer("ops", null)).get(HESHUN).then()
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:anju:problem:forbidden"));
    }

    @Test
    void countyOfficerReadsAndWritesInsideTheirCounty() {
        String officer = TestTokens.bearer("county-officer", "140723");
        given().header("Authorization", officer).get(HESHUN).then().statusCode(200);
        given().header("Authorization", officer).post(HESHUN).then().statusCode(200);
    }

    @Test
    void countyOfficerOutsideTheirCountyIsA403() {
        String officer = TestTokens.bearer("county-officer", "140723");
        given().header("Authorization", officer).get(YUCI).then()
                .statusCode(403).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("You may read only inside county 140723, not 140702"));
        given().header("Authorization", officer).post(YUCI).then().statusCode(403).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void countyOfficersListsAreFilteredToTheirCounty() {
        given().header("Authorization", TestTokens.bearer("county-officer", "140723")).get("/api/test/records").then()
                .statusCode(200).body("county", equalTo("140723"));
        given().header("Authorization", TestTokens.bearer("auditor", null)).get("/api/test/records").then()
                .statusCode(200).body("county", equalTo("*"));
    }

    @Test
    void cityAdminReadsAndWritesAnywhere() {
        String admin = TestTokens.bearer("city-admin", null);
        given().header("Authorization", admin).get(YUCI).then().statusCode(200);
        given().header("Authorization", admin).post(YUCI).then().statusCode(200);
    }

    @Test
    void partnerReadsButCannotWrite() {
        String partner = TestTokens.bearer("partner", null);
        given().header("Authorization", partner).get(YUCI).then().statusCode(200);
        given().header("Authorization", partner).post(YUCI).then().statusCode(403).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void groupsClaimCannotGrantDerivedPermissions() {
        given().header("Authorization", TestTokens.bearer("sneaky", List.of("ops", Roles.WRITE), null)).post(YUCI).then()
                .statusCode(403);
    }

    @Test
    void partnerSeesNoIdNumbersAdminSeesThemMaskedPiiReaderUnmasked() {
        given().header("Authorization", TestTokens.bearer("partner", null)).get(HESHUN).then()
                .body("idNumber", nullValue());
        given().header("Authorization", TestTokens.bearer("city-admin", null)).get(HESHUN).then()
                .body("idNumber", equalTo("140723********123X"));
        given().header("Authorization", TestTokens.bearer("reader", List.of("city-admin", "pii-reader"), null)).get(HESHUN).then()
                .body("idNumber", equalTo(SecuredTestResource.ID_NUMBER));
    }

    /** Every pair of token roles, with and without a county claim: no pair reads, lists or writes more than its narrowest part allows. */
    @Test
    void anExtraRoleNeverWidensACountyScopedTokenNorShowsMorePersonalData() {
        List<String> readers = List.of(Roles.CITY_ADMIN, Roles.COUNTY_OFFICER, Roles.PARTNER, Roles.AUDITOR);
        for (String first : Roles.TOKEN_ROLES) {
            for (String second : Roles.TOKEN_ROLES) {
                for (String county : new String[]{null, "140723"}) {
                    List<String> pair = first.equals(second) ? List.of(first) : List.of(first, second);
                    String token = TestTokens.bearer("pair", pair, county);
                    String what = pair + " with county claim " + county;
                    boolean countyScoped = pair.contains(Roles.COUNTY_OFFICER) || county != null;
                    boolean reads = pair.stream().anyMatch(readers::contains);
                    boolean writes = pair.contains(Roles.CITY_ADMIN) || pair.contains(Roles.COUNTY_OFFICER);
                    assertThat(status(token, "GET", YUCI)).as(what).isEqualTo(reads && !countyScoped ? 200 : 403);
                    assertThat(status(token, "POST", YUCI)).as(what).isEqualTo(writes && !countyScoped ? 200 : 403);
                    if (!reads || (countyScoped && county == null)) {
                        // no reading role, or a county officer without a county to be limited to
                        assertThat(status(token, "GET", HESHUN)).as(what).isEqualTo(403);
                        continue;
                    }
                    assertThat(given().header("Authorization", token).get("/api/test/records").jsonPath().getString("county"))
                            .as(what).isEqualTo(countyScoped ? "140723" : "*");
                    boolean personal = !pair.contains(Roles.PARTNER)
                            && pair.stream().anyMatch(r -> List.of(Roles.CITY_ADMIN, Roles.COUNTY_OFFICER, Roles.AUDITOR).contains(r));
                    String expected = !personal ? null : pair.contains(Roles.PII_READER) ? SecuredTestResource.ID_NUMBER : "140723********123X";
                    assertThat(given().header("Authorization", token).get(HESHUN).jsonPath().getString("idNumber")).as(what).isEqualTo(expected);
                    assertThat(status(token, "POST", HESHUN)).as(what).isEqualTo(writes ? 200 : 403);
                }
            }
        }
    }

    private static int status(String token, String method, String path) {
        return given().header("Authorization", token).request(method, path).statusCode();
    }

    @Test
    void endpointWithoutSecurityAnnotationIsClosed() {
        given().header("Authorization", TestTokens.bearer("city-admin", null)).get("/api/test/unannotated").then()
                .statusCode(403).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void healthMetricsAndOpenApiArePublic() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
