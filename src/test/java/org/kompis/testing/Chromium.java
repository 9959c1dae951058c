package org.kompis.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The one headless browser of the browser tests: Debian's chromium driven through its chromedriver (nothing is
 * downloaded), one per test class. Waits are on conditions, polled, with bounds generous enough for a machine
 * running other builds; a browser test never sleeps. Without chromium every browser test is skipped, says why on
 * the console (and the build's enforcer rule repeats it in the summary).
 */
public final class Chromium implements AutoCloseable {
    public static final Path BINARY = Path.of(System.getProperty("sandbox.chromium", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(System.getProperty("sandbox.chromedriver", "/usr/bin/chromedriver"));
    public static final String MISSING = "The browser tests need Debian's chromium and chromium-driver (" + BINARY
            + ", " + DRIVER + "). Install them: sudo apt-get install -y chromium chromium-driver (.ci/run does).";

    /** How long a condition may take to come true: minutes of load can slow the page, never this much. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final AtomicBoolean TOLD = new AtomicBoolean();

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Chromium(ChromeDriver driver) {
        this.driver = driver;
        // The pages re-render when their state changes: an element found a moment ago may be gone, so look again.
        this.wait = (WebDriverWait) new WebDriverWait(driver, PATIENCE, Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class);
    }

    public static boolean present() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    /** Skips the calling test (or class) when chromium is missing, with a banner on the console the first time. */
    public static void assumePresent() {
        if (!present() && TOLD.compareAndSet(false, true)) {
            System.out.println("\n" + "!".repeat(100) + "\n!! SKIPPED: " + MISSING + "\n" + "!".repeat(100) + "\n");
        }
        Assumptions.assumeTrue(present(), MISSING);
    }

    /** A fresh browser (its own profile: no cookies or storage from another class), or a skip without chromium. */
    public static Chromium start() {
        assumePresent();
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BINARY.toFile());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--user-data-dir=" + Files.createTempDirectory("kompis-chromium"),
                    "--lang=en-GB");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile())
                    .withTimeout(Duration.ofSeconds(60))
                    .build();
            ChromeDriver chrome = new ChromeDriver(service, options);
            chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            chrome.manage().timeouts().scriptTimeout(PATIENCE);
            return new Chromium(chrome);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Waits (at most {@link #PATIENCE}) until {@code condition} gives something other than null or false. */
    public <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    /** Waits until {@code by} finds an element: after a click that navigates, the next page may not be there yet. */
    public WebElement find(By by) {
        return until(d -> d.findElements(by).stream().findFirst().orElse(null));
    }

    public Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** The viewport (not the window) at this size, as a person's screen would show the page. */
    public void viewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long innerW = (Long) js("return window.innerWidth");
        long innerH = (Long) js("return window.innerHeight");
        driver.manage()
                .window()
                .setSize(new Dimension(width + (int) (width - innerW), height + (int) (height - innerH)));
    }

    /** Saves what the viewport shows to target/{name}.png, to be looked at as well as asserted on. */
    public Path screenshot(String name) {
        try {
            Path file = Path.of("target", name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
