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
