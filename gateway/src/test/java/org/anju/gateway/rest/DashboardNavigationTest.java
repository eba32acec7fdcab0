package org.anju.gateway.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard in time and place: the as-of picker re-reads every figure as of its day, the trend spans the
 * programme's years by business date, a county's bar opens the county's page (its indicators, its sites, its trend),
 * a site's name its page; the URL's hash keeps the view, so a link reloads it and the back button returns.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(EchoOriginResource.class)
class DashboardNavigationTest extends DashboardTestBase {

    private static final String LINGSHI = "140729";
    private static final String TOWN_SITE = "灵石县城安置点";
    private static final String SECOND_SITE = "静升镇安置小区";

    @Test
    void pickingADayShowsTheApisFiguresAsOfThatDayAndTheBackButtonReturnsToToday() {
        try (DashboardBrowser browser = DashboardBrowser.open(page, 1400, 1000)) {
            browser.load();
            JsonPath today = given().get("/api/v1/indicators").then().statusCode(200).extract().jsonPath();
            assertThat(tile(browser, "relocation.people")).isEqualTo(String.format("%,d", today.getLong(value("relocation.people"))));
            assertThat(browser.script("return document.getElementById('as-of-date').max")).isEqualTo(todayInBeijing());
            String min = (String) browser.script("return document.getElementById('as-of-date').min");
            assertThat(min).as("the programme's first recorded month").isNotEmpty().isLessThanOrEqualTo("2016-03-01");
            assertTrendSpansYears(browser, todayInBeijing());

            browser.pickDay("2018-12-31");
            browser.waitForView("#/?asOf=2018-12-31");
            assertThat((String) browser.script("return location.hash")).isEqualTo("#/?asOf=2018-12-31");
            JsonPath asOf = given().get("/api/v1/indicators?asOf=2018-12-31").then().statusCode(200).extract().jsonPath();
            long people = asOf.getLong(value("relocation.people"));
            assertThat(people).as("the data's figures of 2018 differ from today's").isLessThan(today.getLong(value("relocation.people")));
            assertThat(tile(browser, "relocation.people")).isEqualTo(String.format("%,d", people));
            assertThat(tile(browser, "occupancy.rate")).isEqualTo(String.format("%.1f%%", asOf.getFloat(value("occupancy.rate")) * 100));
            assertThat(tile(browser, "poverty.lifted.rate")).isEqualTo(String.format("%.1f%%", asOf.getFloat(value("poverty.lifted.rate")) * 100));
            assertThat(text(browser, "#as-of-day")).isEqualTo("2018年12月31日");
            JsonPath counties = given().get("/api/v1/counties?asOf=2018-12-31").then().statusCode(200).extract().jsonPath();
            long lingshi = counties.getLong("counties.find { it.scope.code == '" + LINGSHI + "' }.indicators.find { it.id == 'relocation.people' }.value");
            assertThat(countyTableCell(browser, "灵石县")).isEqualTo(String.format("%,d", lingshi));
            assertTrendSpansYears(browser, "2018-12-31");

            String before = (String) browser.script("return document.body.getAttribute('data-loaded')");
            browser.driver().navigate().back();
            browser.waitForView("#/");
            assertThat(before).isNotNull();
            assertThat(browser.script("return document.getElementById('as-of-date').value")).isEqualTo(todayInBeijing());
            JsonPath now = given().get("/api/v1/indicators").then().statusCode(200).extract().jsonPath();
            assertThat(tile(browser, "relocation.people")).isEqualTo(String.format("%,d", now.getLong(value("relocation.people"))));
        }
    }

    @Test
    void aCountysBarOpensItsPageWithItsIndicatorsSitesAndTrendAndASitesNameItsPage() throws Exception {
        Path downloads = Path.of("target", "downloads", UUID.randomUUID().toString());
        try (DashboardBrowser browser = DashboardBrowser.open(page, 1400, 1000)) {
            browser.downloadsTo(downloads);
            browser.load("#/?asOf=2019-12-31");
            browser.clickCountyBar("灵石县");
            browser.waitForView("#/county/" + LINGSHI + "?asOf=2019-12-31");

            JsonPath county = given().get("/api/v1/indicators?county=" + LINGSHI + "&asOf=2019-12-31").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(text(browser, "#key-title")).isEqualTo("灵石县 · 关键指标");
            assertThat(tile(browser, "relocation.people")).isEqualTo(String.format("%,d", county.getLong(value("relocation.people"))));
            assertThat(tile(browser, "occupancy.rate")).isEqualTo(String.format("%.1f%%", county.getFloat(value("occupancy.rate")) * 100));
            assertThat(browser.driver().findElement(By.id("crumbs")).isDisplayed()).isTrue();
            assertThat(text(browser, "#crumb-list")).contains("晋中市").contains("灵石县");
            assertThat(text(browser, "#back")).isEqualTo("← 返回全市");
            assertThat(browser.driver().findElement(By.id("county-chart")).isDisplayed()).as("the city's comparison is not shown").isFalse();
            assertThat(browser.driver().findElement(By.id("trend-chart")).findElements(By.tagName("svg"))).isNotEmpty();

            JsonPath sites = given().get("/api/v1/counties/" + LINGSHI + "/sites?asOf=2019-12-31").then().statusCode(200).extract().jsonPath();
            List<String> names = sites.getList("sites.name");
            List<List<String>> rows = siteRows(browser);
            assertThat(rows.stream().map(row -> row.get(0)).toList()).as("every site, in the API's order").isEqualTo(names);
            for (String name : List.of(TOWN_SITE, SECOND_SITE)) {
                List<String> row = rows.stream().filter(r -> r.get(0).equals(name)).findFirst().orElseThrow();
                String site = "sites.find { it.name == '" + name + "' }.indicators";
                assertThat(row.get(2)).isEqualTo(String.format("%,d", sites.getLong(site + ".find { it.id == 'relocation.households' }.value")));
                assertThat(row.get(3)).isEqualTo(String.format("%,d", sites.getLong(site + ".find { it.id == 'relocation.people' }.value")));
                assertThat(row.get(4)).isEqualTo(String.format("%,d", sites.getLong(site + ".find { it.id == 'occupancy.households' }.value")));
                assertThat(row.get(5)).isEqualTo(rate(sites, site + ".find { it.id == 'occupancy.rate' }.value"));
            }
            assertThat(rows.stream().filter(r -> r.get(0).equals(TOWN_SITE)).findFirst().orElseThrow().get(1)).isEqualTo("县城安置");
            // the site table downloads like the others, named for the place and the day
            browser.driver().findElement(By.cssSelector("[data-export='sites'] button[data-format='csv']")).click();
            Path csv = downloaded(downloads, "晋中市-灵石县-安置点入住情况-2019-12-31.csv");
            List<String> lines = Files.readString(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
            assertThat(lines.get(0)).isEqualTo("安置点,安置方式,搬迁户数（户）,搬迁人口（人）,入住户数（户）,入住率");
            assertThat(lines).hasSize(names.size() + 1).anyMatch(line -> line.startsWith(TOWN_SITE + ",县城安置,"
                    + sites.getLong("sites.find { it.name == '" + TOWN_SITE + "' }.indicators.find { it.id == 'relocation.households' }.value") + ","));
            assertThat(rows.stream().filter(r -> r.get(0).equals(SECOND_SITE)).findFirst().orElseThrow().get(1)).isEqualTo("小区安置");

            // the site's page, from the county's site table
            String siteId = sites.getString("sites.find { it.name == '" + TOWN_SITE + "' }.id");
            browser.driver().findElement(By.linkText(TOWN_SITE)).click();
            browser.waitForView("#/site/" + siteId + "?county=" + LINGSHI + "&asOf=2019-12-31");
            String figures = "sites.find { it.id == '" + siteId + "' }.indicators";
            assertThat(tile(browser, "relocation.households")).isEqualTo(String.format("%,d", sites.getLong(figures + ".find { it.id == 'relocation.households' }.value")));
            assertThat(tile(browser, "relocation.people")).isEqualTo(String.format("%,d", sites.getLong(figures + ".find { it.id == 'relocation.people' }.value")));
            assertThat(tile(browser, "occupancy.households")).isEqualTo(String.format("%,d", sites.getLong(figures + ".find { it.id == 'occupancy.households' }.value")));
            assertThat(tile(browser, "occupancy.rate")).isEqualTo(rate(sites, figures + ".find { it.id == 'occupancy.rate' }.value"));
            assertThat(browser.driver().findElements(By.cssSelector("#tiles .tile"))).hasSize(4);
            assertThat(text(browser, "#key-title")).isEqualTo(TOWN_SITE + " · 入住情况");
            assertThat(text(browser, "#site-place")).contains("灵石县").contains("县城安置").contains("按搬迁人口排名");
            assertThat(text(browser, "#site-note")).contains("/api/v1/sites/" + siteId + "/indicators").contains("已登录");
            assertThat(text(browser, "#back")).isEqualTo("← 返回灵石县");

            browser.driver().findElement(By.id("language")).click();
            browser.waitUntilLoaded((String) browser.script("return document.body.getAttribute('data-loaded')"));
            assertThat(text(browser, "#site-note")).contains("signed-in officers").contains("/api/v1/sites/" + siteId + "/indicators");
            assertThat(text(browser, "#site-place")).contains("Lingshi").contains("county-town placement");
            browser.driver().findElement(By.id("language")).click();

            browser.driver().findElement(By.id("back")).click();
            browser.waitForView("#/county/" + LINGSHI + "?asOf=2019-12-31");
            browser.driver().findElement(By.id("back")).click();
            browser.waitForView("#/?asOf=2019-12-31");
            assertThat(browser.driver().findElement(By.id("county-chart")).isDisplayed()).isTrue();
        }
    }

    @Test
    void theCountyTableOpensACountyAndAReloadOfACountyLinkWithAsOfRestoresTheView() {
        try (DashboardBrowser browser = DashboardBrowser.open(page, 1400, 1000)) {
            browser.load();
            browser.driver().findElement(By.cssSelector("#county-table")).findElement(By.linkText("灵石县")).click();
            browser.waitForView("#/county/" + LINGSHI);
            browser.pickDay("2017-06-30");
            String hash = "#/county/" + LINGSHI + "?asOf=2017-06-30";
            browser.waitForView(hash);

            for (int reload = 0; reload < 2; reload++) {
                if (reload == 0) {
                    browser.driver().navigate().refresh();
                } else {
                    browser.driver().get("about:blank");
                    browser.load(hash);
                }
                browser.waitForView(hash);
                assertThat(browser.script("return document.getElementById('as-of-date').value")).isEqualTo("2017-06-30");
                assertThat(text(browser, "#as-of-day")).isEqualTo("2017年6月30日");
                JsonPath county = given().get("/api/v1/indicators?county=" + LINGSHI + "&asOf=2017-06-30").then().statusCode(200)
                        .extract().jsonPath();
                assertThat(tile(browser, "relocation.people")).isEqualTo(String.format("%,d", county.getLong(value("relocation.people"))));
                JsonPath sites = given().get("/api/v1/counties/" + LINGSHI + "/sites?asOf=2017-06-30").then().statusCode(200).extract().jsonPath();
                List<String> row = siteRows(browser).stream().filter(r -> r.get(0).equals(TOWN_SITE)).findFirst().orElseThrow();
                assertThat(row.get(3)).isEqualTo(String.format("%,d",
                        sites.getLong("sites.find { it.name == '" + TOWN_SITE + "' }.indicators.find { it.id == 'relocation.people' }.value")));
                assertTrendSpansYears(browser, "2017-06-30");
            }
        }
    }

    /** The trend's points run by business date from the programme's first year to the day shown, over several years. */
    private static void assertTrendSpansYears(DashboardBrowser browser, String last) {
        String first = (String) browser.script("return document.getElementById('trend-chart').getAttribute('data-first')");
        assertThat(first).as("the trend starts in the programme's first year").isLessThanOrEqualTo("2016-12-31");
        assertThat(browser.script("return document.getElementById('trend-chart').getAttribute('data-last')")).isEqualTo(last);
        String labels = (String) browser.script("return document.querySelector('#trend-chart svg').textContent");
        TreeSet<String> years = new TreeSet<>();
        Matcher year = Pattern.compile("(\\d{4})年").matcher(labels);
        while (year.find()) {
            years.add(year.group(1));
        }
        assertThat(years).as("the trend's axis names several years").hasSizeGreaterThanOrEqualTo(2);
    }

    /** A rate as the page shows it: 95.3%, or a dash without a denominator. */
    private static String rate(JsonPath json, String path) {
        Object value = json.get(path);
        return value == null ? "—" : String.format("%.1f%%", ((Number) value).floatValue() * 100);
    }

    private static Path downloaded(Path directory, String name) {
        Path file = directory.resolve(name);
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.isRegularFile(file) && Files.size(file) > 0);
        return file;
    }

    private static String value(String id) {
        return "indicators.find { it.id == '" + id + "' }.value";
    }

    private static String tile(DashboardBrowser browser, String id) {
        return text(browser, "[data-indicator='" + id + "'] .value");
    }

    private static String text(DashboardBrowser browser, String css) {
        return browser.driver().findElement(By.cssSelector(css)).getText();
    }

    private static String countyTableCell(DashboardBrowser browser, String county) {
        for (WebElement row : browser.driver().findElements(By.cssSelector("#county-table tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            if (cells.get(0).getText().equals(county)) {
                return cells.get(2).getText();
            }
        }
        throw new AssertionError("no row of " + county);
    }

    private static List<List<String>> siteRows(DashboardBrowser browser) {
        return browser.driver().findElements(By.cssSelector("#site-table tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .toList();
    }

    private static String todayInBeijing() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }
}
