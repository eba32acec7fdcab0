package org.anju.households.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.anju.households.domain.TestIdNumbers;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;
import java.util.UUID;

import static org.anju.households.rest.Api.ADMIN;
import static org.anju.households.rest.Api.HESHUN;
import static org.anju.households.rest.Api.admin;
import static org.anju.households.rest.Api.household;
import static org.anju.households.rest.Api.member;
import static org.anju.households.rest.Api.registerHousehold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.equalTo;

/**
 * The import checks a household by the same rules as the JSON API and reports every rule it
 * breaks as a row error carrying the rule id the API would answer with.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class ImportRulesApiTest {

    @Inject
    DataSource dataSource;

    @Test
    void everyRuleAHouseholdBreaksIsARowErrorWithItsRuleId() throws Exception {
        String run = "rules-" + UUID.randomUUID().toString().substring(0, 8);
        String head = TestIdNumbers.next(HESHUN);
        String mistyped = TestIdNumbers.mistyped(TestIdNumbers.next(HESHUN));
        String elsewhere = TestIdNumbers.next(HESHUN);
        registerHousehold(household(HESHUN, "CO_RELOCATED", List.of(member(elsewhere, "HEAD", true))));
        String unknownSite = UUID.randomUUID().toString();

        JsonPath job = Imports.awaitFinished(Imports.submit(ADMIN, Imports.csv(List.of(
                // two heads, a mistyped ID number, the same person twice
                row(run + "-1", "", "户主", head, "HEAD"),
                row(run + "-1", "", "配偶", TestIdNumbers.next(HESHUN), "HEAD"),
                row(run + "-1", "", "子女", mistyped, "CHILD"),
                row(run + "-1", "", "子女", head, "CHILD"),
                // a site that does not exist, a person already registered
                row(run + "-2", unknownSite, "户主", elsewhere, "HEAD"),
                // fine
                row(run + "-3", "", "户主", TestIdNumbers.next(HESHUN), "HEAD")))));

        assertThat(Imports.errors(job))
                .containsExactlyInAnyOrder(
                        tuple(2, "relation", "household-has-one-head"),
                        tuple(4, "idNumber", "id-number-valid"),
                        tuple(5, "idNumber", "id-number-unique"),
                        tuple(6, "siteId", "site-must-exist"),
                        tuple(6, "idNumber", "id-number-unique"));
        assertThat(job.getString("errors")).doesNotContain(head).doesNotContain(mistyped).doesNotContain(elsewhere);
        assertThat(job.getInt("householdsImported")).isEqualTo(1);
        assertThat(job.getInt("householdsRejected")).isEqualTo(2);
        assertThat(Imports.count(dataSource, "SELECT count(*) FROM households WHERE registry_number LIKE ?", run + "-%")).isEqualTo(1);
    }

    @Test
    void theJsonApiAnswersTheFirstOfTheSameRulesAsA409() {
        String head = TestIdNumbers.next(HESHUN);
        admin().body(household(HESHUN, "CO_RELOCATED", List.of(member(head, "HEAD", true), member(TestIdNumbers.next(HESHUN), "HEAD", true))))
                .post("/api/v1/households").then().statusCode(409).body("rule", equalTo("household-has-one-head"));
        admin().body(household(HESHUN, "CO_RELOCATED", List.of(member(head, "HEAD", true), member(head, "CHILD", true))))
                .post("/api/v1/households").then().statusCode(409).body("rule", equalTo("id-number-unique"));
    }

    @Test
    void aValueThatCannotBeReadIsARowErrorWithoutARule() {
        String run = "unread-" + UUID.randomUUID().toString().substring(0, 8);
        JsonPath job = Imports.awaitFinished(Imports.submit(ADMIN, Imports.csv(List.of(
                run + "-1," + HESHUN + ",松烟镇石叠村,后沟,,POOR,,true,户主," + TestIdNumbers.next(HESHUN) + ",HEAD,true,"))));

        assertThat(job.getList("errors.field", String.class)).containsExactly("category");
        assertThat(job.getList("errors.rule", String.class)).containsExactly((String) null);
    }

    private static String row(String registryNumber, String siteId, String name, String idNumber, String relation) {
        return String.join(",", registryNumber, HESHUN, "松烟镇石叠村", "后沟", "", "CO_RELOCATED", siteId, "false", name, idNumber,
                relation, "true", "");
    }
}
