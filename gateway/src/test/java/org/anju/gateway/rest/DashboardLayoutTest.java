package org.anju.gateway.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard fits a phone and a desk: from 360 to 1400 px the page never scrolls sideways and the county chart
 * names all eleven counties, readable (inside the chart, none over another). Screenshots of the whole page at 390
 * and 1400 px, with representative data ({@link DashboardData}), in Chinese and English, go to
 * {@code target/screenshots/}; with {@code -Danju.docs.screenshots=true} the Chinese ones also to the repository's
 * {@code docs/} ({@code dashboard-390-zh.png}, {@code dashboard-1400-zh.png}, {@code dashboard-county-1400-zh.png}: how the
 * docs' were made). The county and site pages fit the same widths.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(EchoOriginResource.class)
class DashboardLayoutTest extends DashboardTestBase {

    @ParameterizedTest
    @ValueSource(ints = {360, 390, 1400})
    void fitsTheWindowAndNamesEveryCountyInChineseAndEnglish(int width) {
        try (DashboardBrowser browser = DashboardBrowser.open(page, width, 900)) {
            browser.load();
            assertFits(browser, width);
            assertEveryCountyNamed(browser, countyNames("zh"));

            String chinese = (String) browser.script("return document.body.getAttribute('data-loaded')");
            browser.driver().findElement(By.id("language")).click();
            browser.waitUntilLoaded(chinese);
            assertFits(browser, width);
            assertEveryCountyNamed(browser, countyNames("en"));
        }
    }

    /** 太谷: both its sites have households in the representative data. */
    private static final String TAIGU = "140703";

    @ParameterizedTest
    @ValueSource(ints = {360, 390, 1400})
    void theCountyAndSitePagesFitTheWindowInChineseAndEnglish(int width) {
        String site = given().get("/api/v1/counties/" + TAIGU + "/sites").then().statusCode(200).extract().jsonPath()
                .getString("sites.find { it.name == '太谷城区安置点' }.id");
        try (DashboardBrowser browser = DashboardBrowser.open(page, width, 900)) {
            for (String hash : List.of("#/county/" + TAIGU + "?asOf=2019-12-31", "#/site/" + site + "?county=" + TAIGU + "&asOf=2019-12-31")) {
                browser.load(hash);
                assertFits(browser, width);
                assertThat(browser.driver().findElement(By.id("back")).isDisplayed()).as("the way back at %d px", width).isTrue();
                String chinese = (String) browser.script("return document.body.getAttribute('data-loaded')");
                browser.driver().findElement(By.id("language")).click();
                browser.waitUntilLoaded(chinese);
                assertFits(browser, width);
                browser.driver().findElement(By.id("language")).click();
                browser.waitUntilLoaded((String) browser.script("return document.body.getAttribute('data-loaded')"));
            }
        }
    }

    @Test
    void screenshotsInChineseForTheDocsAndInEnglish() throws Exception {
        for (int width : new int[] {390, 1400}) {
            try (DashboardBrowser browser = DashboardBrowser.open(page, width, width > 600 ? 1000 : 844)) {
                browser.load();
                assertFits(browser, width);
                Path shot = Path.of("target", "screenshots", "dashboard-" + width + "-zh.png");
                browser.screenshot(shot);
                assertThat(Files.size(shot)).isGreaterThan(10_000);
                if (Boolean.getBoolean("anju.docs.screenshots")) {
                    Files.copy(shot, Path.of("..", "docs", shot.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                }
                // the English page too, for whoever reviews a change (not in the docs)
                String chinese = (String) browser.script("return document.body.getAttribute('data-loaded')");
                browser.driver().findElement(By.id("language")).click();
                browser.waitUntilLoaded(chinese);
                browser.screenshot(Path.of("target", "screenshots", "dashboard-" + width + "-en.png"));
            }
        }
        String site = given().get("/api/v1/counties/" + TAIGU + "/sites").then().statusCode(200).extract().jsonPath()
                .getString("sites.find { it.name == '太谷城区安置点' }.id");
        try (DashboardBrowser browser = DashboardBrowser.open(page, 1400, 1000)) {
            browser.load("#/county/" + TAIGU + "?asOf=2019-12-31");
            assertFits(browser, 1400);
            Path shot = Path.of("target", "screenshots", "dashboard-county-1400-zh.png");
            browser.screenshot(shot);
            assertThat(Files.size(shot)).isGreaterThan(10_000);
            if (Boolean.getBoolean("anju.docs.screenshots")) {
                Files.copy(shot, Path.of("..", "docs", shot.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
            browser.load("#/site/" + site + "?county=" + TAIGU + "&asOf=2019-12-31");
            browser.screenshot(Path.of("target", "screenshots", "dashboard-site-1400-zh.png"));
            browser.viewport(390, 844);
            browser.load("#/county/" + TAIGU + "?asOf=2019-12-31");
            browser.screenshot(Path.of("target", "screenshots", "dashboard-county-390-zh.png"));
        }
    }

    private static void assertFits(DashboardBrowser browser, int width) {
        Number inner = (Number) browser.script("return window.innerWidth");
        Number scroll = (Number) browser.script("return document.documentElement.scrollWidth");
        assertThat(inner.intValue()).isEqualTo(width);
        assertThat(scroll.intValue()).as("the page's width at %d px", width).isLessThanOrEqualTo(inner.intValue());
    }

    /** Each name is an SVG text of the county chart, displayed, inside the chart and the window, over no other name. */
    @SuppressWarnings("unchecked")
    private static void assertEveryCountyNamed(DashboardBrowser browser, List<String> names) {
        List<Map<String, Object>> labels = (List<Map<String, Object>>) browser.script("""
                var chart = document.getElementById('county-chart');
                var box = chart.getBoundingClientRect();
                var texts = Array.prototype.slice.call(chart.querySelectorAll('svg text'));
                return arguments[0].map(function (name) {
                  var text = texts.filter(function (t) { return t.textContent === name; })[0];
                  if (!text) { return { name: name, found: false }; }
                  var r = text.getBoundingClientRect();
                  var style = getComputedStyle(text);
                  return { name: name, found: true, left: r.left, right: r.right, top: r.top, bottom: r.bottom,
                    shown: r.width > 0 && r.height > 0 && style.display !== 'none' && style.visibility !== 'hidden'
                      && text.getAttribute('opacity') !== '0',
                    inside: r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1
                      && r.right <= window.innerWidth };
                });
                """, names);
        assertThat(labels).hasSize(11);
        for (Map<String, Object> label : labels) {
            assertThat(label).as("the county chart's label %s", label.get("name"))
                    .containsEntry("found", true).containsEntry("shown", true).containsEntry("inside", true);
        }
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                Map<String, Object> a = labels.get(i);
                Map<String, Object> b = labels.get(j);
                boolean apart = number(a, "bottom") <= number(b, "top") + 0.5 || number(b, "bottom") <= number(a, "top") + 0.5
                        || number(a, "right") <= number(b, "left") + 0.5 || number(b, "right") <= number(a, "left") + 0.5;
                assertThat(apart).as("%s and %s do not overlap", a.get("name"), b.get("name")).isTrue();
            }
        }
    }

    private static double number(Map<String, Object> label, String key) {
        return ((Number) label.get(key)).doubleValue();
    }

    private static List<String> countyNames(String language) {
        return given().get("/api/v1/counties").then().statusCode(200).extract().jsonPath().getList("counties.scope." + language);
    }
}
