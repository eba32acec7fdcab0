package org.anju.gateway.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * What the gateway's own API says comes in Chinese for {@code Accept-Language: zh-CN}, and stays in
 * English without it: problems (title, detail, field messages), indicator definitions, the
 * relocation task's target note and the data-quality findings.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(EchoOriginResource.class)
class LanguagesTest {

    private static final String ADMIN = TestTokens.bearer("city-admin", null);
    private static final String ZUOQUAN = "140722";

    private static RequestSpecification chinese() {
        return given().header("Accept-Language", "zh-CN");
    }

    @Test
    void indicatorProblemsAndDefinitionsInChineseOrEnglish() {
        chinese().header("Authorization", TestTokens.bearer("partner", null)).get("/api/v1/sites/no-such-site/indicators")
                .then().statusCode(404).body("title", equalTo("资源不存在")).body("detail", equalTo("有搬迁户的安置点 no-such-site 不存在"));
        given().header("Authorization", TestTokens.bearer("partner", null)).get("/api/v1/sites/no-such-site/indicators")
                .then().statusCode(404).body("title", equalTo("Resource not found"))
                .body("detail", equalTo("site with relocated households no-such-site does not exist"));

        chinese().get("/api/v1/indicators/occupancy.rate/series?from=2026-02-01&to=2026-01-01")
                .then().statusCode(400).body("title", equalTo("请求有误")).body("detail", equalTo("起始日 from（2026-02-01）晚于截止日 to（2026-01-01）"));
        given().get("/api/v1/indicators/occupancy.rate/series?from=2026-02-01&to=2026-01-01")
                .then().statusCode(400).body("title", equalTo("Bad request")).body("detail", equalTo("from (2026-02-01) is after to (2026-01-01)"));
        chinese().get("/api/v1/indicators/no.such.indicator/series")
                .then().statusCode(404).body("detail", equalTo("指标 no.such.indicator 不存在"));
        chinese().get("/api/v1/indicators?county=14072X")
                .then().statusCode(400).body("title", equalTo("请求有误")).body("errors[0].field", equalTo("county"))
                .body("errors[0].message", startsWith("必须是 6 位县级行政区划代码"));

        String occupancy = "indicators.find { it.id == 'occupancy.rate' }.";
        chinese().get("/api/v1/indicators").then().statusCode(200)
                .body(occupancy + "label.zh", equalTo("入住率")).body(occupancy + "label.en", equalTo("Occupancy rate"))
                .body(occupancy + "definition.numerator", equalTo("已入住搬迁户的家庭成员"))
                .body(occupancy + "definition.denominator", equalTo("搬迁户人口（全部家庭成员；不含误录删除的户）"));
        given().get("/api/v1/indicators").then().statusCode(200)
                .body(occupancy + "label.zh", equalTo("入住率")).body(occupancy + "label.en", equalTo("Occupancy rate"))
                .body(occupancy + "definition.numerator", equalTo("members of relocated households that moved in"));
        chinese().get("/api/v1/indicators/catalogue").then().statusCode(200)
                .body("find { it.id == 'funds.disbursement.rate' }.labelZh", equalTo("资金拨付率"))
                .body("find { it.id == 'funds.disbursement.rate' }.labelEn", equalTo("Disbursement rate"))
                .body("find { it.id == 'funds.disbursement.rate' }.numeratorDefinition", equalTo("市级拨付到县的资金"))
                .body("find { it.id == 'funds.disbursement.rate' }.denominatorDefinition", equalTo("市级到位资金"));
        given().get("/api/v1/indicators/catalogue").then().statusCode(200)
                .body("find { it.id == 'funds.disbursed' }.numeratorDefinition",
                        equalTo("money the city disbursed to counties (the city's figure by county, a county's by source)"));
    }

    @Test
    void theRelocationTaskAsATargetIsNamedInTheReadersLanguage() {
        try (var events = GatewayFixtures.fixtures()) {
            events.publish("RelocationTaskSet", GatewayFixtures.task(UUID.randomUUID().toString(), 1, ZUOQUAN, 120));
        }
        String target = "indicators.find { it.id == 'relocation.people' }.target.";
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/v1/indicators?county=" + ZUOQUAN)
                .then().extract().path(target + "note") != null);
        given().get("/api/v1/indicators?county=" + ZUOQUAN).then().statusCode(200)
                .body(target + "note", equalTo("the relocation task")).body(target + "value", equalTo(120));
        chinese().get("/api/v1/indicators?county=" + ZUOQUAN).then().statusCode(200).body(target + "note", equalTo("搬迁任务"));
    }

    @Test
    void targetProblemsInChineseOrEnglish() {
        String lessThan = "{\"comparator\": \"<\", \"value\": 10}";
        chinese().header("Authorization", ADMIN).contentType("application/json").body(lessThan).put("/api/v1/targets/party.groups")
                .then().statusCode(400).body("title", equalTo("请求有误")).body("detail", equalTo("输入有误：comparator"))
                .body("errors[0].field", equalTo("comparator")).body("errors[0].message", equalTo("必须是 >=、<= 或 ="));
        given().header("Authorization", ADMIN).contentType("application/json").body(lessThan).put("/api/v1/targets/party.groups")
                .then().statusCode(400).body("title", equalTo("The request is invalid")).body("detail", equalTo("Invalid input: comparator"))
                .body("errors[0].field", equalTo("comparator")).body("errors[0].message", equalTo("must be >=, <= or ="));
        chinese().header("Authorization", ADMIN).contentType("application/json").body("{\"comparator\": \">=\", \"value\": 10}")
                .put("/api/v1/targets/no.such.indicator")
                .then().statusCode(404).body("title", equalTo("资源不存在")).body("detail", equalTo("指标 no.such.indicator 不存在"));
    }

    @Test
    void dataQualityProblemsAndFindingsInChineseOrEnglish() {
        chinese().header("Authorization", ADMIN).contentType("application/json").body("{\"source\": \"nothing\"}")
                .put("/api/v1/data-quality/claims/occupancy.registered-poor.rate")
                .then().statusCode(400).body("title", equalTo("请求有误")).body("detail", equalTo("输入有误：anyFigure"))
                .body("errors[0].message", equalTo("请至少填写分子（numerator）、分母（denominator）和数值（value）中的一项"));
        given().header("Authorization", ADMIN).contentType("application/json").body("{\"source\": \"nothing\"}")
                .put("/api/v1/data-quality/claims/occupancy.registered-poor.rate")
                .then().statusCode(400).body("errors[0].message", equalTo("give at least one of numerator, denominator and value"));
        chinese().header("Authorization", ADMIN).contentType("application/json").body("{\"value\": 1}")
                .put("/api/v1/data-quality/claims/Not An Id")
                .then().statusCode(400).body("errors[0].field", equalTo("indicatorId")).body("errors[0].message", equalTo("不是指标编号"));

        declare("funds.spent", "{\"value\": 1000, \"source\": \"月报\"}");
        declare("funds.spent:HOUSING_SUBSIDY", "{\"value\": 1200.5}");
        String finding = "findings.find { it.rule == 'parts-do-not-add-up' && it.indicatorId == 'funds.spent' }.";
        chinese().get("/api/v1/data-quality").then().statusCode(200)
                .body(finding + "title", equalTo("公布的分项之和不等于合计"))
                .body(finding + "message", equalTo("公布合计为 1,000.00 元，但其 1 个分项之和为 1,200.50 元（相差 200.50 元）（来源：月报）"));
        given().get("/api/v1/data-quality").then().statusCode(200)
                .body(finding + "title", equalTo("Declared parts that do not add up to their total"))
                .body(finding + "message", equalTo("declared total 1000 but its 1 parts add up to 1200.5 (difference 200.5) [月报]"));
    }

    @Test
    void opsRefusalsInChineseOrEnglish() {
        chinese().header("Authorization", TestTokens.bearer("partner", null)).post("/api/v1/ops/projections/rebuild")
                .then().statusCode(403).body("title", equalTo("无权访问")).body("detail", equalTo("您的角色无权执行此操作"));
        given().header("Authorization", TestTokens.bearer("partner", null)).post("/api/v1/ops/projections/rebuild")
                .then().statusCode(403).body("title", equalTo("Access denied")).body("detail", equalTo("Your roles do not allow this operation"));
    }

    private static void declare(String indicatorId, String claim) {
        given().header("Authorization", ADMIN).contentType("application/json").body(claim)
                .put("/api/v1/data-quality/claims/" + indicatorId).then().statusCode(200);
    }
}
