package org.anju.households.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.anju.households.domain.TestIdNumbers;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.anju.households.rest.Api.ADMIN;
import static org.anju.households.rest.Api.HESHUN;
import static org.anju.households.rest.Api.admin;
import static org.anju.households.rest.Api.household;
import static org.anju.households.rest.Api.registerHousehold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A county that is not one of the programme's (an unknown code, the city's own, a malformed one)
 * is a 400 naming the field on every entry path that takes one, and nothing is stored; a county
 * typed with full-width digits is the county.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class CountyCodeApiTest {

    private static final String FULL_WIDTH_HESHUN = "１４０７２３";

    @Inject
    DataSource dataSource;

    @ParameterizedTest
    @ValueSource(strings = {"140799", "140700", "14072X"})
    void registeringAHouseholdInANonCountyIsA400NamingTheFieldAndStoresNothing(String county) throws Exception {
        Map<String, Object> request = new HashMap<>(household(HESHUN, "CO_RELOCATED"));
        request.put("county", county);

        admin().body(request).post("/api/v1/households").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("county"));

        assertThat(count("SELECT count(*) FROM households WHERE registry_number = ?", (String) request.get("registryNumber"))).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"140799", "140700", "14072X"})
    void correctingAHouseholdIntoANonCountyIsA400NamingTheFieldAndChangesNothing(String county) {
        Map<String, Object> request = new HashMap<>(household(HESHUN, "CO_RELOCATED"));
        String id = registerHousehold(request);
        request.put("county", county);

        admin().body(request).put("/api/v1/households/{id}", id).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("county"));

        admin().get("/api/v1/households/{id}", id).then().statusCode(200).header("ETag", "\"1\"").body("county", equalTo(HESHUN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"140799", "140700", "14072X"})
    void registeringOrCorrectingASiteInANonCountyIsA400NamingTheFieldAndStoresNothing(String county) throws Exception {
        String name = "安置小区" + UUID.randomUUID();
        Map<String, Object> request = new HashMap<>(Map.of("county", county, "town", "义兴镇", "name", name,
                "placementMode", "COUNTY_TOWN", "plannedHouseholds", 10, "plannedPeople", 30));

        admin().body(request).post("/api/v1/sites").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("county"));
        assertThat(count("SELECT count(*) FROM sites WHERE name = ?", name)).isZero();

        String site = Api.site(HESHUN, 10);
        admin().body(request).put("/api/v1/sites/{id}", site).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("county"));
        admin().get("/api/v1/sites/{id}", site).then().statusCode(200).header("ETag", "\"1\"").body("county", equalTo(HESHUN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"140799", "140700", "14072X"})
    void registeringAVillageInANonCountyIsA400NamingTheFieldAndStoresNothing(String county) throws Exception {
        String name = "自然村" + UUID.randomUUID();
        admin().body(Map.of("county", county, "township", "松烟镇", "name", name)).post("/api/v1/villages").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("county"));
        assertThat(count("SELECT count(*) FROM villages WHERE name = ?", name)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"140799", "140700", "14072X"})
    void settingARelocationTaskOfANonCountyIsA400NamingTheCountyAndStoresNothing(String county) throws Exception {
        admin().body(Map.of("plannedPeople", 100)).put("/api/v1/relocation-tasks/{county}/{period}", county, "2016-2020")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("county"));
        assertThat(count("SELECT count(*) FROM relocation_tasks WHERE county = ?", county)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"140799", "140700", "14072X"})
    void listingOrExportingANonCountyIsA400NamingTheCountyParameter(String county) {
        for (String path : List.of("/api/v1/households", "/api/v1/households/export", "/api/v1/sites", "/api/v1/villages",
                "/api/v1/relocation-tasks")) {
            given().header("Authorization", ADMIN).queryParam("county", county).get(path).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("county"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"140799", "140700", "14072X"})
    void anImportRowOfANonCountyIsARowErrorNamingTheCountyColumnAndIsNotStored(String county) throws Exception {
        String registryNumber = "cc-" + UUID.randomUUID();
        byte[] csv = Imports.csv(List.of(
                registryNumber + "," + county + ",松烟镇石叠村,后沟,,CO_RELOCATED,,false,户主," + TestIdNumbers.next(HESHUN) + ",HEAD,true,"));

        JsonPath job = Imports.awaitFinished(Imports.submit(ADMIN, csv));

        assertThat(job.getList("errors.row", Integer.class)).containsExactly(2);
        assertThat(job.getList("errors.field", String.class)).containsExactly("county");
        assertThat(job.getInt("householdsImported")).isZero();
        assertThat(count("SELECT count(*) FROM households WHERE registry_number = ?", registryNumber)).isZero();
    }

    @Test
    void aCountyTypedWithFullWidthDigitsIsTheCountyAndIsStoredAsItsCode() throws Exception {
        Map<String, Object> request = new HashMap<>(household(HESHUN, "CO_RELOCATED"));
        request.put("county", FULL_WIDTH_HESHUN);
        admin().body(request).post("/api/v1/households").then().statusCode(201).body("county", equalTo(HESHUN));
        assertThat(count("SELECT count(*) FROM households WHERE registry_number = ? AND county = '140723'",
                (String) request.get("registryNumber"))).isEqualTo(1);

        String name = "安置小区" + UUID.randomUUID();
        admin().body(Map.of("county", FULL_WIDTH_HESHUN, "town", "义兴镇", "name", name, "placementMode", "COUNTY_TOWN",
                "plannedHouseholds", 10, "plannedPeople", 30)).post("/api/v1/sites").then().statusCode(201).body("county", equalTo(HESHUN));
        assertThat(count("SELECT count(*) FROM sites WHERE name = ? AND county = '140723'", name)).isEqualTo(1);

        String village = "自然村" + UUID.randomUUID();
        admin().body(Map.of("county", FULL_WIDTH_HESHUN, "township", "松烟镇", "name", village)).post("/api/v1/villages")
                .then().statusCode(201).body("county", equalTo(HESHUN));
        assertThat(count("SELECT count(*) FROM villages WHERE name = ? AND county = '140723'", village)).isEqualTo(1);

        given().header("Authorization", ADMIN).queryParam("county", FULL_WIDTH_HESHUN).get("/api/v1/sites")
                .then().statusCode(200);
    }

    private long count(String sql, String parameter) throws Exception {
        return Imports.count(dataSource, sql, parameter);
    }
}
