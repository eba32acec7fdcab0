package org.anju.industry.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.anju.industry.rest.CountyInputTest.Body;
import org.anju.industry.rest.HouseholdsTopic.Household;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.anju.industry.rest.IndustryApi.HESHUN;
import static org.anju.industry.rest.IndustryApi.ZUOQUAN;
import static org.anju.industry.rest.IndustryApi.asAdmin;
import static org.anju.industry.rest.IndustryApi.awaitSituation;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every resource family answers {@code Accept-Language: zh-CN} in Chinese (the problem's title,
 * detail and each field's message), and the same request without a language in English, as it
 * always did.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class LanguageApiTest {

    /** A problem's title in Chinese and in English. */
    enum Title {
        RULE("业务规则不允许此变更", "A domain rule forbids this change"),
        NOT_FOUND("资源不存在", "Resource not found"),
        UNKNOWN_REFERENCE("请求引用了本服务未知的记录", "The request refers to a record that is not known here"),
        INVALID("请求有误", "The request is invalid");

        final String zh;
        final String en;

        Title(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }
    }

    /** The problem the request answers with {@code status}: in Chinese when asked for, else in the default language. */
    private static JsonPath problem(String language, Function<RequestSpecification, Response> send, int status) {
        RequestSpecification request = asAdmin();
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return send.apply(request).then().statusCode(status).contentType("application/problem+json").extract().jsonPath();
    }

    /** The request answers {@code status} with the title and detail in Chinese to zh-CN, in English without a language. */
    private static void answers(Function<RequestSpecification, Response> send, int status, Title title, String detailZh,
                                String detailEn) {
        JsonPath chinese = problem("zh-CN", send, status);
        assertThat(chinese.getString("title")).isEqualTo(title.zh);
        assertThat(chinese.getString("detail")).isEqualTo(detailZh);
        JsonPath english = problem(null, send, status);
        assertThat(english.getString("title")).isEqualTo(title.en);
        assertThat(english.getString("detail")).isEqualTo(detailEn);
    }

    /** The request is a 400 naming only {@code field}: its message in Chinese to zh-CN, and {@code messageEn} without a language. */
    private static void invalid(Function<RequestSpecification, Response> send, String field, String messageZh, String messageEn) {
        JsonPath chinese = problem("zh-CN", send, 400);
        assertThat(chinese.getString("title")).isEqualTo(Title.INVALID.zh);
        assertThat(chinese.getString("detail")).startsWith("输入有误：" + field);
        assertThat(chinese.getList("errors.field")).containsExactly(field);
        assertThat(chinese.getString("errors[0].message")).isEqualTo(messageZh);
        JsonPath english = problem(null, send, 400);
        assertThat(english.getString("title")).isEqualTo(Title.INVALID.en);
        assertThat(english.getString("detail")).startsWith("Invalid input: " + field);
        assertThat(english.getList("errors.field")).containsExactly(field);
        assertThat(english.getString("errors[0].message")).isEqualTo(messageEn);
    }

    private static String create(Body body, String county) {
        return asAdmin().body(body.withCounty.apply(county)).post(body.path).then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> with(Body body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body.withCounty.apply(HESHUN));
        changed.put(field, value);
        return changed;
    }

    private static Household movedIn() {
        Household household = Household.registered(HESHUN, 4, 2).movedIn();
        HouseholdsTopic.publish("HouseholdMovedIn", household);
        awaitSituation(household.id(), 1);
        return household;
    }

    @Test
    void projectsAndTheirBeneficiaries() {
        String project = create(Body.PROJECT, HESHUN);
        UUID unknown = UUID.randomUUID();

        answers(request -> request.body(Map.of("status", "PLANNED")).post("/api/v1/projects/{id}/status", project), 409,
                Title.RULE,
                "产业项目的状态只能由 PLANNED（规划中）→ OPERATING（运营中）→ CLOSED（已关闭），或由 PLANNED → CLOSED；不能由 PLANNED 改为 PLANNED",
                "A project goes PLANNED → OPERATING → CLOSED (or PLANNED → CLOSED); it cannot go PLANNED → PLANNED");
        answers(request -> request.body(Body.PROJECT.withCounty.apply(ZUOQUAN)).put("/api/v1/projects/{id}", project), 409,
                Title.RULE, "记录所属县不能由 140723 改为 140722；如需在其他县登记，请新建一条记录",
                "The county cannot change from 140723 to 140722; register a new record instead");
        answers(request -> request.get("/api/v1/projects/{id}", unknown), 404,
                Title.NOT_FOUND, "产业项目 " + unknown + " 不存在", "Project " + unknown + " does not exist");
        answers(request -> request.get("/api/v1/projects/{id}/beneficiaries/{household}", project, unknown), 404,
                Title.NOT_FOUND, "产业项目 " + project + " 没有带动户 " + unknown,
                "Beneficiary household " + unknown + " of project " + project + " does not exist");
        answers(request -> request.body(Map.of("householdId", unknown, "expectedAnnualIncrease", "500.00"))
                        .post("/api/v1/projects/{id}/beneficiaries", project), 422,
                Title.UNKNOWN_REFERENCE,
                "本服务（产业就业）尚无搬迁户 " + unknown + " 的信息（搬迁户服务尚未同步该户，或已将其删除）；请先在搬迁户服务中登记该户",
                "Household " + unknown + " is not known to industry-service (households-service has not published it,"
                        + " or removed it); register it there first");
        invalid(request -> request.body(with(Body.PROJECT, "name", " ")).post("/api/v1/projects"), "name",
                "不能为空", "must not be blank");
    }

    @Test
    void workshops() {
        String workshop = create(Body.WORKSHOP, HESHUN);
        UUID unknownSite = UUID.randomUUID();

        answers(request -> request.body(Map.of("status", "SUSPENDED")).post("/api/v1/workshops/{id}/status", workshop), 409,
                Title.RULE,
                "扶贫车间的状态只能由 BUILDING（建设中）→ OPERATING（运营中），运营中与 SUSPENDED（停工）之间可相互转换；不能由 BUILDING 改为 SUSPENDED",
                "A workshop goes BUILDING → OPERATING ⇄ SUSPENDED; it cannot go BUILDING → SUSPENDED");
        answers(request -> request.body(with(Body.WORKSHOP, "siteId", unknownSite)).post("/api/v1/workshops"), 422,
                Title.UNKNOWN_REFERENCE, "本服务（产业就业）尚无安置点 " + unknownSite + " 的信息",
                "Resettlement site " + unknownSite + " is not known to industry-service");
        answers(request -> request.get("/api/v1/workshops/{id}", unknownSite), 404,
                Title.NOT_FOUND, "扶贫车间 " + unknownSite + " 不存在", "Workshop " + unknownSite + " does not exist");
        invalid(request -> request.body(with(Body.WORKSHOP, "jobsOffered", -1)).post("/api/v1/workshops"), "jobsOffered",
                "最小不能小于0", "must be greater than or equal to 0");
    }

    @Test
    void employments() {
        Household household = movedIn();
        UUID unknown = UUID.randomUUID();
        Map<String, Object> unknownWorkshop = EmploymentApiTest.job(household.id(), "m-1", true);
        unknownWorkshop.put("channel", "WORKSHOP");
        unknownWorkshop.put("workshopId", unknown);
        Map<String, Object> namedMember = EmploymentApiTest.job(household.id(), "张三", true);
        String job = asAdmin().body(EmploymentApiTest.job(household.id(), "m-1", true)).post("/api/v1/employments")
                .then().statusCode(201).extract().path("id");
        String today = EmploymentApiTest.TODAY.toString();
        asAdmin().body(Map.of("endDate", today)).post("/api/v1/employments/{id}/end", job).then().statusCode(200);

        answers(request -> request.body(Map.of("endDate", today)).post("/api/v1/employments/{id}/end", job), 409,
                Title.RULE, "就业记录 " + job + " 已于 " + today + " 结束", "Employment " + job + " ended on " + today);
        answers(request -> request.body(unknownWorkshop).post("/api/v1/employments"), 422,
                Title.UNKNOWN_REFERENCE, "扶贫车间 " + unknown + " 不存在", "Workshop " + unknown + " does not exist");
        answers(request -> request.get("/api/v1/employments/{id}", unknown), 404,
                Title.NOT_FOUND, "就业记录 " + unknown + " 不存在", "Employment " + unknown + " does not exist");
        invalid(request -> request.body(namedMember).post("/api/v1/employments"), "memberRef",
                "必须是成员编号（只含字母、数字及 . _ : -），不能填写姓名或身份证号", "must be an opaque id (letters, digits, . _ : -)");
    }

    @Test
    void householdEmployment() {
        UUID unknown = UUID.randomUUID();

        answers(request -> request.get("/api/v1/households/{id}/employment", unknown), 404,
                Title.NOT_FOUND, "搬迁户 " + unknown + " 不存在", "Household " + unknown + " does not exist");
        invalid(request -> request.queryParam("county", "14072X").get("/api/v1/zero-employment-households"), "county",
                "必须是 6 位县级行政区划代码（GB/T 2260），例如 140723，而不是“14072X”",
                "must be a 6-digit county code (GB/T 2260), e.g. 140723, not '14072X'");
    }

    @Test
    void trainings() {
        String course = create(Body.TRAINING, HESHUN);
        UUID unknown = UUID.randomUUID();

        answers(request -> request.body(with(Body.TRAINING, "employedAfter", 11)).post("/api/v1/trainings"), 409,
                Title.RULE, "培训后就业人数 11 超过了培训人数 10", "11 employed after training exceeds the 10 trainees");
        answers(request -> request.body(with(Body.TRAINING, "heldTo", "2019-05-01")).put("/api/v1/trainings/{id}", course),
                409, Title.RULE, "培训结束日期 2019-05-01 早于开始日期 2019-05-06",
                "The course ends 2019-05-01 before it starts 2019-05-06");
        answers(request -> request.get("/api/v1/trainings/{id}", unknown), 404,
                Title.NOT_FOUND, "技能培训 " + unknown + " 不存在", "Training course " + unknown + " does not exist");
        invalid(request -> request.body(with(Body.TRAINING, "sessions", 0)).post("/api/v1/trainings"), "sessions",
                "最小不能小于1", "must be greater than or equal to 1");
    }

    @Test
    void jobFairs() {
        UUID unknown = UUID.randomUUID();

        answers(request -> request.body(with(Body.JOB_FAIR, "hires", 11)).post("/api/v1/job-fairs"), 409,
                Title.RULE, "招聘会录用人数 11 超过了报名人数 10", "11 hires exceeds the 10 registrations");
        answers(request -> request.get("/api/v1/job-fairs/{id}", unknown), 404,
                Title.NOT_FOUND, "招聘会 " + unknown + " 不存在", "Job fair " + unknown + " does not exist");
        invalid(request -> request.body(with(Body.JOB_FAIR, "employers", -1)).post("/api/v1/job-fairs"), "employers",
                "最小不能小于0", "must be greater than or equal to 0");
    }
}
