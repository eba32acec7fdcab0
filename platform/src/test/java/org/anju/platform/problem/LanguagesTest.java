package org.anju.platform.problem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Problems speak the client's language: Chinese for Accept-Language zh-CN, English otherwise. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class LanguagesTest {

    @Test
    void validationProblemsAreInChineseForAChineseClient() {
        given().header("Accept-Language", "zh-CN,zh;q=0.9").contentType("application/json")
                .body("{\"county\": \"\", \"members\": []}").post("/api/test/problems/households")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("请求有误"))
                .body("detail", containsString("输入有误"))
                .body("errors.find { it.field == 'county' }.message", equalTo("不能为空"));
    }

    @Test
    void theSameProblemIsInEnglishWithoutAPreference() {
        given().contentType("application/json")
                .body("{\"county\": \"\", \"members\": []}").post("/api/test/problems/households")
                .then().statusCode(400)
                .body("title", equalTo("The request is invalid"))
                .body("errors.find { it.field == 'county' }.message", equalTo("must not be blank"));
    }

    @Test
    void platformMessagesAreTranslatedTooCountiesDatesScopesAndRules() {
        given().header("Accept-Language", "zh-CN").contentType("application/json").body("{\"county\": \"140799\", \"movedInOn\": \"2019-03-05\"}")
                .post("/api/test/problems/dated")
                .then().statusCode(400).body("errors[0].message", containsString("不是本项目所辖的县"));
        given().header("Accept-Language", "zh-CN").contentType("application/json").body("{\"movedInOn\": 43529}")
                .post("/api/test/problems/dated")
                .then().statusCode(400).body("errors[0].message", containsString("YYYY-MM-DD 格式的日历日期"));
        given().header("Accept-Language", "zh-CN").header("Authorization", TestTokens.bearer("county-officer", "140723"))
                .get("/api/test/counties/140702/records")
                .then().statusCode(403).body("title", equalTo("无权访问")).body("detail", equalTo("您只能查看 140723 县的数据，不能查看 140702"));
        given().header("Accept-Language", "zh-CN").post("/api/test/problems/households/7/move-in")
                .then().statusCode(409).body("title", equalTo("业务规则不允许此变更"));
        given().header("Accept-Language", "zh-CN").get("/api/test/problems/nowhere")
                .then().statusCode(404).body("title", equalTo("资源不存在"));
    }
}
