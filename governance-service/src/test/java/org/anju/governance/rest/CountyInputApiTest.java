package org.anju.governance.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.anju.governance.Bodies;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.anju.governance.Api.HESHUN;
import static org.anju.governance.Api.cityAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

/**
 * Every entry path that names a county reads it as a county of the programme: an unknown or
 * malformed code is a 400 naming the field and stores nothing; full-width digits (as an IME types
 * them) are the county they spell.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class CountyInputApiTest {

    private static final List<String> NOT_COUNTIES = List.of("140799", "140700", "14072X");
    private static final String FULL_WIDTH_HESHUN = "１４０７２３";

    /** A request body with a county, and how to read back the counties stored for its site. */
    record BodyPath(String name, BiFunction<String, UUID, Response> send, Function<UUID, List<String>> storedCounties) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static List<String> listed(String path, String countyField, UUID site) {
        return cityAdmin().get(path + "?siteId=" + site).then().statusCode(200).extract().path("items." + countyField);
    }

    static List<BodyPath> bodyPaths() {
        return List.of(
                new BodyPath("POST /party-branches",
                        (county, site) -> cityAdmin().body(Bodies.foundBranch(county, site)).post("/api/v1/party-branches"),
                        site -> listed("/api/v1/party-branches", "county", site)),
                new BodyPath("POST /facilities",
                        (county, site) -> cityAdmin().body(Bodies.registerFacility(county, site, "CLINIC")).post("/api/v1/facilities"),
                        site -> listed("/api/v1/facilities", "county", site)),
                new BodyPath("PATCH /sites/{siteId}/standard",
                        (county, site) -> cityAdmin().body(Bodies.assessment(county)).patch("/api/v1/sites/{site}/standard", site),
                        site -> {
                            Response standard = cityAdmin().get("/api/v1/sites/{site}/standard", site);
                            return standard.statusCode() == 404 ? List.of() : List.of(standard.path("county").toString());
                        }),
                new BodyPath("POST /requests",
                        (county, site) -> cityAdmin().body(Bodies.submitRequest(county, site, "COMPLAINT")).post("/api/v1/requests"),
                        site -> listed("/api/v1/requests", "request.county", site)),
                new BodyPath("POST /activities",
                        (county, site) -> cityAdmin().body(Bodies.recordActivity(county, site, "TRAINING")).post("/api/v1/activities"),
                        site -> listed("/api/v1/activities", "county", site)),
                new BodyPath("POST /awards",
                        (county, site) -> cityAdmin().body(Bodies.grantAward(county, site, UUID.randomUUID())).post("/api/v1/awards"),
                        site -> listed("/api/v1/awards", "county", site)));
    }

    static Stream<Arguments> bodyPathsWithCodesThatAreNotCounties() {
        return bodyPaths().stream().flatMap(path -> NOT_COUNTIES.stream().map(county -> Arguments.of(path, county)));
    }

    @ParameterizedTest(name = "{0} with county {1}")
    @MethodSource("bodyPathsWithCodesThatAreNotCounties")
    void aBodyCountyThatIsNotACountyOfTheProgrammeIsA400NamingTheFieldAndNothingIsStored(BodyPath path, String county) {
        UUID site = UUID.randomUUID();
        path.send().apply(county, site).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("county"));
        assertThat(path.storedCounties().apply(site)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodyPaths")
    void aBodyCountyInFullWidthDigitsIsStoredAsItsCode(BodyPath path) {
        UUID site = UUID.randomUUID();
        int status = path.send().apply(FULL_WIDTH_HESHUN, site).then().extract().statusCode();
        assertThat(status).isBetween(200, 201);
        assertThat(path.storedCounties().apply(site)).containsExactly(HESHUN);
    }

    static Stream<Arguments> listsWithCodesThatAreNotCounties() {
        return Stream.of("/api/v1/party-branches", "/api/v1/facilities", "/api/v1/requests", "/api/v1/activities",
                "/api/v1/awards").flatMap(list -> NOT_COUNTIES.stream().map(county -> Arguments.of(list, county)));
    }

    @ParameterizedTest(name = "{0}?county={1}")
    @MethodSource("listsWithCodesThatAreNotCounties")
    void aCountyQueryParameterThatIsNotACountyOfTheProgrammeIsA400NamingIt(String list, String county) {
        cityAdmin().queryParam("county", county).get(list).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("county"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/party-branches, county", "/api/v1/facilities, county", "/api/v1/requests, request.county",
            "/api/v1/activities, county", "/api/v1/awards, county"})
    void aCountyQueryParameterInFullWidthDigitsFiltersByItsCode(String list, String countyField) {
        cityAdmin().queryParam("county", FULL_WIDTH_HESHUN).queryParam("limit", 200).get(list).then().statusCode(200)
                .body("items." + countyField, everyItem(equalTo(HESHUN)));
    }
}
