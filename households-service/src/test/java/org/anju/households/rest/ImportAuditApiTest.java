package org.anju.households.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.households.domain.TestIdNumbers;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The households an import registers are audited as the clerk's who uploaded the file, not the background runner's. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class ImportAuditApiTest {

    @Test
    void householdsRegisteredByAnImportAreAuditedAsTheirSubmittersChanges() {
        String clerk = TestTokens.bearer("clerk-of-heshun", List.of("county-officer"), Api.HESHUN);
        String registry = "14072300" + (System.nanoTime() % 100_000_000_000L);
        String location = Imports.submit(clerk, Imports.csv(List.of(
                Imports.row(registry, "REGISTERED_POOR", "测试户主", TestIdNumbers.next(Api.HESHUN), "HEAD"))));
        assertThat(Imports.awaitFinished(location, clerk).getString("status")).isEqualTo("COMPLETED");
        String job = location.substring(location.lastIndexOf('/') + 1);

        List<Map<String, Object>> entries = given().header("Authorization", TestTokens.bearer("auditor", null))
                .queryParam("aggregateType", "Household").queryParam("actor", "clerk-of-heshun")
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry).containsEntry("kind", "CREATED").containsEntry("county", Api.HESHUN);
            assertThat((String) entry.get("operation")).isEqualTo("import HOUSEHOLDS " + job);
        });
    }
}
