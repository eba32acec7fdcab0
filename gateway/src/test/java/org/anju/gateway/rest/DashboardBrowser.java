package org.anju.gateway.rest;

import org.anju.testing.HeadlessChromium;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The dashboard in a headless Chromium at a given viewport (emulated through the DevTools protocol: exact widths,
 * phones as phones), optionally in another time zone, with what the tests read from it.
 */
final class DashboardBrowser implements AutoCloseable {

    private final HeadlessChromium chromium;
    private final ChromeDriver driver;
    private final URL page;

    private DashboardBrowser(HeadlessChromium chromium, URL page) {
        this.chromium = chromium;
        this.driver = (ChromeDriver) chromium.driver();
        this.page = page;
    }

    static DashboardBrowser open(URL page, int width, int height) {
        DashboardBrowser browser = new DashboardBrowser(HeadlessChromium.open(Math.max(width, 500), height), page);
        browser.viewport(width, height);
        return browser;
    }

    /** The layout viewport: a phone (≤ 600 px, touch, overlay scroll bars) or a desk's window. */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width <= 600));
    }

    void timeZone(String zone) {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
    }

    void downloadsTo(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", directory.toAbsolutePath().toString()));
    }

    /** Opens (or opens again) the page and waits until it has shown the API's figures. */
    void load() {
        driver.get(page.toString());
        waitUntilLoaded(null);
    }

    /** Opens the page at a place and day ({@code #/county/140729?asOf=2019-12-31}) and waits until it shows that view's figures. */
    void load(String hash) {
        driver.get(page.toString() + hash);
        waitForView(hash);
    }

    /**
     * Waits until the page shows the figures of {@code hash} (its {@code data-route}, set once every figure of the
     * view has been read) and returns the stamp of that refresh.
     */
    String waitForView(String hash) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> hash.equals(script("return document.body.getAttribute('data-route')")));
        return waitUntilLoaded(null);
    }

    /** Picks a day in the as-of picker, as a reader does (the input's value, then its change event). */
    void pickDay(String day) {
        script("var input = document.getElementById('as-of-date'); input.value = arguments[0];"
                + " input.dispatchEvent(new Event('input', { bubbles: true })); input.dispatchEvent(new Event('change', { bubbles: true }));", day);
    }

    /** Clicks the middle of a county's bar in the county chart with the mouse (through the DevTools protocol). */
    @SuppressWarnings("unchecked")
    void clickCountyBar(String countyName) {
        Map<String, Object> at = (Map<String, Object>) script("""
                var node = document.getElementById('county-chart');
                node.scrollIntoView({ block: 'center' });
                var chart = echarts.getInstanceByDom(node);
                var option = chart.getOption();
                var index = option.yAxis[0].data.indexOf(arguments[0]);
                if (index < 0) { return null; }
                var value = option.series[0].data[index];
                var point = chart.convertToPixel({ seriesIndex: 0 }, [(value || 0) / 2, index]);
                var box = node.getBoundingClientRect();
                return { x: Math.round(box.left + point[0]), y: Math.round(box.top + point[1]) };
                """, countyName);
        if (at == null) {
            throw new AssertionError("the county chart has no bar named " + countyName);
        }
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToLocation(((Number) at.get("x")).intValue(), ((Number) at.get("y")).intValue()).click().perform();
    }

    /** Waits for the page's next refresh after {@code previous} (its {@code data-loaded} stamp), or for its first. */
    String waitUntilLoaded(String previous) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            Object loaded = script("return document.body.getAttribute('data-loaded')");
            return loaded != null && !Objects.equals(loaded, previous);
        });
        return (String) script("return document.body.getAttribute('data-loaded')");
    }

    /** Makes the page refresh now, as it does when it becomes visible again, and waits until it has. */
    void refreshNow() {
        String previous = (String) script("return document.body.getAttribute('data-loaded')");
        script("document.dispatchEvent(new Event('visibilitychange'))");
        waitUntilLoaded(previous);
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> resources(String nameContains) {
        return (List<Map<String, Object>>) script("var part = arguments[0]; return performance.getEntriesByType('resource')"
                + ".filter(function (e) { return e.name.indexOf(part) >= 0; })"
                + ".map(function (e) { return { name: e.name, status: e.responseStatus, transferSize: e.transferSize,"
                + " encodedBodySize: e.encodedBodySize }; })", nameContains);
    }

    /** A PNG of the whole page, not just the viewport. */
    void screenshot(Path png) {
        Number width = (Number) script("return document.documentElement.clientWidth");
        Number height = (Number) script("return document.documentElement.scrollHeight");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        chromium.close();
    }
}
