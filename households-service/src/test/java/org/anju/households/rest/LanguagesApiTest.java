package org.anju.households.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.anju.households.domain.TestIdNumbers;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * Everything a person reads from this service comes in Chinese to a client that asks for zh-CN
 * (problem titles and details, validation messages, import row errors and failures) and stays
 * English for one that states no language.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class LanguagesApiTest {

    private static final String ZH = "zh-CN";
    private static final String HAN = ".*\\p{IsHan}.*";

    @Test
    void aHouseholdRuleAndAnInvalidHouseholdAreExplainedInChineseOrEnglish() {
        String id = registerHousehold(household(HESHUN, "REGISTERED_POOR"));

        admin().header("Accept-Language", ZH).body(Map.of()).post("/api/v1/households/{id}/move-in", id).then().statusCode(409)
                .body("rule", equalTo("move-in-requires-housing"))
                .body("title", equalTo("业务规则不允许此变更")).body("detail", containsString("分房到户后才能入住"))
                .body("detail", containsString("已登记"));
        admin().body(Map.of()).post("/api/v1/households/{id}/move-in", id).then().statusCode(409)
                .body("title", equalTo("A domain rule forbids this change"))
                .body("detail", containsString("is REGISTERED; it moves in only after housing is allocated"));

        Map<String, Object> invalid = new HashMap<>(household(HESHUN, "CO_RELOCATED"));
        invalid.put("originVillage", " ");
        admin().header("Accept-Language", ZH).body(invalid).post("/api/v1/households").then().statusCode(400)
                .body("title", equalTo("请求有误")).body("detail", containsString("输入有误"))
                .body("errors[0].field", equalTo("originVillage")).body("errors[0].message", matchesPattern(HAN));
        admin().body(invalid).post("/api/v1/households").then().statusCode(400)
                .body("title", equalTo("The request is invalid")).body("errors[0].message", equalTo("must not be blank"));

        admin().header("Accept-Language", ZH).get("/api/v1/households/{id}", UUID.randomUUID()).then().statusCode(404)
                .body("detail", containsString("搬迁户"));
    }

    @Test
    void anInvalidIdNumberIsExplainedInChinese() {
        admin().header("Accept-Language", ZH).body(household(HESHUN, "CO_RELOCATED", List.of(
                        Api.member(TestIdNumbers.mistyped(TestIdNumbers.next(HESHUN)), "HEAD", true))))
                .post("/api/v1/households").then().statusCode(400)
                .body("errors[0].field", equalTo("members[0].idNumber")).body("errors[0].message", containsString("校验码不符"));
    }

    @Test
    void siteVillageAndTaskProblemsAreExplainedInChinese() {
        String site = Api.site(HESHUN, 10);
        admin().header("Accept-Language", ZH).body(Map.of()).post("/api/v1/sites/{id}/complete", site).then().statusCode(409)
                .body("rule", equalTo("completion-requires-construction")).body("detail", containsString("只有在建时才能竣工"))
                .body("detail", containsString("规划中"));
        admin().header("Accept-Language", ZH).get("/api/v1/sites/{id}", UUID.randomUUID()).then().statusCode(404)
                .body("detail", containsString("安置点"));

        String village = admin().body(Map.of("county", HESHUN, "township", "松烟镇", "name", "自然村" + UUID.randomUUID()))
                .post("/api/v1/villages").then().statusCode(201).extract().path("id");
        admin().header("Accept-Language", ZH).body(Map.of()).post("/api/v1/villages/{id}/demolish", village).then().statusCode(409)
                .body("detail", containsString("整村搬迁后才能拆除"));

        admin().header("Accept-Language", ZH).body(Map.of("plannedPeople", 1))
                .put("/api/v1/relocation-tasks/{county}/{period}", HESHUN, "2016").then().statusCode(400)
                .body("errors[0].message", equalTo("须为规划期，如 2016-2020"));
        admin().body(Map.of("plannedPeople", 1)).put("/api/v1/relocation-tasks/{county}/{period}", HESHUN, "2016").then().statusCode(400)
                .body("errors[0].message", equalTo("must be a plan period like 2016-2020"));
    }

    @Test
    void anImportsRowErrorsAreShownInTheLanguageOfWhoeverReadsTheJob() {
        String run = "lang-" + UUID.randomUUID().toString().substring(0, 8);
        String location = Imports.submit(ADMIN, Imports.csv(List.of(
                run + "-1," + HESHUN + ",松烟镇石叠村,,,POOR,,false,户主," + TestIdNumbers.next(HESHUN) + ",HEAD,true,",
                run + "-2," + HESHUN + ",松烟镇石叠村,,,CO_RELOCATED,,false,户主," + TestIdNumbers.mistyped(TestIdNumbers.next(HESHUN)) + ",HEAD,true,",
                run + "-3," + HESHUN + ",松烟镇石叠村,,,CO_RELOCATED,,false,," + TestIdNumbers.next(HESHUN) + ",HEAD,true,")));
        Imports.awaitFinished(location);

        JsonPath chinese = given().header("Authorization", ADMIN).header("Accept-Language", ZH).get(location).then().statusCode(200)
                .extract().jsonPath();
        JsonPath english = given().header("Authorization", ADMIN).get(location).then().statusCode(200).extract().jsonPath();

        assertThat(chinese.getList("errors.field", String.class)).containsExactly("category", "idNumber", "memberName");
        assertThat(chinese.getList("errors.message", String.class)).allSatisfy(message -> assertThat(message).matches("(?s)" + HAN));
        assertThat(chinese.getString("errors[1].message")).contains("身份证号码无效").contains("校验码不符");
        assertThat(english.getString("errors[0].message")).startsWith("must be one of");
        assertThat(english.getString("errors[1].message")).startsWith("Not a valid ID-card number: check digit does not match");
        assertThat(english.getString("errors[2].message")).isEqualTo("must not be blank");

        String failed = Imports.submit(ADMIN, "name,phone\r\n张三,1\r\n".getBytes(StandardCharsets.UTF_8));
        Imports.awaitFinished(failed);
        given().header("Authorization", ADMIN).header("Accept-Language", ZH).get(failed).then().statusCode(200)
                .body("failure", containsString("表头缺少以下列")).body("failure", containsString("建档立卡户编号"));
    }
}
