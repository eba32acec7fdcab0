package org.anju.governance.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.anju.governance.Bodies;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.anju.governance.Api.HESHUN;
import static org.anju.governance.Api.cityAdmin;
import static org.anju.governance.Api.officerOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every resource family answers in Chinese to {@code Accept-Language: zh-CN} (title, detail and each
 * field's message) and in English, as it always did, to the same request without a language.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class LanguageApiTest {

    private static final String RULE_TITLE_ZH = "业务规则不允许此变更";
    private static final String RULE_TITLE_EN = "A domain rule forbids this change";
    private static final String NOT_FOUND_TITLE_ZH = "资源不存在";
    private static final String NOT_FOUND_TITLE_EN = "Resource not found";
    private static final String INVALID_TITLE_ZH = "请求有误";
    private static final String INVALID_TITLE_EN = "The request is invalid";

    /** The problem a request answers with {@code status}, in Chinese when {@code chinese}, else with no language stated. */
    private static JsonPath problem(boolean chinese, Function<RequestSpecification, Response> send, int status) {
        RequestSpecification request = officerOf(HESHUN);
        if (chinese) {
            request.header("Accept-Language", "zh-CN");
        }
        return send.apply(request).then().statusCode(status).contentType("application/problem+json").extract().jsonPath();
    }

    private static void answers(Function<RequestSpecification, Response> send, int status,
                                String titleZh, String detailZh, String titleEn, String detailEn) {
        JsonPath chinese = problem(true, send, status);
        assertThat(chinese.getString("title")).isEqualTo(titleZh);
        assertThat(chinese.getString("detail")).isEqualTo(detailZh);
        JsonPath english = problem(false, send, status);
        assertThat(english.getString("title")).isEqualTo(titleEn);
        assertThat(english.getString("detail")).isEqualTo(detailEn);
    }

    /** A 400 naming {@code field}: its message in Chinese, and in English without a language. */
    private static void invalid(Function<RequestSpecification, Response> send, String field, String englishMessage) {
        JsonPath chinese = problem(true, send, 400);
        assertThat(chinese.getString("title")).isEqualTo(INVALID_TITLE_ZH);
        assertThat(chinese.getString("detail")).isEqualTo("输入有误：" + field);
        assertThat(chinese.getString("errors[0].field")).isEqualTo(field);
        assertThat(chinese.getString("errors[0].message")).matches(LanguageApiTest::isChinese);
        JsonPath english = problem(false, send, 400);
        assertThat(english.getString("title")).isEqualTo(INVALID_TITLE_EN);
        assertThat(english.getString("detail")).isEqualTo("Invalid input: " + field);
        assertThat(english.getString("errors[0].field")).isEqualTo(field);
        assertThat(english.getString("errors[0].message")).isEqualTo(englishMessage);
    }

    private static boolean isChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @Test
    void partyBranches() {
        String branch = officerOf(HESHUN).body(Bodies.foundBranch(HESHUN, UUID.randomUUID())).post("/api/v1/party-branches")
                .then().statusCode(201).extract().path("id");
        answers(r -> r.body(Map.of("endedOn", "2020-12-31")).post("/api/v1/party-branches/{id}/officers/staff-9/relieve", branch), 409,
                RULE_TITLE_ZH, "工号为 staff-9 的人员在党支部 " + branch + " 中未担任职务",
                RULE_TITLE_EN, "Officer staff-9 holds no post in branch " + branch);
        answers(r -> r.body(Map.of("officerId", "staff-1", "name", "Wang", "role", "SECRETARY", "appointedOn", "2019-03-01"))
                        .post("/api/v1/party-branches/{id}/officers", branch), 409,
                RULE_TITLE_ZH, "工号为 staff-1 的人员已担任书记",
                RULE_TITLE_EN, "Officer staff-1 is already SECRETARY");
        invalid(r -> r.body(Map.of("name", " ", "memberCount", 3, "formedOn", "2019-04-01"))
                .post("/api/v1/party-branches/{id}/groups", branch), "name", "must not be blank");
    }

    @Test
    void facilities() {
        Map<String, Object> clinicWithBeds = Bodies.registerFacility(HESHUN, UUID.randomUUID(), "CLINIC");
        clinicWithBeds.put("beds", 5);
        answers(r -> r.body(clinicWithBeds).post("/api/v1/facilities"), 409,
                RULE_TITLE_ZH, "只有养老院才填写床位数，“医疗室”没有床位",
                RULE_TITLE_EN, "Only an elderly home has beds; a CLINIC does not");
        UUID unknown = UUID.randomUUID();
        answers(r -> r.get("/api/v1/facilities/{id}", unknown), 404,
                NOT_FOUND_TITLE_ZH, "配套设施 " + unknown + " 不存在", NOT_FOUND_TITLE_EN, "Facility " + unknown + " does not exist");
    }

    @Test
    void siteStandards() {
        UUID site = UUID.randomUUID();
        answers(r -> r.get("/api/v1/sites/{site}/standard", site), 404,
                NOT_FOUND_TITLE_ZH, "安置点的五化五通八有评定 " + site + " 不存在",
                NOT_FOUND_TITLE_EN, "Standard of site " + site + " does not exist");
        Map<String, Object> twice = Bodies.assessment(HESHUN);
        twice.put("items", List.of(Map.of("item", "LIT", "met", true, "evidenceOn", "2020-09-30"),
                Map.of("item", "LIT", "met", false, "evidenceOn", "2020-10-30")));
        answers(r -> r.body(twice).patch("/api/v1/sites/{site}/standard", site), 409,
                RULE_TITLE_ZH, "每次评定中同一项目最多出现一次", RULE_TITLE_EN, "An assessment names each item at most once");
        invalid(r -> r.body(Map.of("county", HESHUN, "items", List.of())).patch("/api/v1/sites/{site}/standard", site),
                "items", "must not be empty");
    }

    @Test
    void residentsRequests() {
        String request = officerOf(HESHUN).body(Bodies.submitRequest(HESHUN, UUID.randomUUID(), "ENQUIRY"))
                .post("/api/v1/requests").then().statusCode(201).extract().path("request.id");
        answers(r -> r.post("/api/v1/requests/{id}/reply", request), 409,
                RULE_TITLE_ZH, "诉求 " + request + " 当前状态为“已提交”：只有“已办理”的诉求才能答复",
                RULE_TITLE_EN, "Request " + request + " is SUBMITTED: only a RESOLVED request can be replied to");
        officerOf(HESHUN).post("/api/v1/requests/{id}/accept", request).then().statusCode(200);
        answers(r -> r.body(Map.of("resolution", "Answered", "rectificationRequired", true))
                        .post("/api/v1/requests/{id}/resolve", request), 409,
                RULE_TITLE_ZH, "只有投诉才能要求整改，此诉求的类别是“咨询”",
                RULE_TITLE_EN, "Only a complaint can require a rectification; this request is a ENQUIRY");
        invalid(r -> r.body(Map.of("resolution", "")).post("/api/v1/requests/{id}/resolve", request),
                "resolution", "must not be blank");
    }

    @Test
    void activities() {
        UUID unknown = UUID.randomUUID();
        answers(r -> r.get("/api/v1/activities/{id}", unknown), 404,
                NOT_FOUND_TITLE_ZH, "社区活动 " + unknown + " 不存在", NOT_FOUND_TITLE_EN, "Activity " + unknown + " does not exist");
        Map<String, Object> noSessions = Bodies.recordActivity(HESHUN, UUID.randomUUID(), "MEETING");
        noSessions.put("sessions", 0);
        invalid(r -> r.body(noSessions).post("/api/v1/activities"), "sessions", "must be greater than or equal to 1");
    }

    @Test
    void awards() {
        UUID site = UUID.randomUUID();
        String training = officerOf(HESHUN).body(Bodies.recordActivity(HESHUN, site, "TRAINING")).post("/api/v1/activities")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> afterATraining = Bodies.grantAward(HESHUN, site, UUID.randomUUID());
        afterATraining.put("evaluationId", training);
        answers(r -> r.body(afterATraining).post("/api/v1/awards"), 409,
                RULE_TITLE_ZH, "活动 " + training + " 的类型是“培训”，不是“评比”",
                RULE_TITLE_EN, "Activity " + training + " is a TRAINING, not an EVALUATION");
        UUID household = UUID.randomUUID();
        cityAdmin().body(Bodies.grantAward(HESHUN, site, household)).post("/api/v1/awards").then().statusCode(201);
        answers(r -> r.body(Bodies.grantAward(HESHUN, site, household)).post("/api/v1/awards"), 409,
                RULE_TITLE_ZH, "搬迁户 " + household + " 已获得 2020 年度的“最美家庭”表彰",
                RULE_TITLE_EN, "Household " + household + " already has the MOST_BEAUTIFUL_FAMILY award for 2020");
    }
}
