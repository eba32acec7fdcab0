package org.anju.platform.audit;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestTokens;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every change is recorded with who, when, what and which fields; reads of unmasked personal data too; nothing in clear. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
@SuppressWarnings("unchecked")
class AuditTrailTest {

    private static final String OFFICER = TestTokens.bearer("officer-7", List.of("county-officer"), "140723");
    private static final String AUDITOR = TestTokens.bearer("auditor-1", List.of("auditor"), null);

    @Inject
    DataSource dataSource;

    @Test
    void createUpdateAndDeleteAreRecordedWithActorOperationVersionsAndFieldNamesOnly() {
        String[] ids = given().header("Authorization", OFFICER).header("X-Request-Id", "req-42").queryParam("county", "140723")
                .post("/api/test/audited").then().statusCode(200).header("X-Request-Id", "req-42").extract().asString().split("/");
        given().header("Authorization", OFFICER).queryParam("part", ids[1]).put("/api/test/audited/" + ids[0]).then().statusCode(200);
        given().header("Authorization", OFFICER).queryParam("part", ids[1]).delete("/api/test/audited/" + ids[0]).then().statusCode(200);

        JsonPath trail = given().header("Authorization", AUDITOR).queryParam("aggregateId", ids[0]).get("/api/v1/audit")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> entries = trail.getList("items");
        assertThat(entries).extracting(e -> e.get("kind") + " " + e.get("entity"))
                .containsExactly("DELETED null", "DELETED Part", "UPDATED Part", "UPDATED null", "CREATED Part", "CREATED null");
        Map<String, Object> update = entries.get(3);
        assertThat(update).containsEntry("actor", "officer-7").containsEntry("aggregateType", "Thing")
                .containsEntry("county", "140723").containsEntry("versionBefore", 1).containsEntry("versionAfter", 2)
                .containsEntry("operation", "PUT /api/test/audited/{id}");
        assertThat((List<Object>) update.get("roles")).containsExactly("county-officer");
        assertThat((List<Object>) update.get("changedFields")).containsExactly("name");
        assertThat((List<Object>) entries.get(2).get("changedFields")).containsExactly("Part.label");
        assertThat(entries.get(5)).containsEntry("requestId", "req-42");
        assertThat((List<Object>) entries.get(5).get("changedFields")).contains("name", "phone", "county").doesNotContain("version");
        String raw = given().header("Authorization", AUDITOR).get("/api/v1/audit").asString();
        assertThat(raw).doesNotContain("王建").doesNotContain("13800000000").doesNotContain("not audited");
    }

    @Test
    void readingUnmaskedIdNumbersIsRecordedWithoutTheNumbers() {
        String reader = TestTokens.bearer("reader-9", List.of("city-admin", "pii-reader"), null);
        given().header("Authorization", reader).get("/api/test/counties/140723/records").then().statusCode(200);
        given().header("Authorization", TestTokens.bearer("admin-2", List.of("city-admin"), null))
                .get("/api/test/counties/140723/records").then().statusCode(200);

        List<Map<String, Object>> reads = given().header("Authorization", AUDITOR).queryParam("kind", "PERSONAL_DATA_READ")
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(reads).extracting(e -> e.get("actor")).contains("reader-9").doesNotContain("admin-2");
        assertThat(reads).extracting(e -> e.get("detail")).contains("GET /api/test/counties/140723/records");
    }

    @Test
    void onlyAuditorsAndCityAdminsReadTheTrailAndACountyClaimLimitsIt() {
        given().header("Authorization", OFFICER).get("/api/v1/audit").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("partner", null)).get("/api/v1/audit").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("auditor-2", List.of("auditor"), "140781")).queryParam("county", "140723")
                .get("/api/v1/audit").then().statusCode(403);
        given().header("Authorization", AUDITOR).queryParam("from", "2019-03-05T08:00:00+08:00").get("/api/v1/audit").then().statusCode(200);
        given().header("Authorization", AUDITOR).queryParam("from", "yesterday").get("/api/v1/audit").then().statusCode(400);
    }

    @Test
    void theTrailIsAppendOnly() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE platform_audit SET actor = 'someone else'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM platform_audit")).hasMessageContaining("append-only");
        }
    }
}
