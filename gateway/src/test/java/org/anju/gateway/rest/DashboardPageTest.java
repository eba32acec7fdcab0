package org.anju.gateway.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.anju.testing.HeadlessChromium;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The dashboard in a real headless Chromium shows the gateway's own figures. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(EchoOriginResource.class)
class DashboardPageTest {

    @TestHTTPResource("/")
    URL page;

    HeadlessChromium chromium;
    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        chromium = HeadlessChromium.open(1400, 1800);
        browser = chromium.driver();
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theTilesShowTheGatewaysFiguresInChineseAndEnglish() throws Exception {
        String site = UUID.randomUUID().toString();
        try (var events = GatewayFixtures.fixtures()) {
            events.publish("HouseholdMovedIn", GatewayFixtures.household(UUID.randomUUID().toString(), 3, "140729", site,
                    "REGISTERED_POOR", 5, "MOVED_IN", "IN_POVERTY", "TO_DEMOLISH"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> county("140729").getInt("indicators.find { it.id == 'relocation.people' }.value") >= 5);
        JsonPath city = given().get("/api/v1/indicators").then().statusCode(200).extract().jsonPath();
        int people = city.getInt("indicators.find { it.id == 'relocation.people' }.value");
        float occupancy = city.getFloat("indicators.find { it.id == 'occupancy.rate' }.value");

        browser.get(page.toString());
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver ->
                !driver.findElements(By.cssSelector("[data-indicator='relocation.people'] .value")).isEmpty());

        assertThat(tile("relocation.people")).isEqualTo(String.format("%,d", people));
        assertThat(tile("occupancy.rate")).isEqualTo(String.format("%.1f%%", occupancy * 100));
        assertThat(browser.findElement(By.cssSelector("[data-indicator='relocation.people'] .label")).getText()).isEqualTo("搬迁人口");
        assertThat(browser.findElement(By.id("county-chart")).findElements(By.tagName("svg"))).isNotEmpty();
        assertThat(browser.findElement(By.id("ops-status")).getAttribute("data-status")).isIn("UP", "DEGRADED", "DOWN");
        assertThat(browser.findElement(By.id("ops-status")).getText()).isIn("运行正常", "部分异常", "服务中断");

        browser.findElement(By.id("language")).click();
        assertThat(browser.findElement(By.cssSelector("[data-indicator='relocation.people'] .label")).getText()).isEqualTo("Relocated people");

        chromium.screenshot(Path.of("target", "dashboard.png"));
    }

    private String tile(String id) {
        return browser.findElement(By.cssSelector("[data-indicator='" + id + "'] .value")).getText();
    }

    private static JsonPath county(String code) {
        return given().get("/api/v1/indicators?county=" + code).then().statusCode(200).extract().jsonPath();
    }
}
