package org.qianliyan.portal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.qianliyan.testkit.Fixtures;

/**
 * Debian's Chromium driven by Debian's chromedriver, headless, with a fresh profile, as a
 * JUnit extension: a test method declares a {@link WebDriver} (and a {@link WebDriverWait}
 * on it) as parameters and gets a browser of its own, quit after the method. Tests are
 * skipped with a message where the packages are missing ({@code .ci/run} installs them).
 *
 * <pre>{@code
 * @ExtendWith(HeadlessChromium.class)
 * class SomeBrowserIT {
 *     @Test
 *     void shows_the_overview(WebDriver browser, WebDriverWait wait) { ... }
 * }
 * }</pre>
 */
public final class HeadlessChromium implements ParameterResolver {

    private static final Path CHROMIUM = Path.of(System.getProperty("qianliyan.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("qianliyan.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(HeadlessChromium.class);

    /** Quits the browser when the test method's store is closed. */
    private record Session(ChromeDriver driver) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            driver.quit();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == WebDriver.class || type == WebDriverWait.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ChromeDriver driver = context.getStore(NAMESPACE)
                .getOrComputeIfAbsent("session", key -> new Session(start()), Session.class).driver();
        return parameter.getParameter().getType() == WebDriver.class ? driver : new WebDriverWait(driver, PATIENCE);
    }

    /** Logs in as the test administrator through the login page of the portal at {@code baseUrl}. */
    public static void logInAsAdministrator(WebDriver browser, WebDriverWait wait, String baseUrl) {
        logIn(browser, wait, baseUrl, "admin", PortalIntegrationTest.ADMIN_PASSWORD);
    }

    /** Logs in as {@code user} through the login page of the portal at {@code baseUrl}. */
    public static void logIn(WebDriver browser, WebDriverWait wait, String baseUrl, String user, String password) {
        browser.get(baseUrl + "/login");
        WebElement username = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        username.sendKeys(user);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-button[slot='submit'], button[type='submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
    }

    private static ChromeDriver start() {
        Fixtures.assumeAvailable(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests need chromium and chromium-driver (Debian packages)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The browser console is kept, so tests can read what the page logged (such as CSP violations).
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + freshProfile());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PATIENCE);
        return driver;
    }

    private static String freshProfile() {
        try {
            Path profile = Files.createTempDirectory("qianliyan-chromium-");
            profile.toFile().deleteOnExit();
            return profile.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
