package org.anju.gateway.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard is entirely in the chosen language: in Chinese (the default) its own texts, the service panel and
 * the data-quality findings (asked for with Accept-Language) are Chinese, figures in Chinese formats and the time
 * stamp in Beijing time written the Chinese way, also in a browser set to New York; in English all of it is English.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(EchoOriginResource.class)
class DashboardLanguageTest extends DashboardTestBase {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void everythingIsInChineseWithBeijingTimeWhateverTheBrowsersZoneOrInEnglishOnTheSwitch() {
        try (DashboardBrowser browser = DashboardBrowser.open(page, 1400, 1000)) {
            browser.timeZone("America/New_York");
            browser.load();

            ZonedDateTime newest = newestEvent();
            assertThat(text(browser, "#as-of"))
                    .isEqualTo(DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm:ss").format(newest) + "（北京时间）");
            assertThat(browser.script("return document.documentElement.lang")).isEqualTo("zh-CN");
            assertThat(text(browser, "#ops-status")).isIn("运行正常", "部分异常", "服务中断");
            // the page's own words: no Latin letters but the switch's "English", the export formats and versions
            String own = ((String) browser.script("""
                    var parts = [];
                    document.querySelectorAll('header, #tiles, .panel-head, .table-head, .picker, #county-table, #gaps, #services,'
                        + ' #topics, #findings .meta, #findings .title, footer, #county-chart svg, #trend-chart svg')
                      .forEach(function (node) { parts.push(node.textContent); });
                    return parts.join(' ');
                    """)).replace("English", "").replace("CSV", "").replace("Excel", "").replace("9.9.9", "");
            assertThat(own).doesNotContainPattern("[A-Za-z]");
            assertThat(own).contains("正常", "停止", "搬迁户与安置点", "待发布事件", "最新事件时间");
            assertFindingsAsTheApiSaysThem(browser, "zh-CN");
            assertThat(texts(browser, "#topics tbody td:nth-child(3)")).filteredOn(time -> !time.equals("—"))
                    .allMatch(time -> time.matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}:\\d{2}"));
            String people = text(browser, "[data-indicator='relocation.people'] .value");
            assertThat(people).matches("\\d{1,3}(,\\d{3})*");
            assertThat(text(browser, "[data-indicator='relocation.people'] .unit")).isEqualTo("人");
            assertThat(text(browser, "[data-indicator='funds.disbursement.rate'] .detail")).contains("亿元");

            String chinese = (String) browser.script("return document.body.getAttribute('data-loaded')");
            browser.driver().findElement(By.id("language")).click();
            browser.waitUntilLoaded(chinese);

            assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");
            assertThat(text(browser, "#as-of")).matches("\\d{1,2} [A-Z][a-z]{2,3} \\d{4}, "
                    + DateTimeFormatter.ofPattern("HH:mm:ss").format(newest) + " Beijing time");
            assertThat(text(browser, "#ops-status")).isIn("All up", "Degraded", "Down");
            String english = (String) browser.script("""
                    var parts = [];
                    document.querySelectorAll('header, #tiles, .panel-head, .table-head, .picker, #gaps, #services, #topics,'
                        + ' #findings .meta, #findings .title, footer')
                      .forEach(function (node) { parts.push(node.textContent); });
                    return parts.join(' ');
                    """);
            assertThat(english.replace("中文", "")).doesNotContainPattern("\\p{IsHan}");
            assertFindingsAsTheApiSaysThem(browser, "en");
            assertThat(text(browser, "[data-indicator='relocation.people'] .unit")).isEqualTo("people");
        }
    }

    /** The findings shown are the API's, in the page's language: the page asks with Accept-Language. */
    private static void assertFindingsAsTheApiSaysThem(DashboardBrowser browser, String language) {
        List<Map<String, Object>> findings = given().header("Accept-Language", language).get("/api/v1/data-quality")
                .then().statusCode(200).extract().jsonPath().getList("findings");
        assertThat(findings).isNotEmpty();
        assertThat(texts(browser, "#findings .title")).containsExactlyElementsOf(findings.stream().map(f -> (String) f.get("title")).toList());
        assertThat(texts(browser, "#findings .message")).containsExactlyElementsOf(findings.stream().map(f -> (String) f.get("message")).toList());
        String differs = findings.stream().filter(f -> f.get("rule").equals("claim-differs-from-records")).map(f -> (String) f.get("title"))
                .findFirst().orElseThrow();
        assertThat(differs).isEqualTo(language.equals("en") ? "A declared figure the records do not bear out" : "公布数与记录不符");
    }

    private static ZonedDateTime newestEvent() {
        JsonPath city = given().get("/api/v1/indicators").then().statusCode(200).extract().jsonPath();
        List<String> times = city.getList("freshness.lastEventTime");
        return times.stream().filter(Objects::nonNull).map(OffsetDateTime::parse).max(Comparator.naturalOrder()).orElseThrow()
                .atZoneSameInstant(BEIJING);
    }

    private static String text(DashboardBrowser browser, String css) {
        return browser.driver().findElement(By.cssSelector(css)).getText();
    }

    private static List<String> texts(DashboardBrowser browser, String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
