package org.kirok.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) driving the real server. Flags keep it off
 * the network it cannot reach. Close it after use.
 */
public final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** Generous: CI runs the suite on two busy cores. */
    private static final int WAIT_SECONDS = 20;

    private final WebDriver driver;
    private final String base;
    private final Path profile;

    private Browser(WebDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    public static Browser open(String baseUrl, String acceptLanguage) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "sudo apt-get install chromium chromium-driver (the CI script .ci/run installs them)");
        }
        try {
            Path profile = Files.createTempDirectory("kirok-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toString());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=" + acceptLanguage,
                    "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguage));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ofMillis(0));
            return new Browser(driver, baseUrl, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public Browser type(By by, String text) {
        WebElement element = find(by);
        element.clear();
        element.sendKeys(text);
        return this;
    }

    public Browser click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(by)).click();
        return this;
    }

    /** Types into a type-ahead picker and chooses the first suggestion that contains {@code expected}. */
    public Browser choose(String fieldName, String query, String expected) {
        By input = By.cssSelector("input[name='" + fieldName + "_label']");
        type(input, query);
        By option = By.xpath("//input[@name='" + fieldName + "_label']/following-sibling::ul[@role='listbox']"
                + "/li[contains(., '" + expected + "')]");
        click(option);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !d.findElement(
                By.cssSelector("input[name='" + fieldName + "']")).getDomAttribute("value").isEmpty()
                || !d.findElement(By.cssSelector("input[name='" + fieldName + "']")).getDomProperty("value").isEmpty());
        return this;
    }

    /** The element's text, read again if htmx replaced the element between finding and reading it. */
    public String text(By by) {
        for (int attempt = 0; ; attempt++) {
            try {
                return find(by).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 20) {
                    throw e;
                }
            }
        }
    }

    public Browser waitForText(String text) {
        return waitUntil(d -> d.getPageSource().contains(text), "text '" + text + "'");
    }

    public Browser waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        return waitUntil(condition, "condition");
    }

    private Browser waitUntil(java.util.function.Function<WebDriver, Boolean> condition, String what) {
        try {
            // htmx swaps fragments while we look: an element found a moment ago may be gone, so look again
            new WebDriverWait(driver, Duration.ofSeconds(WAIT_SECONDS))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(condition::apply);
            return this;
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("waited " + WAIT_SECONDS + " s for " + what + " on " + path() + "; page saved to " + dump(), e);
        }
    }

    /** Saves the page's HTML and a screenshot under target/browser-failures, for the person reading a failure. */
    public Path dump() {
        try {
            Path directory = Files.createDirectories(Path.of("target", "browser-failures"));
            String name = "page-" + System.currentTimeMillis();
            Files.writeString(directory.resolve(name + ".html"), driver.getPageSource());
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(directory.resolve(name + ".png"), png);
            return directory.resolve(name + ".png").toAbsolutePath();
        } catch (IOException e) {
            return Path.of("(could not save: " + e.getMessage() + ")");
        }
    }

    public String page() {
        return driver.getPageSource();
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.substring(base.length());
    }

    public WebDriver driver() {
        return driver;
    }

    /** Logs in through the form, giving the second factor when asked for it. */
    public Browser login(String username, String password, java.util.function.Supplier<String> code) {
        login(username, password);
        if (path().startsWith("/login/totp")) {
            type(By.name("code"), code.get());
            click(By.cssSelector("form[action='/login/totp'] button[type=submit]"));
            waitUntil(d -> !path().startsWith("/login/totp") || d.getPageSource().contains("role=\"alert\""),
                    "the second factor to be accepted");
        }
        return this;
    }

    /** Logs in through the form. */
    public Browser login(String username, String password) {
        go("/login");
        type(By.name("username"), username);
        type(By.name("password"), password);
        click(By.cssSelector("form[action='/login'] button[type=submit]"));
        // the click returns before the navigation: wait until the answer to the form has loaded
        return waitUntil(d -> !(path().equals("/login") || path().startsWith("/login?"))
                || d.getPageSource().contains("role=\"alert\""), "the login to complete");
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
