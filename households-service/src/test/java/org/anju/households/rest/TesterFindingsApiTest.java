package org.anju.households.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.anju.households.domain.TestIdNumbers;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestTokens;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.anju.households.rest.Api.ADMIN;
import static org.anju.households.rest.Api.HESHUN;
import static org.anju.households.rest.Api.ZUOQUAN;
import static org.anju.households.rest.Api.admin;
import static org.anju.households.rest.Api.allocate;
import static org.anju.households.rest.Api.as;
import static org.anju.households.rest.Api.completedSite;
import static org.anju.households.rest.Api.household;
import static org.anju.households.rest.Api.member;
import static org.anju.households.rest.Api.officerOf;
import static org.anju.households.rest.Api.registerHousehold;
import static org.anju.households.rest.Imports.CSV;
import static org.anju.households.rest.Imports.HOUSEHOLDS;
import static org.anju.households.rest.Imports.UPDATES;
import static org.anju.households.rest.Imports.XLSX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * A tester's findings, each fixed as a kind on every entry path: what a duplicate person discloses,
 * what a lifecycle file discloses of other counties, names as keys, lifecycle date order, the
 * content types an upload comes with.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class TesterFindingsApiTest {

    private static final String ELSEWHERE = "already registered in another household";
    private static final String UPDATE_HEADER = "建档立卡户编号,分房日期,安置点,房号,入住日期,脱贫日期,旧宅拆除日期,复垦日期";

    @Inject
    DataSource dataSource;

    private static String token(String county, String... roles) {
        return TestTokens.bearer("tester-" + String.join("-", roles) + (county != null ? "-" + county : ""), List.of(roles), county);
    }

    // 1. A duplicate person names the other household only to whom may read it and sees full ID numbers

    @Test
    void aDuplicatePersonNamesTheOtherHouseholdOnlyToACallerWhoMayReadItAndSeesFullIdNumbers() {
        String shared = TestIdNumbers.next(HESHUN);
        Map<String, Object> owner = household(HESHUN, "CO_RELOCATED", List.of(member(shared, "HEAD", true)));
        registerHousehold(owner);
        String ownerNumber = (String) owner.get("registryNumber");

        Map<String, String> refused = Map.of(officerOf(HESHUN), HESHUN, token(HESHUN, "county-officer", "partner"), HESHUN,
                token(HESHUN, "county-officer", "auditor"), HESHUN, ADMIN, HESHUN, token(ZUOQUAN, "county-officer", "pii-reader"), ZUOQUAN,
                token(HESHUN, "county-officer", "partner", "pii-reader"), HESHUN);
        refused.forEach((caller, county) -> {
            as(caller).body(household(county, "CO_RELOCATED", List.of(member(shared, "HEAD", true)))).post("/api/v1/households")
                    .then().statusCode(409).body("rule", equalTo("id-number-unique"))
                    .body("detail", containsString(ELSEWHERE)).body("detail", not(containsString(ownerNumber)))
                    .body("detail", not(containsString("county")));
        });
        for (String caller : List.of(token(HESHUN, "county-officer", "pii-reader"), token(null, "city-admin", "pii-reader"))) {
            as(caller).body(household(HESHUN, "CO_RELOCATED", List.of(member(shared, "HEAD", true)))).post("/api/v1/households")
                    .then().statusCode(409).body("rule", equalTo("id-number-unique")).body("detail", containsString(ownerNumber));
        }
    }

    @Test
    void aMemberAddedByACorrectionAndAnImportOrDryRunAreAnsweredAlike() {
        String shared = TestIdNumbers.next(HESHUN);
        Map<String, Object> owner = household(HESHUN, "CO_RELOCATED", List.of(member(shared, "HEAD", true)));
        registerHousehold(owner);
        String ownerNumber = (String) owner.get("registryNumber");

        Map<String, Object> own = household(HESHUN, "CO_RELOCATED");
        String id = registerHousehold(own);
        Map<String, Object> corrected = new HashMap<>(own);
        List<Map<String, Object>> members = new ArrayList<>((List<Map<String, Object>>) own.get("members"));
        members.add(member(shared, "CHILD", false));
        corrected.put("members", members);
        as(officerOf(HESHUN)).body(corrected).put("/api/v1/households/{id}", id).then().statusCode(409)
                .body("rule", equalTo("id-number-unique")).body("detail", containsString(ELSEWHERE))
                .body("detail", not(containsString(ownerNumber)));
        as(officerOf(HESHUN)).header("Accept-Language", "zh-CN").body(corrected).put("/api/v1/households/{id}", id).then().statusCode(409)
                .body("detail", containsString("此人已登记在另一搬迁户中")).body("detail", not(containsString(ownerNumber)));

        byte[] file = Imports.csv(List.of(Imports.row("dup-" + UUID.randomUUID(), "CO_RELOCATED", "户主", shared, "HEAD")));
        for (String path : List.of(HOUSEHOLDS + "?dryRun=true", HOUSEHOLDS)) {
            for (String caller : List.of(officerOf(HESHUN), token(HESHUN, "county-officer", "partner"), token(HESHUN, "county-officer", "auditor"))) {
                JsonPath job = Imports.awaitFinished(Imports.submit(caller, path, CSV, file), caller);
                assertThat(job.getList("errors.rule", String.class)).containsExactly("id-number-unique");
                assertThat(job.getString("errors[0].message")).contains(ELSEWHERE).doesNotContain(ownerNumber).doesNotContain(shared);
            }
        }
        String reader = token(HESHUN, "county-officer", "pii-reader");
        JsonPath job = Imports.awaitFinished(Imports.submit(reader, HOUSEHOLDS + "?dryRun=true", CSV, file), reader);
        assertThat(job.getString("errors[0].message")).contains(ownerNumber);
    }

    // 2. A lifecycle file learns nothing of other counties' registry numbers

    @Test
    void anotherCountysRegistryNumberInALifecycleFileIsAnsweredAsAnUnknownOne() {
        Map<String, Object> other = household(ZUOQUAN, "REGISTERED_POOR");
        registerHousehold(other);
        String unknown = Api.registryNumber(HESHUN);

        JsonPath job = Imports.awaitFinished(Imports.submit(officerOf(HESHUN), UPDATES, CSV,
                updates(other.get("registryNumber") + ",,,,,2019-03-05,,", unknown + ",,,,,2019-03-05,,")), officerOf(HESHUN));

        assertThat(Imports.errors(job)).containsExactly(tuple(2, "registryNumber", null), tuple(3, "registryNumber", null));
        assertThat(job.getString("errors[0].message")).isEqualTo(job.getString("errors[1].message"))
                .isEqualTo("no household with this registry number is registered in county " + HESHUN);
    }

    // 3. Names that are keys are NFKC-normalised, spaces trimmed and collapsed

    @Test
    void aSiteOrVillageNameWrittenWithFullWidthFormsOrOtherSpacesIsTheSameName() {
        String base = "灵石测试安置点" + UUID.randomUUID().toString().substring(0, 8);
        String first = admin().body(site(HESHUN, base + "A 区")).post("/api/v1/sites").then().statusCode(201)
                .body("name", equalTo(base + "A 区")).extract().path("id");
        for (String variant : List.of(base + "Ａ 区", base + "A\u3000\u3000区", "\u00a0" + base + "A  区\u200b", base + "Ａ\u00a0区")) {
            admin().body(site(HESHUN, variant)).post("/api/v1/sites").then().statusCode(409)
                    .body("rule", equalTo("site-name-unique")).body("detail", containsString(first));
        }
        String stored = admin().body(site(HESHUN, base + "Ｂ\u3000区")).post("/api/v1/sites").then().statusCode(201).extract().path("name");
        assertThat(stored).isEqualTo(base + "B 区");

        String village = "西峪村" + UUID.randomUUID().toString().substring(0, 8);
        String firstVillage = admin().body(Map.of("county", HESHUN, "township", "松烟镇", "name", village + "A"))
                .post("/api/v1/villages").then().statusCode(201).extract().path("id");
        admin().body(Map.of("county", HESHUN, "township", "松烟镇\u3000", "name", village + "Ａ")).post("/api/v1/villages").then()
                .statusCode(409).body("rule", equalTo("village-name-unique")).body("detail", containsString(firstVillage));
    }

    @Test
    void aSpreadsheetNamesASiteAsPeopleTypeIt() {
        String site = completedSite(HESHUN, 5);
        String name = admin().get("/api/v1/sites/{id}", site).then().extract().path("name");
        String typed = name.replace("a", "ａ").replace("1", "１") + "\u00a0";
        Map<String, Object> request = household(HESHUN, "CO_RELOCATED");
        String id = registerHousehold(request);

        JsonPath job = Imports.run(UPDATES, CSV, updates(request.get("registryNumber") + ",2019-01-05,\u3000" + typed + ",1-1-101,,,,"));

        assertThat(job.getList("errors")).as(job.prettify()).isEmpty();
        admin().get("/api/v1/households/{id}", id).then().statusCode(200).body("siteId", equalTo(site));
    }

    // 5. Lifecycle dates keep their order, on the JSON API and in a lifecycle file

    @Test
    void aMoveInBeforeTheHousingAllocationIsRefusedOnBothPaths() {
        String site = completedSite(HESHUN, 5);
        Map<String, Object> request = household(HESHUN, "REGISTERED_POOR");
        String id = registerHousehold(request);

        JsonPath job = Imports.run(UPDATES, XLSX, Workbooks.xlsx(List.of(
                List.of((Object[]) UPDATE_HEADER.split(",")),
                List.of(request.get("registryNumber"), java.time.LocalDate.of(2019, 3, 5), site, "1-1-101",
                        java.time.LocalDate.of(2019, 1, 1)))));

        assertThat(Imports.errors(job)).containsExactly(tuple(2, "movedInOn", "move-in-after-housing-allocation"));
        admin().get("/api/v1/households/{id}", id).then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("REGISTERED"));

        allocate(id, site).statusCode(200); // on 2018-10-15
        admin().body(Map.of("date", "2018-10-14")).post("/api/v1/households/{id}/move-in", id).then().statusCode(409)
                .body("rule", equalTo("move-in-after-housing-allocation"));
        admin().header("Accept-Language", "zh-CN").body(Map.of("date", "2018-10-14")).post("/api/v1/households/{id}/move-in", id).then()
                .statusCode(409).body("detail", containsString("入住不能早于分房"));
        admin().body(Map.of("date", "2018-10-15")).post("/api/v1/households/{id}/move-in", id).then().statusCode(200);
    }

    @Test
    void aReclamationBeforeTheDemolitionAndHousingBeforeTheSitesCompletionAreRefused() {
        String site = completedSite(HESHUN, 5); // completed 2018-09-30
        Map<String, Object> request = household(HESHUN, "REGISTERED_POOR");
        String id = registerHousehold(request);
        admin().body(Map.of("siteId", site, "flat", "1-1-101", "date", "2018-09-29")).post("/api/v1/households/{id}/allocate-housing", id)
                .then().statusCode(409).body("rule", equalTo("housing-after-site-completion"));

        JsonPath job = Imports.run(UPDATES, CSV, updates(request.get("registryNumber") + ",,,,,,2019-05-01,2019-04-30"));
        assertThat(Imports.errors(job)).containsExactly(tuple(2, "reclaimedOn", "reclamation-after-demolition"));
        admin().get("/api/v1/households/{id}", id).then().body("homesteadStatus", equalTo("TO_DEMOLISH"));

        admin().body(Map.of("date", "2019-05-01")).post("/api/v1/households/{id}/demolish-homestead", id).then().statusCode(200);
        admin().body(Map.of("date", "2019-04-30")).post("/api/v1/households/{id}/reclaim-homestead", id).then().statusCode(409)
                .body("rule", equalTo("reclamation-after-demolition"));
    }

    // 6. Uploads as browsers and clients label them

    @Test
    void aCsvUploadLabelledAsWindowsBrowsersOrAsBytesAndAnXlsxSentAsBytesAreRead() {
        byte[] csv = Imports.csv(List.of(Imports.row("ct-" + UUID.randomUUID(), "CO_RELOCATED", "户主", TestIdNumbers.next(HESHUN), "HEAD")));
        byte[] updates = updates(Api.registryNumber(HESHUN) + ",,,,,2019-03-05,,");
        for (String type : List.of("application/vnd.ms-excel", "text/plain", "text/plain; charset=UTF-8", "application/octet-stream")) {
            for (String path : List.of(HOUSEHOLDS + "?dryRun=true", UPDATES + "?dryRun=true")) {
                JsonPath job = Imports.awaitFinished(Imports.submit(ADMIN, path, type, path.startsWith(UPDATES) ? updates : csv));
                assertThat(job.getString("format")).as(type + " " + path).isEqualTo("CSV");
                assertThat(job.getString("status")).as(type + " " + path).isEqualTo("COMPLETED");
            }
        }
        JsonPath households = Imports.awaitFinished(Imports.submit(ADMIN, HOUSEHOLDS + "?dryRun=true", "application/octet-stream",
                Workbooks.xlsx(List.of(List.of((Object[]) Imports.HEADER.split(",")),
                List.of((Object[]) Imports.row("ct-" + UUID.randomUUID(), "CO_RELOCATED", "户主", TestIdNumbers.next(HESHUN), "HEAD")
                        .split(",", -1))))));
        assertThat(households.getString("format")).isEqualTo("XLSX");
        assertThat(households.getList("errors")).as(households.prettify()).isEmpty();
        assertThat(households.getInt("householdsImported")).isEqualTo(1);
        byte[] template = admin().get("/api/v1/imports/household-updates/template?format=xlsx").then().statusCode(200).extract().asByteArray();
        assertThat(Imports.awaitFinished(Imports.submit(ADMIN, UPDATES, "application/octet-stream", template)).getString("format"))
                .isEqualTo("XLSX");
    }

    private static byte[] updates(String... rows) {
        List<String> lines = new ArrayList<>(List.of(UPDATE_HEADER));
        lines.addAll(List.of(rows));
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> site(String county, String name) {
        return Map.of("county", county, "town", "义兴镇", "name", name, "placementMode", "COUNTY_TOWN",
                "plannedHouseholds", 10, "plannedPeople", 30);
    }
}
