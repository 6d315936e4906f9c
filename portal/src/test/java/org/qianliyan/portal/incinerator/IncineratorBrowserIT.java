package org.qianliyan.portal.incinerator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qianliyan.portal.browser.HeadlessChromium;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public's journey in headless Chromium: list → plant page → its compliance calendar
 * chart → the CSV download of its days.
 */
@ExtendWith(HeadlessChromium.class)
@PortalIntegrationTest
class IncineratorBrowserIT {

    @LocalServerPort
    int port;


    @Test
    void a_visitor_goes_from_the_list_to_a_plant_its_charts_and_its_csv(WebDriver browser, WebDriverWait wait) throws Exception {
        browser.get("http://localhost:" + port + "/incinerators");
        WebElement firstPlant = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#incinerator-grid vaadin-grid-cell-content a")));
        // Demo plants, or the real ones when another test of this shared context imported them first.
        String plantName = firstPlant.getText();
        assertThat(plantName).isNotBlank();
        assertThat(browser.findElement(By.id("incinerator-count")).getText()).containsPattern("\\d");

        firstPlant.click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".qly-page h1"), plantName));
        WebElement calendar = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#plant-calendar[data-rendered='true']")));
        assertThat(calendar.findElements(By.tagName("canvas"))).isNotEmpty();

        String csvUrl = browser.findElement(By.id("plant-csv")).getAttribute("href");
        HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csvUrl)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(csv.statusCode()).isEqualTo(200);
        byte[] body = csv.body();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst()).hasValueSatisfying(header -> assertThat(header).contains(","));
    }

    @Test
    void the_national_map_draws_the_plants_over_offline_province_outlines(WebDriver browser, WebDriverWait wait) {
        browser.get("http://localhost:" + port + "/incinerators/map");

        WebElement map = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#incinerator-map[data-rendered='true']")));
        assertThat(map.getAttribute("data-map-error")).isNull();
        assertThat(map.findElements(By.tagName("canvas"))).isNotEmpty();
    }
}
