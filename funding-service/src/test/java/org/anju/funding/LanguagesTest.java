package org.anju.funding;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestTokens;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import static org.anju.funding.FundingApi.ADMIN;
import static org.anju.funding.FundingApi.DISBURSEMENTS;
import static org.anju.funding.FundingApi.EXPENDITURES;
import static org.anju.funding.FundingApi.RECEIPTS;
import static org.anju.funding.FundingApi.as;
import static org.anju.funding.FundingApi.balance;
import static org.anju.funding.FundingApi.fund;
import static org.anju.funding.FundingApi.officerOf;
import static org.anju.funding.FundingApi.reverse;
import static org.anju.funding.FundingApi.spend;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

/**
 * What a person reads from this service is Chinese when the request asks for it
 * ({@code Accept-Language: zh-CN}) and English when it names no language: a refusal of each
 * resource family (entries, balances, rewards, declarations and reconciliation, sources) in both.
 * A text longer than its field allows is a 400 naming the field, and nothing is stored.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class LanguagesTest {

    private static final String RULE_ZH = "业务规则不允许此变更";
    private static final String RULE_EN = "A domain rule forbids this change";
    private static final String INVALID_ZH = "请求有误";
    private static final String INVALID_EN = "The request is invalid";
    private static final String NOT_FOUND_ZH = "资源不存在";
    private static final String NOT_FOUND_EN = "Resource not found";
    private static final String FORBIDDEN_ZH = "无权访问";
    private static final String FORBIDDEN_EN = "Access denied";
    /** Hibernate Validator's own Chinese for @Size, e.g. 个数必须在0和100之间. */
    private static final Matcher<String> CHINESE_SIZE_100 = allOf(containsString("100"), matchesPattern("(?s).*\\p{IsHan}.*"));

    @Test
    void anOverdrawIsExplainedInChineseWhenAskedAndInEnglishOtherwiseWithAmountsAsTwoDecimals() {
        String tooMuch = "999999999999.99";
        String body = """
                {"source": "SPECIAL_CONSTRUCTION_FUND", "county": "140729", "purpose": "OTHER", "amount": "%s", "spentOn": "2025-05-02"}"""
                .formatted(tooMuch);

        answers(ADMIN, request -> request.body(body).post(EXPENDITURES), 409,
                new Said(RULE_ZH, decimals("140729 县 SPECIAL_CONSTRUCTION_FUND 可用余额不足，此笔支出（999999999999.99 元）无法入账：该余额只有 ",
                        " 元，此笔需要 999999999999.99 元")),
                new Said(RULE_EN, decimals("Expenditure of 999999999999.99 would overdraw county 140729's AVAILABLE SPECIAL_CONSTRUCTION_FUND"
                        + " balance: it holds ", ", the entry needs 999999999999.99")));
    }

    @Test
    void anOverLongDocumentNumberIsA400NamingTheFieldInEitherLanguageAndRecordsNothing() {
        String received = balance("RECEIVED/SPECIAL_CONSTRUCTION_FUND/140700");
        String body = """
                {"source": "SPECIAL_CONSTRUCTION_FUND", "amount": "1.00", "receivedOn": "2019-07-02", "documentNumber": "%s"}"""
                .formatted("晋财建〔2019〕" + "1".repeat(100) + "号");

        answers(ADMIN, request -> request.body(body).post(RECEIPTS), 400,
                new Said(INVALID_ZH, equalTo("输入有误：documentNumber"), "documentNumber", CHINESE_SIZE_100),
                new Said(INVALID_EN, equalTo("Invalid input: documentNumber"), "documentNumber", equalTo("size must be between 0 and 100")));

        assertThat(balance("RECEIVED/SPECIAL_CONSTRUCTION_FUND/140700")).isEqualTo(received);
    }

    @Test
    void anOverLongReversalReasonIsA400NamingTheFieldAndLeavesTheEntryUnreversed() {
        fund("CENTRAL_BUDGET", "140725", "10.00", "2025-06-01");
        String spent = spend(ADMIN, "CENTRAL_BUDGET", "140725", "OTHER", "1.00", "2025-06-02").statusCode(201).extract().path("id");

        reverse(ADMIN, spent, "x".repeat(501), "2025-06-03").statusCode(400).body("errors[0].field", equalTo("reason"));

        reverse(ADMIN, spent, "typo", "2025-06-03").statusCode(201);
    }

    @Test
    void aMissingEntryAndAMissingRewardAreNamedInEitherLanguage() {
        String id = UUID.randomUUID().toString();

        answers(ADMIN, request -> request.get("/api/v1/entries/" + id), 404,
                new Said(NOT_FOUND_ZH, equalTo("账目 " + id + " 不存在")),
                new Said(NOT_FOUND_EN, equalTo("Ledger entry " + id + " does not exist")));
        answers(ADMIN, request -> request.get("/api/v1/rewards/" + id), 404,
                new Said(NOT_FOUND_ZH, equalTo("奖补 " + id + " 不存在")),
                new Said(NOT_FOUND_EN, equalTo("Reward " + id + " does not exist")));
    }

    @Test
    void aCountyScopedTokenIsToldInEitherLanguageThatDisbursingIsTheCitys() {
        String body = """
                {"source": "CENTRAL_BUDGET", "county": "140725", "amount": "1.00", "disbursedOn": "2025-06-01"}""";

        answers(TestTokens.bearer("city-admin", "140725"), request -> request.body(body).post(DISBURSEMENTS), 403,
                new Said(FORBIDDEN_ZH, equalTo("只有市级管理员（令牌不带县代码）可以执行此操作")),
                new Said(FORBIDDEN_EN, equalTo("Only a city administrator (with no county claim) may do this")));
    }

    @Test
    void balancesOfACountyOutsideTheProgrammeAreA400InEitherLanguage() {
        answers(ADMIN, request -> request.queryParam("county", "140799").get("/api/v1/balances"), 400,
                new Said(INVALID_ZH, startsWith("输入有误：county 140799 不是本项目所辖的县"), "county",
                        startsWith("140799 不是本项目所辖的县（市、区）")),
                new Said(INVALID_EN, startsWith("Invalid input: county 140799 is not a county of this programme"), "county",
                        startsWith("140799 is not a county of this programme")));
    }

    @Test
    void aDeclarationWhosePeriodEndsBeforeItStartsIsRefusedInEitherLanguageAndNotStored() {
        String body = """
                {"total": "1.00", "sources": {}, "periodFrom": "2018-12-31", "periodTo": "2018-01-01"}""";

        answers(ADMIN, request -> request.body(body).put("/api/v1/declarations/period-backwards"), 409,
                new Said(RULE_ZH, equalTo("期间的结束日期（2018-01-01）早于开始日期（2018-12-31）")),
                new Said(RULE_EN, equalTo("The period ends (2018-01-01) before it starts (2018-12-31)")));
        answers(ADMIN, request -> request.get("/api/v1/declarations/period-backwards"), 404,
                new Said(NOT_FOUND_ZH, equalTo("公布数 period-backwards 不存在")),
                new Said(NOT_FOUND_EN, equalTo("Declaration period-backwards does not exist")));
    }

    @Test
    void anOverLongDeclarationDescriptionIsA400NamingTheFieldInEitherLanguageAndNotStored() {
        String body = """
                {"description": "%s", "total": "1.00", "sources": {}}""".formatted("报告".repeat(251));

        answers(ADMIN, request -> request.body(body).put("/api/v1/declarations/too-long"), 400,
                new Said(INVALID_ZH, equalTo("输入有误：description"), "description", allOf(containsString("500"),
                        matchesPattern("(?s).*\\p{IsHan}.*"))),
                new Said(INVALID_EN, equalTo("Invalid input: description"), "description", equalTo("size must be between 0 and 500")));

        as(ADMIN).get("/api/v1/declarations/too-long").then().statusCode(404);
    }

    @Test
    void theReconciliationIsRefusedToACountyOfficerInEitherLanguage() {
        answers(officerOf("140725"), request -> request.queryParam("declaration", "any").get("/api/v1/reconciliation"), 403,
                new Said(FORBIDDEN_ZH, equalTo("只有可查看全部县的用户可以查看全市数据")),
                new Said(FORBIDDEN_EN, equalTo("Only readers of every county may read the city's figures")));
    }

    @Test
    void theSourcesAreRefusedToATokenThatReadsNothingInEitherLanguage() {
        answers(TestTokens.bearer("ops", null), request -> request.get("/api/v1/sources"), 403,
                new Said(FORBIDDEN_ZH, equalTo("您的角色无权执行此操作")),
                new Said(FORBIDDEN_EN, equalTo("Your roles do not allow this operation")));
    }

    /** What a problem says in one language; a 400 also names the field of its first error and says what is wrong with it. */
    private record Said(String title, Matcher<String> detail, String field, Matcher<String> error) {

        Said(String title, Matcher<String> detail) {
            this(title, detail, null, null);
        }
    }

    /** Sends the request in Chinese, then without a language, and checks each answer. */
    private static void answers(String token, Function<RequestSpecification, Response> request, int status, Said chinese, Said english) {
        check(request.apply(as(token).header("Accept-Language", "zh-CN")).then(), status, chinese);
        check(request.apply(as(token)).then(), status, english);
    }

    private static void check(ValidatableResponse response, int status, Said said) {
        response.statusCode(status).contentType("application/problem+json")
                .body("title", equalTo(said.title()))
                .body("detail", said.detail());
        if (said.field() != null) {
            response.body("errors[0].field", equalTo(said.field())).body("errors[0].message", said.error());
        }
    }

    /** The text with an amount of two decimals between {@code before} and {@code after}. */
    private static Matcher<String> decimals(String before, String after) {
        return matchesPattern(Pattern.quote(before) + "\\d+\\.\\d{2}" + Pattern.quote(after));
    }
}
