package org.anju.testing;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's chromium driven through its chromedriver, headless, for tests of the dashboard page. CI
 * installs both (.ci/run); elsewhere a test using it is skipped when they are missing. Modules that
 * use it declare selenium-java themselves (an optional dependency here).
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private final WebDriver driver;

    private HeadlessChromium(WebDriver driver) {
        this.driver = driver;
    }

    /** Whether a browser can be opened: always in CI, which must fail when it cannot. */
    public static boolean available() {
        return System.getenv("CI") != null || (CHROMIUM.canExecute() && CHROMEDRIVER.canExecute());
    }

    /** A browser with a window of the given size; the calling test is skipped when it is not {@link #available()}. */
    public static HeadlessChromium open(int width, int height) {
        assumeTrue(available(), "install Debian's chromium and chromium-driver to run the dashboard tests");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--window-size=" + width + "," + height, "--user-data-dir=" + Files.createTempDirectory("anju-chromium"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HeadlessChromium(new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(), options));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves what the window shows as a PNG. */
    public void screenshot(Path png) {
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), png, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
