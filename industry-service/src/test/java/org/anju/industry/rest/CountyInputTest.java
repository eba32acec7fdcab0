package org.anju.industry.rest;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.industry.repository.IndustryProjectRepository;
import org.anju.industry.repository.JobFairRepository;
import org.anju.industry.repository.TrainingCourseRepository;
import org.anju.industry.repository.WorkshopRepository;
import org.anju.testing.StackTestResource;
import org.anju.testing.TopicRecords;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.anju.industry.rest.IndustryApi.HESHUN;
import static org.anju.industry.rest.IndustryApi.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every entry path that names a county takes a county of the programme, read as people type it:
 * another code (the city's own 140700, a code outside the programme, a malformed one) is a 400
 * naming the field, and nothing is stored.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class CountyInputTest {

    static final List<String> NOT_COUNTIES = List.of("140799", "140700", "14072X");
    static final String FULL_WIDTH_HESHUN = "１４０７２３";

    /** A body naming a county, for each collection that takes one, and where it is stored. */
    enum Body {
        PROJECT("/api/v1/projects", IndustryProjectRepository.class, county -> {
            Map<String, Object> body = new HashMap<>(ProjectApiTest.pvStation(county));
            body.put("name", "County check project");
            return body;
        }),
        WORKSHOP("/api/v1/workshops", WorkshopRepository.class, county -> Map.of("name", "County check workshop",
                "operatingCompany", "Garment Co.", "county", county, "jobsOffered", 10)),
        TRAINING("/api/v1/trainings", TrainingCourseRepository.class, county -> Map.of("topic", "County check training",
                "county", county, "heldFrom", "2019-05-06", "sessions", 1, "trainees", 10, "employedAfter", 1)),
        JOB_FAIR("/api/v1/job-fairs", JobFairRepository.class, county -> Map.of("heldOn", "2019-02-15", "county", county,
                "employers", 3, "registrations", 10, "hires", 1));

        final String path;
        final Class<? extends PanacheRepositoryBase<?, UUID>> repository;
        final Function<String, Map<String, Object>> withCounty;

        Body(String path, Class<? extends PanacheRepositoryBase<?, UUID>> repository,
             Function<String, Map<String, Object>> withCounty) {
            this.path = path;
            this.repository = repository;
            this.withCounty = withCounty;
        }

        /** How many records of the kind are stored. */
        long stored() {
            return Arc.container().instance(repository).get().count();
        }
    }

    static Stream<Arguments> bodiesAndNonCounties() {
        return Stream.of(Body.values()).flatMap(body -> NOT_COUNTIES.stream().map(county -> Arguments.of(body, county)));
    }

    static Stream<Arguments> listsAndNonCounties() {
        return Stream.of("/api/v1/projects", "/api/v1/workshops", "/api/v1/employments",
                        "/api/v1/zero-employment-households", "/api/v1/trainings", "/api/v1/job-fairs")
                .flatMap(path -> NOT_COUNTIES.stream().map(county -> Arguments.of(path, county)));
    }

    @ParameterizedTest(name = "POST {0} with county {1}")
    @MethodSource("bodiesAndNonCounties")
    void recordingWithACountyOutsideTheProgrammeIsABadRequestNamingTheFieldAndStoresNothing(Body body, String county) {
        long before = body.stored();

        asAdmin().body(body.withCounty.apply(county)).post(body.path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("county")).body("errors[0].message", containsString(county));

        assertThat(body.stored()).isEqualTo(before);
    }

    @ParameterizedTest(name = "PUT {0} with county {1}")
    @MethodSource("bodiesAndNonCounties")
    void correctingWithACountyOutsideTheProgrammeIsABadRequestNamingTheFieldAndChangesNothing(Body body, String county) {
        String id = asAdmin().body(body.withCounty.apply(HESHUN)).post(body.path).then().statusCode(201)
                .extract().path("id");

        asAdmin().header("If-Match", "\"1\"").body(body.withCounty.apply(county)).put(body.path + "/{id}", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("county"));

        asAdmin().get(body.path + "/{id}", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("county", equalTo(HESHUN));
    }

    @ParameterizedTest(name = "GET {0}?county={1}")
    @MethodSource("listsAndNonCounties")
    void listingByACountyOutsideTheProgrammeIsABadRequestNamingTheParameter(String path, String county) {
        asAdmin().queryParam("county", county).get(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("county")).body("errors[0].message", containsString(county));
    }

    @ParameterizedTest(name = "POST {0} with a full-width county")
    @MethodSource("bodies")
    void aCountyTypedInFullWidthDigitsIsStoredAsItsCode(Body body) {
        String id = asAdmin().body(body.withCounty.apply(FULL_WIDTH_HESHUN)).post(body.path).then().statusCode(201)
                .body("county", equalTo(HESHUN)).extract().path("id");

        asAdmin().get(body.path + "/{id}", id).then().statusCode(200).body("county", equalTo(HESHUN));
        asAdmin().queryParam("county", FULL_WIDTH_HESHUN).queryParam("limit", 200).get(body.path)
                .then().statusCode(200).body("items.county.every { it == '" + HESHUN + "' }", equalTo(true));
    }

    static Stream<Body> bodies() {
        return Stream.of(Body.values());
    }

    @ParameterizedTest(name = "county {0} in a households.v1 event")
    @ValueSource(strings = {"140799", "140700"})
    void aHouseholdEventNamingACountyOutsideTheProgrammeIsAPoisonRecordNotAReplica(String county) {
        HouseholdsTopic.Household stray = HouseholdsTopic.Household.registered(county, 3, 1);
        HouseholdsTopic.publish("HouseholdRegistered", stray);

        assertThat(TopicRecords.await(HouseholdsTopic.TOPIC + ".dlq",
                record -> stray.id().toString().equals(record.key()), 1, IndustryApi.PATIENCE)).hasSize(1);
        asAdmin().get("/api/v1/households/{id}/employment", stray.id()).then().statusCode(404);
    }
}
