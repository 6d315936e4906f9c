package org.qianliyan.portal.crawl.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qianliyan.crawler.source.FieldSelectors;
import org.qianliyan.crawler.source.SourceKind;
import org.qianliyan.crawler.source.SourceProfile;
import org.qianliyan.portal.browser.HeadlessChromium;
import org.qianliyan.portal.crawl.sources.SourceRepository;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Sources page in headless Chromium: a flagged source is shown blocked; staff add a source as JSON. */
@ExtendWith(HeadlessChromium.class)
@PortalIntegrationTest
class SourcesPageBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    SourceRepository sources;


    @Test
    void staff_see_a_flagged_source_and_add_a_new_one_as_json(WebDriver browser, WebDriverWait wait) {
        sources.save(new SourceProfile("flagged-site", "Flagged site", SourceKind.SITE, List.of("https://example.cn/list/"),
                null, null, FieldSelectors.NONE, List.of(), Map.of(), null, true), Instant.now());
        sources.flagBlocked("flagged-site", "captcha page", Instant.now());
        HeadlessChromium.logInAsAdministrator(browser, wait, "http://localhost:" + port);

        browser.get(url("staff/sources"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".qly-page h1"), "数据源"));
        WebElement grid = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("crawl-sources")));
        wait.until(d -> grid.getText().contains("flagged-site"));
        assertThat(grid.getText()).contains("被拦截");

        browser.findElement(By.id("crawl-source-add")).click();
        WebElement json = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#crawl-source-json textarea")));
        json.clear();
        json.sendKeys("{\"id\": \"added-in-browser\", \"name\": \"Added\", \"kind\": \"RSS\", "
                + "\"seedUrls\": [\"https://example.cn/feed.xml\"], \"enabled\": false}");
        browser.findElement(By.id("crawl-source-save")).click();

        wait.until(d -> d.findElement(By.id("crawl-sources")).getText().contains("added-in-browser"));
        assertThat(sources.find("added-in-browser")).hasValueSatisfying(s -> {
            assertThat(s.profile().kind()).isEqualTo(SourceKind.RSS);
            assertThat(s.profile().enabled()).isFalse();
        });
    }

    @Test
    void a_source_with_a_file_or_loopback_shorthand_seed_is_refused_in_the_dialog_and_not_saved(WebDriver browser,
            WebDriverWait wait) {
        HeadlessChromium.logInAsAdministrator(browser, wait, "http://localhost:" + port);
        browser.get(url("staff/sources"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("crawl-sources")));

        browser.findElement(By.id("crawl-source-add")).click();
        WebElement json = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#crawl-source-json textarea")));
        for (String seed : List.of("file:///etc/passwd", "http://127.1/")) {
            json.clear();
            json.sendKeys("{\"id\": \"bad-seed-in-browser\", \"kind\": \"SITE\", \"seedUrls\": [\"" + seed + "\"]}");
            browser.findElement(By.id("crawl-source-save")).click();
            wait.until(d -> d.findElement(By.cssSelector("vaadin-dialog-overlay .qly-error")).getText().contains(seed));
        }
        assertThat(sources.find("bad-seed-in-browser")).isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
