package org.qianliyan.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qianliyan.portal.browser.HeadlessChromium;
import org.qianliyan.portal.enforcement.imports.CaseImportService;
import org.qianliyan.portal.incinerator.imports.ImportProgress;
import org.qianliyan.portal.incinerator.imports.LjgkFiles;
import org.qianliyan.portal.incinerator.imports.LjgkImporter;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.qianliyan.testkit.PublicDataExcerpts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Content-Security-Policy against the real pages in Chromium, and an administrator's user management. */
@ExtendWith(HeadlessChromium.class)
@PortalIntegrationTest
class SecurityBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    CaseImportService cases;

    @Autowired
    LjgkImporter plants;

    @Test
    void every_public_page_loads_without_a_content_security_policy_violation(WebDriver browser, WebDriverWait wait,
            @TempDir Path dir) throws Exception {
        importPlantsAndCases(dir);
        List<String> pages = new ArrayList<>(List.of("/", "/incinerators", "/incinerators/map", "/enforcement",
                "/search?q=垃圾焚烧", "/open-data", "/login"));
        firstId("/api/v1/facilities").ifPresent(id -> pages.add("/incinerators/" + id));
        firstId("/api/v1/cases").ifPresent(id -> pages.add("/enforcement/" + id));
        assertThat(pages).as("a plant page and a case page are among the pages").hasSize(9);

        for (String page : pages) {
            browser.get(url(page));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".qly-page, vaadin-login-form")));
            wait.until(driver -> ((JavascriptExecutor) driver).executeScript("return document.readyState").equals("complete"));
            assertThat(violations(browser)).as("CSP violations on %s", page).isEmpty();
        }

        // The check itself can fail: a script from another origin is refused and the refusal is seen.
        ((JavascriptExecutor) browser).executeScript("const s = document.createElement('script');"
                + " s.src = 'https://scripts.example.org/x.js'; document.head.appendChild(s);");
        wait.until(driver -> !violations(driver).isEmpty());
    }

    @Test
    void an_administrator_adds_a_staff_member_who_then_logs_in_but_cannot_manage_users_sources_or_imports(
            WebDriver browser, WebDriverWait wait) {
        String name = "reporter-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Morning-tide-" + UUID.randomUUID().toString().substring(0, 4);
        HeadlessChromium.logInAsAdministrator(browser, wait, url(""));

        browser.get(url("/staff/users"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#user-name input"))).sendKeys(name);
        browser.findElement(By.cssSelector("#user-password input")).sendKeys(password);
        browser.findElement(By.cssSelector("#user-password-repeat input")).sendKeys(password);
        browser.findElement(By.id("user-add")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users"), name));

        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-link")));
        HeadlessChromium.logIn(browser, wait, url(""), name.toUpperCase(), password);

        browser.get(url("/staff/account"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-who"), name));
        browser.get(url("/staff/opinion/alerts"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("alerts-grid")));
        assertThat(browser.findElements(By.cssSelector("vaadin-side-nav-item[path$='staff/opinion/alerts']")))
                .as("the staff navigation is there").isNotEmpty();
        for (String administrators : List.of("staff/users", "staff/sources", "staff/imports")) {
            assertThat(browser.findElements(By.cssSelector("vaadin-side-nav-item[path$='" + administrators + "']")))
                    .as("no navigation entry to %s for a staff member", administrators).isEmpty();
        }

        browser.get(url("/staff/users"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".qly-page h1")));
        assertThat(browser.findElements(By.id("users"))).as("a staff member does not see the user list").isEmpty();
        browser.get(url("/staff/sources"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".qly-page h1")));
        assertThat(browser.findElements(By.id("crawl-sources"))).as("a staff member does not see the sources").isEmpty();
        browser.get(url("/staff/imports"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".qly-page h1")));
        assertThat(browser.findElement(By.cssSelector(".qly-page h1")).getText())
                .as("a staff member gets the not-found page instead of the imports").isIn("页面不存在", "Page not found");
    }

    /**
     * Plants and cases of this test's own (the committed excerpts): the demo data are gone once
     * any test of the shared context, or this import itself, has imported real data.
     */
    private void importPlantsAndCases(Path dir) throws Exception {
        plants.importFiles(new LjgkFiles(PublicDataExcerpts.ljgkPlants(), null, null), false, false, ImportProgress.NONE);
        Path file = dir.resolve("cases-national.csv");
        try (InputStream committed = getClass().getResourceAsStream("/enforcement/cases-national.csv")) {
            Files.copy(committed, file);
        }
        assertThat(cases.importFile(file.getFileName().toString(), file, false, rows -> { }).written()).isPositive();
    }

    private static List<String> violations(WebDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                .toList();
    }

    /** The id of the first item an open-data list endpoint returns, if it has any. */
    private Optional<String> firstId(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode id = new ObjectMapper().readTree(response.body()).findValue("id");
        return id == null ? Optional.empty() : Optional.of(id.asText());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
