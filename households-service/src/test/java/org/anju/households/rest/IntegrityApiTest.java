package org.anju.households.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.anju.households.domain.TestIdNumbers;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestTokens;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.anju.households.rest.Api.HESHUN;
import static org.anju.households.rest.Api.ZUOQUAN;
import static org.anju.households.rest.Api.admin;
import static org.anju.households.rest.Api.as;
import static org.anju.households.rest.Api.household;
import static org.anju.households.rest.Api.member;
import static org.anju.households.rest.Api.officerOf;
import static org.anju.households.rest.Api.registerHousehold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Issue 9 (duplicate business records), the integrity issue's household parts (what a duplicate
 * ID number discloses, text and list limits).
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class IntegrityApiTest {

    @Inject
    DataSource dataSource;

    @Test
    void aSecondSiteOfTheSameNameInTheCountyIsA409NamingTheFirst() {
        String name = "安置小区" + UUID.randomUUID();
        String first = admin().body(site(HESHUN, name)).post("/api/v1/sites").then().statusCode(201).extract().path("id");

        admin().body(site(HESHUN, " " + name + "\u3000")).post("/api/v1/sites").then().statusCode(409)
                .body("rule", equalTo("site-name-unique")).body("detail", containsString(first));
        admin().body(site(ZUOQUAN, name)).post("/api/v1/sites").then().statusCode(201);

        String other = admin().body(site(HESHUN, name + "二期")).post("/api/v1/sites").then().statusCode(201).extract().path("id");
        admin().body(site(HESHUN, name)).put("/api/v1/sites/{id}", other).then().statusCode(409)
                .body("rule", equalTo("site-name-unique")).body("detail", containsString(first));
        admin().body(site(HESHUN, name)).put("/api/v1/sites/{id}", first).then().statusCode(200);
    }

    @Test
    void aSecondVillageOfTheSameNameInTheTownshipIsA409NamingTheFirst() {
        String name = "自然村" + UUID.randomUUID();
        String first = admin().body(Map.of("county", HESHUN, "township", "松烟镇", "name", name)).post("/api/v1/villages")
                .then().statusCode(201).extract().path("id");

        admin().body(Map.of("county", HESHUN, "township", "松烟镇", "name", name)).post("/api/v1/villages").then().statusCode(409)
                .body("rule", equalTo("village-name-unique")).body("detail", containsString(first));
        admin().body(Map.of("county", HESHUN, "township", "义兴镇", "name", name)).post("/api/v1/villages").then().statusCode(201);
    }

    @Test
    void concurrentRegistrationsOfTheSameSiteAdmitOneAndAnswerTheOthersWithTheSame409() throws Exception {
        String name = "安置小区" + UUID.randomUUID();
        List<Response> responses = Api.concurrently(5, attempt -> admin().body(site(HESHUN, name)).post("/api/v1/sites"));

        assertThat(Api.statuses(responses)).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(responses).filteredOn(response -> response.statusCode() == 409)
                .allSatisfy(response -> assertThat(response.jsonPath().getString("rule")).isEqualTo("site-name-unique"));
        assertThat(Imports.count(dataSource, "SELECT count(*) FROM sites WHERE name = ?", name)).isEqualTo(1);
    }

    @Test
    void aPersonRegisteredInAnotherCountyIsNamedOnlyToThoseWhoMayReadThatHousehold() {
        String shared = TestIdNumbers.next(HESHUN);
        Map<String, Object> heshun = household(HESHUN, "CO_RELOCATED", List.of(member(shared, "HEAD", true)));
        registerHousehold(heshun);
        String registryNumber = (String) heshun.get("registryNumber");

        as(officerOf(ZUOQUAN)).body(household(ZUOQUAN, "CO_RELOCATED", List.of(member(shared, "HEAD", true))))
                .post("/api/v1/households").then().statusCode(409)
                .body("rule", equalTo("id-number-unique"))
                .body("detail", containsString("already registered in another household")).body("detail", not(containsString(registryNumber)));
        // naming the household confirms the full ID number: only to a reader of its county who sees full ID numbers
        as(TestTokens.bearer("officer-pii", List.of("county-officer", "pii-reader"), HESHUN))
                .body(household(HESHUN, "CO_RELOCATED", List.of(member(shared, "HEAD", true))))
                .post("/api/v1/households").then().statusCode(409)
                .body("rule", equalTo("id-number-unique")).body("detail", containsString(registryNumber));

        JsonPath job = Imports.awaitFinished(Imports.submit(officerOf(ZUOQUAN), Imports.csv(List.of(
                "zq-" + UUID.randomUUID() + "," + ZUOQUAN + ",拐儿镇西峪村,,,CO_RELOCATED,,false,户主," + shared + ",HEAD,true,"))), officerOf(ZUOQUAN));
        assertThat(job.getList("errors.rule", String.class)).containsExactly("id-number-unique");
        assertThat(job.getString("errors")).doesNotContain(registryNumber).doesNotContain(shared);
    }

    @Test
    void anOverlongTextIsA400NamingTheFieldAndStoresNothing() throws Exception {
        Map<String, Object> request = new HashMap<>(household(HESHUN, "CO_RELOCATED"));
        request.put("originVillage", "村".repeat(101));
        admin().body(request).post("/api/v1/households").then().statusCode(400).body("errors[0].field", equalTo("originVillage"));
        assertThat(Imports.count(dataSource, "SELECT count(*) FROM households WHERE registry_number = ?",
                (String) request.get("registryNumber"))).isZero();

        String town = "镇".repeat(101);
        admin().body(Map.of("county", HESHUN, "town", town, "name", "安置小区" + UUID.randomUUID(), "placementMode", "COUNTY_TOWN",
                "plannedHouseholds", 10, "plannedPeople", 30)).post("/api/v1/sites").then().statusCode(400)
                .body("errors[0].field", equalTo("town"));
        assertThat(Imports.count(dataSource, "SELECT count(*) FROM sites WHERE town = ?", town)).isZero();

        String village = "村".repeat(101);
        admin().body(Map.of("county", HESHUN, "township", "松烟镇", "name", village)).post("/api/v1/villages").then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        assertThat(Imports.count(dataSource, "SELECT count(*) FROM villages WHERE name = ?", village)).isZero();

        Map<String, Object> flat = Map.of("siteId", UUID.randomUUID().toString(), "flat", "1".repeat(41), "date", "2018-10-15");
        String id = registerHousehold(household(HESHUN, "CO_RELOCATED"));
        admin().body(flat).post("/api/v1/households/{id}/allocate-housing", id).then().statusCode(400).body("errors[0].field", equalTo("flat"));
    }

    private static Map<String, Object> site(String county, String name) {
        return Map.of("county", county, "town", "义兴镇", "name", name, "placementMode", "COUNTY_TOWN",
                "plannedHouseholds", 10, "plannedPeople", 30);
    }
}
