package org.anju.governance.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.anju.governance.Bodies;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.anju.governance.Api.HESHUN;
import static org.anju.governance.Api.YUSHE;
import static org.anju.governance.Api.as;
import static org.anju.governance.Api.cityAdmin;
import static org.anju.governance.Api.events;
import static org.anju.governance.Api.officerOf;
import static org.anju.governance.Api.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(StackTestResource.class)
class PartyBranchApiTest {

    @Inject
    DataSource dataSource;

    static String found(String county, UUID site) {
        return officerOf(county).body(Bodies.foundBranch(county, site)).post("/api/v1/party-branches")
                .then().statusCode(201).header("ETag", "\"1\"")
                .body("secretary.officerId", equalTo("staff-1"))
                .extract().path("id");
    }

    @Test
    void aBranchIsFoundedStaffedOrganisedInGroupsAndAdoptsRulesEachChangeAnEvent() {
        String id = found(HESHUN, UUID.randomUUID());
        officerOf(HESHUN).body(Map.of("officerId", "staff-2", "name", "Li", "role", "DEPUTY_SECRETARY",
                        "appointedOn", "2019-03-01"))
                .post("/api/v1/party-branches/{id}/officers", id).then().statusCode(200).header("ETag", "\"2\"");
        officerOf(HESHUN).body(Map.of("name", "Building 1 group", "memberCount", 7, "formedOn", "2019-04-01"))
                .post("/api/v1/party-branches/{id}/groups", id).then().statusCode(200)
                .body("groupCount", equalTo(1)).body("groupMemberCount", equalTo(7));
        officerOf(HESHUN).body(Map.of("kind", "MEETING_SYSTEM", "title", "Meeting system", "adoptedOn", "2019-05-10"))
                .post("/api/v1/party-branches/{id}/rules", id).then().statusCode(200).body("rules", hasSize(1));
        cityAdmin().get("/api/v1/party-branches/{id}/groups", id).then().body("items.memberCount", org.hamcrest.Matchers.contains(7));
        cityAdmin().get("/api/v1/party-branches/{id}/rules", id).then().body("items.kind", org.hamcrest.Matchers.contains("MEETING_SYSTEM"));
        officerOf(HESHUN).body(Map.of("endedOn", "2020-12-31"))
                .post("/api/v1/party-branches/{id}/officers/staff-2/relieve", id).then().statusCode(200)
                .header("ETag", "\"5\"");

        List<JsonNode> events = events(id, 5);
        assertThat(types(events)).containsExactly("PartyBranchFounded", "BranchOfficerAppointed", "PartyGroupFormed",
                "BranchRuleAdopted", "BranchOfficerRelieved");
        assertThat(events.get(0).path("data").path("officers").get(0).has("name"))
                .as("officer names are personal data").isFalse();
    }

    @Test
    void aNewSecretaryTakesOverAndTheBranchKeepsExactlyOne() {
        String id = found(HESHUN, UUID.randomUUID());
        officerOf(HESHUN).body(Map.of("officerId", "staff-9", "name", "Zhao", "role", "SECRETARY", "appointedOn", "2021-06-30"))
                .post("/api/v1/party-branches/{id}/officers", id).then().statusCode(200)
                .body("secretary.officerId", equalTo("staff-9"))
                .body("officers", hasSize(2))
                .body("officers.find { it.officerId == 'staff-1' }.endedOn", equalTo("2021-06-30"));
        officerOf(HESHUN).body(Map.of("endedOn", "2021-07-01"))
                .post("/api/v1/party-branches/{id}/officers/staff-9/relieve", id).then().statusCode(409)
                .body("rule", equalTo("secretary-needs-successor"));
        cityAdmin().get("/api/v1/party-branches/{id}/officers?current=true", id).then().statusCode(200)
                .body("items.officerId", org.hamcrest.Matchers.contains("staff-9"));
        cityAdmin().get("/api/v1/party-branches/{id}/officers", id).then()
                .body("items.officerId", org.hamcrest.Matchers.contains("staff-1", "staff-9"));
    }

    @Test
    void theDatabaseRefusesASecondCurrentSecretary() throws SQLException {
        String id = found(HESHUN, UUID.randomUUID());
        try (Connection connection = dataSource.getConnection()) {
            assertThatThrownBy(() -> connection.createStatement().executeUpdate(
                    "INSERT INTO branch_officer (id, branch_id, officer_id, name, role, appointed_on)"
                            + " VALUES ('" + UUID.randomUUID() + "', '" + id + "', 'staff-x', 'X', 'SECRETARY', DATE '2020-01-01')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("one_secretary_per_branch");
        }
    }

    @Test
    void aSiteBelongsToOneCounty() {
        UUID site = UUID.randomUUID();
        found(HESHUN, site);
        cityAdmin().body(Map.of("county", YUSHE, "name", "Other", "managementMode", "TERRITORIAL",
                        "foundedOn", "2019-03-01", "siteIds", List.of(site),
                        "secretary", Map.of("officerId", "staff-5", "name", "Sun")))
                .post("/api/v1/party-branches").then().statusCode(409).body("rule", equalTo("site-county-mismatch"));
    }

    @Test
    void branchesAreListedBySiteAndCountyWithinTheCallersScope() {
        UUID site = UUID.randomUUID();
        String id = found(HESHUN, site);
        cityAdmin().get("/api/v1/party-branches?siteId=" + site).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(id));
        officerOf(YUSHE).get("/api/v1/party-branches?siteId=" + site).then().statusCode(200).body("items", hasSize(0));
        officerOf(YUSHE).get("/api/v1/party-branches/{id}", id).then().statusCode(403);
        officerOf(YUSHE).body(Map.of("name", "g", "memberCount", 3, "formedOn", "2019-04-01"))
                .post("/api/v1/party-branches/{id}/groups", id).then().statusCode(403);
        as("partner", null).get("/api/v1/party-branches/{id}", id).then().statusCode(200)
                .body("secretary.name", nullValue());
    }
}
