package org.qianliyan.portal.opinion.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qianliyan.portal.browser.HeadlessChromium;
import org.qianliyan.portal.opinion.intake.PostFields;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.opinion.alert.Alert;
import org.qianliyan.portal.opinion.alert.AlertKind;
import org.qianliyan.portal.opinion.alert.AlertStatus;
import org.qianliyan.portal.opinion.alert.AlertStore;
import org.qianliyan.portal.opinion.alert.PlantedPosts;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The staff journey in headless Chromium: log in, open the alert list, acknowledge an alert,
 * open a post and confirm it as a complaint; and the public plant page, which shows the
 * confirmed complaints as counts only.
 */
@ExtendWith(HeadlessChromium.class)
@PortalIntegrationTest
class ReviewBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    IndexSchema schema;
    @Autowired
    AlertStore alerts;
    @Autowired
    PostReviewing reviewing;

    @Test
    void staff_acknowledge_an_alert_then_confirm_a_complaint_on_its_post(WebDriver browser, WebDriverWait wait) throws Exception {
        String facility = "it-browser-plant-" + UUID.randomUUID().toString().substring(0, 8);
        String post = new PlantedPosts(client, schema.alias("posts")).post(facility, "NEGATIVE", false, Instant.now(),
                "居民乙", "厂区附近夜里噪声很大");
        Instant now = Instant.now();
        Alert alert = new Alert("it-" + UUID.randomUUID(), AlertKind.FACILITY_NEGATIVE_SURGE, "facility", facility, facility,
                now.minusSeconds(3600), now, now, 12, 1, 9.5, null, AlertStatus.OPEN, null,
                List.of(new Alert.AlertEvent(now, "system", "raised", "")), List.of());
        alerts.createIfAbsent(alert);
        HeadlessChromium.logInAsAdministrator(browser, wait, base());

        browser.get(base() + "/staff/opinion/alerts?status=open");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("alert-acknowledge-" + alert.id()))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("alert-acknowledge-" + alert.id())));
        assertThat(alerts.find(alert.id())).hasValueSatisfying(a -> {
            assertThat(a.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
            assertThat(a.history()).extracting(Alert.AlertEvent::user).containsExactly("system", "admin");
        });

        browser.get(base() + "/staff/opinion/posts/" + post);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-text"), "厂区附近夜里噪声很大"));
        assertThat(browser.findElement(By.id("review-complaint-state")).getText()).isEqualTo("不是投诉");
        browser.findElement(By.cssSelector("#review-note input")).sendKeys("电话核实");
        browser.findElement(By.id("review-complaint-mark")).click();

        wait.until(ExpectedConditions.textToBe(By.id("review-complaint-state"), "是投诉"));
        assertThat(browser.findElement(By.id("review-history")).getText()).contains("确认为投诉").contains("电话核实");
        assertThat(reviewing.find(post)).hasValueSatisfying(r -> assertThat(r.review().complaint()).isTrue());
    }

    @Test
    void the_public_plant_page_shows_confirmed_complaints_as_counts_only(WebDriver browser, WebDriverWait wait) throws Exception {
        browser.get(base() + "/incinerators");
        WebElement firstPlant = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#incinerator-grid vaadin-grid-cell-content a")));
        String href = firstPlant.getAttribute("href");
        String plant = href.substring(href.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        Instant published = Instant.parse("2026-09-15T04:00:00Z");
        String post = new PlantedPosts(client, schema.alias("posts")).post("it-unrelated", "NEGATIVE", false, published,
                "投诉人丙", "这家焚烧厂的黑烟熏得人睁不开眼");
        // Complaints come from people's posts, which the public never reads one by one (DESIGN §8); an article of an
        // institutional source would be public coverage of the plant.
        client.update(u -> u.index(schema.alias("posts")).id(post).doc(Map.of(PostFields.KIND, "WEIBO"))
                .refresh(Refresh.True), Map.class);
        reviewing.review(post, "admin", new ReviewChange(true, null, List.of("AIR"), plant, null, null, "核实"));

        browser.get(base() + "/incinerators/" + plant);
        WebElement panel = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirmed-complaints")));
        String month = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneId.of("Asia/Shanghai")).format(published);
        wait.until(d -> panel.getText().contains(month));

        assertThat(panel.getText()).contains("大气").doesNotContain("投诉人丙").doesNotContain("黑烟");
        assertThat(browser.getPageSource()).doesNotContain("投诉人丙").doesNotContain("熏得人睁不开眼");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
