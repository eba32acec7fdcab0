package org.anju.households.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.anju.households.rest.Api.HESHUN;
import static org.anju.households.rest.Api.ZUOQUAN;
import static org.anju.households.rest.Api.admin;
import static org.anju.households.rest.Api.allocate;
import static org.anju.households.rest.Api.completedSite;
import static org.anju.households.rest.Api.household;
import static org.anju.households.rest.Api.officerOf;
import static org.anju.households.rest.Api.registerHousehold;
import static org.anju.households.rest.Imports.CSV;
import static org.anju.households.rest.Imports.UPDATES;
import static org.anju.households.rest.Imports.XLSX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.equalTo;

/**
 * Bulk lifecycle updates by spreadsheet: each filled date is the JSON API's command for that step,
 * applied in lifecycle order through the same domain rules with the same events, all of a
 * household's steps or none; a step already taken that day is no change, so the same file imported
 * twice changes nothing.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class LifecycleImportApiTest {

    private static final String HEADER = "建档立卡户编号,分房日期,安置点,房号,入住日期,脱贫日期,旧宅拆除日期,复垦日期";

    @Test
    void eachFilledDateIsItsStepsCommandInLifecycleOrderWithItsEventAndTheDatesAsCountyOfficesWriteThem() {
        String site = completedSite(HESHUN, 5);
        String siteName = admin().get("/api/v1/sites/{id}", site).then().extract().path("name");
        Map<String, Object> request = household(HESHUN, "REGISTERED_POOR");
        String id = registerHousehold(request);
        byte[] file = csv(request.get("registryNumber") + ",2019-01-05," + siteName + ",1-1-101,2019/1/20,2019年3月5日,43529,");

        JsonPath job = Imports.run(UPDATES, CSV, file);

        assertThat(job.getString("kind")).isEqualTo("HOUSEHOLD_UPDATES");
        assertThat(job.getList("errors")).as(job.prettify()).isEmpty();
        assertThat(job.getInt("householdsImported")).isEqualTo(1);
        admin().get("/api/v1/households/{id}", id).then().statusCode(200).header("ETag", "\"5\"")
                .body("status", equalTo("MOVED_IN")).body("siteId", equalTo(site)).body("flatNumber", equalTo("1-1-101"))
                .body("housingAllocatedOn", equalTo("2019-01-05")).body("movedInOn", equalTo("2019-01-20"))
                .body("liftedOn", equalTo("2019-03-05")).body("demolishedOn", equalTo("2019-03-05")).body("reclaimedOn", equalTo(null));
        List<JsonNode> events = Events.of(id, 5);
        assertThat(Events.types(events)).containsExactly("HouseholdRegistered", "HousingAllocated", "HouseholdMovedIn",
                "HouseholdLiftedOutOfPoverty", "HomesteadDemolished");
        assertThat(Events.versions(events)).containsExactly(1L, 2L, 3L, 4L, 5L);

        JsonPath again = Imports.run(UPDATES, CSV, file);

        assertThat(again.getList("errors")).as(again.prettify()).isEmpty();
        admin().get("/api/v1/households/{id}", id).then().statusCode(200).header("ETag", "\"5\"");
    }

    @Test
    void realDateCellsOfAWorkbookAreTheirDays() {
        String site = completedSite(HESHUN, 5);
        Map<String, Object> request = household(HESHUN, "CO_RELOCATED");
        String id = registerHousehold(request);
        List<List<Object>> rows = List.of(List.of((Object[]) HEADER.split(",")),
                List.of(request.get("registryNumber"), LocalDate.of(2018, 12, 1), site, "2-1-301", LocalDate.of(2018, 12, 20)));

        JsonPath job = Imports.run(UPDATES, XLSX, Workbooks.xlsx(rows));

        assertThat(job.getList("errors")).as(job.prettify()).isEmpty();
        admin().get("/api/v1/households/{id}", id).then().statusCode(200)
                .body("housingAllocatedOn", equalTo("2018-12-01")).body("movedInOn", equalTo("2018-12-20"));
    }

    @Test
    void aHouseholdOneOfWhoseStepsBreaksARuleTakesNoneOfThemAndTheRowNamesTheRule() {
        String site = completedSite(HESHUN, 5);
        Map<String, Object> request = household(HESHUN, "CO_RELOCATED");
        String id = registerHousehold(request);

        JsonPath job = Imports.run(UPDATES, CSV, csv(request.get("registryNumber") + ",2019-01-05," + site + ",1-1-102,2019-01-20,2019-03-05,,"));

        assertThat(Imports.errors(job))
                .containsExactly(tuple(2, "liftedOn", "lifting-requires-registered-poor"));
        assertThat(job.getInt("householdsRejected")).isEqualTo(1);
        admin().get("/api/v1/households/{id}", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("REGISTERED")).body("siteId", equalTo(null));
        admin().get("/api/v1/sites/{id}", site).then().body("occupancy.housedHouseholds", equalTo(0));
    }

    @Test
    void aDryRunReportsEveryRowErrorAndChangesNothing() {
        String site = completedSite(HESHUN, 1);
        Map<String, Object> first = household(HESHUN, "CO_RELOCATED");
        Map<String, Object> second = household(HESHUN, "CO_RELOCATED");
        String id = registerHousehold(first);
        registerHousehold(second);

        JsonPath job = Imports.run(UPDATES + "?dryRun=true", CSV, csv(
                first.get("registryNumber") + ",2019-01-05," + site + ",1-1-101,2019-01-20,,,",
                // the site has room for one: the dry run counts the flat it would have allocated above
                second.get("registryNumber") + ",2019-01-05," + site + ",1-1-102,,,,",
                "no-such-household,,,,2019-01-20,,,"));

        assertThat(job.getBoolean("dryRun")).isTrue();
        assertThat(job.getString("status")).isEqualTo("COMPLETED");
        assertThat(Imports.errors(job))
                .containsExactlyInAnyOrder(tuple(3, "housingAllocatedOn", "housing-requires-room-at-site"), tuple(4, "registryNumber", null));
        assertThat(job.getInt("householdsImported")).isEqualTo(1);
        admin().get("/api/v1/households/{id}", id).then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("REGISTERED"));
        admin().get("/api/v1/sites/{id}", site).then().body("occupancy.housedHouseholds", equalTo(0));
    }

    @Test
    void aCountyOfficerUpdatesOnlyTheirCountysHouseholds() {
        Map<String, Object> other = household(ZUOQUAN, "REGISTERED_POOR");
        String id = registerHousehold(other);

        JsonPath job = Imports.awaitFinished(Imports.submit(officerOf(HESHUN), UPDATES, CSV,
                csv(other.get("registryNumber") + ",,,,,2019-03-05,,")), officerOf(HESHUN));

        assertThat(Imports.errors(job)).containsExactly(tuple(2, "registryNumber", null));
        assertThat(job.getString("errors[0].message")).contains("county " + HESHUN);
        admin().get("/api/v1/households/{id}", id).then().statusCode(200).body("povertyStatus", equalTo("IN_POVERTY"));
    }

    @Test
    void aSiteOrFlatWithoutTheAllocationDateIsARowErrorNotAnAllocationToday() {
        String site = completedSite(HESHUN, 5);
        Map<String, Object> request = household(HESHUN, "CO_RELOCATED");
        String id = registerHousehold(request);

        JsonPath job = Imports.run(UPDATES, CSV, csv(request.get("registryNumber") + ",," + site + ",1-1-101,,,,"));

        assertThat(Imports.errors(job)).containsExactly(tuple(2, "housingAllocatedOn", null));
        admin().get("/api/v1/households/{id}", id).then().statusCode(200).body("status", equalTo("REGISTERED"));
    }

    @Test
    void theTemplateImportsNothingWhileItsExampleIsUnchanged() {
        byte[] template = admin().get("/api/v1/imports/household-updates/template?format=xlsx").then().statusCode(200)
                .contentType(XLSX).extract().asByteArray();

        JsonPath job = Imports.run(UPDATES, XLSX, template);

        assertThat(job.getString("status")).isEqualTo("COMPLETED");
        assertThat(job.getInt("totalRows")).isZero();
    }

    @Test
    void anAllocationAlreadyMadeOnTheSameDayAtTheSameFlatIsNoChange() {
        String site = completedSite(HESHUN, 5);
        Map<String, Object> request = household(HESHUN, "CO_RELOCATED");
        String id = registerHousehold(request);
        allocate(id, site).statusCode(200); // flat 3-2-501 on 2018-10-15

        JsonPath job = Imports.run(UPDATES, CSV, csv(request.get("registryNumber") + ",2018-10-15," + site + ",3-2-501,2018-11-01,,,"));

        assertThat(job.getList("errors")).as(job.prettify()).isEmpty();
        admin().get("/api/v1/households/{id}", id).then().statusCode(200).header("ETag", "\"3\"").body("movedInOn", equalTo("2018-11-01"));
    }

    private static byte[] csv(String... rows) {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        lines.addAll(List.of(rows));
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
