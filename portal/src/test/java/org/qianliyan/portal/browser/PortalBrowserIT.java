package org.qianliyan.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qianliyan.portal.imports.DemoSeeding;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal in headless Chromium: the open-data record counts, the language switch, the staff gate, the frame's
 * notice while demo data is being generated.
 */
@ExtendWith(HeadlessChromium.class)
@PortalIntegrationTest
class PortalBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    DemoSeeding demoSeeding;

    @Test
    void open_data_page_shows_the_records_per_dataset_in_a_chart_from_the_index(WebDriver browser, WebDriverWait wait) {
        browser.get(url("open-data"));

        WebElement chart = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#opendata-counts-chart[data-rendered='true']")));
        assertThat(chart.findElements(By.tagName("canvas"))).isNotEmpty();
        assertThat(chart.getSize().getHeight()).isGreaterThan(100);
        assertThat(browser.findElement(By.id("opendata-counts")).getText())
                .contains("各数据集的记录数", "设施", "达标判定", "执法案件", "舆情文章");
    }

    @Test
    void language_switch_changes_the_labels_and_is_remembered(WebDriver browser, WebDriverWait wait) {
        browser.get(url(""));
        // The layout re-renders the navigation once after attach, so read it by locator, not by a held element.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nav-overview"), "首页"));

        browser.findElement(By.id("language-switch")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nav-overview"), "Overview"));
        assertThat(browser.findElement(By.cssSelector(".qly-page h1")).getText()).contains("Qianliyan");

        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nav-overview"), "Overview"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#overview-trends-chart[data-rendered='true']")));
        assertThat(browser.findElement(By.id("overview-exceedances")).getText()).contains("Latest exceedance days");
    }

    @Test
    void staff_pages_send_anonymous_visitors_to_the_login(WebDriver browser, WebDriverWait wait) {
        browser.get(url("staff/imports"));

        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
    }

    @Test
    void administrator_logs_in_and_reaches_the_imports_page(WebDriver browser, WebDriverWait wait) {
        HeadlessChromium.logInAsAdministrator(browser, wait, "http://localhost:" + port);

        browser.get(url("staff/imports"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".qly-page h1"), "数据导入"));
        assertThat(browser.getCurrentUrl()).endsWith("/staff/imports");
    }

    @Test
    void frame_says_demo_data_is_coming_while_a_seeder_is_at_work_and_not_after(WebDriver browser, WebDriverWait wait) {
        try (var underway = demoSeeding.begin()) {
            browser.get(url("incinerators"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("demo-seeding-notice"), "示例数据正在生成"));
        }

        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nav-overview"), "首页"));
        assertThat(browser.findElements(By.id("demo-seeding-notice"))).isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
