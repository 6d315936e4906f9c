package org.qianliyan.portal.incinerator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.enforcement.domain.EnforcementCase;
import org.qianliyan.portal.enforcement.domain.FacilityLink;
import org.qianliyan.portal.enforcement.domain.LinkBasis;
import org.qianliyan.portal.enforcement.domain.Region;
import org.qianliyan.portal.enforcement.store.CaseWriter;
import org.qianliyan.portal.incinerator.domain.Plant;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public's journeys in headless Chromium: list → plant page → its compliance calendar
 * chart → the CSV download of its days; a plant page with its coverage and follow feed, its
 * case leading back to it, and an article in search linking to it.
 */
@ExtendWith(HeadlessChromium.class)
@PortalIntegrationTest
class IncineratorBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    IndexSchema schema;

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
    void a_plant_page_gathers_its_coverage_and_follow_link_and_its_case_and_article_lead_back(WebDriver browser,
                                                                                             WebDriverWait wait) throws Exception {
        Plant plant = new PlantedPlants(client, schema).plant("browser-connected-plant", "互链样本环保能源有限公司", "安徽省", "合肥市");
        client.index(i -> i.index(schema.alias("posts")).id("browser-connected-news").document(Map.of("kind", "SITE",
                "title", "互链样本电厂整改进展", "text", "互链样本电厂整改进展", "masked_text", "互链样本电厂整改进展",
                "url", "https://news.example/connected", "published_at", "2024-05-01T08:00:00Z",
                "facility_ids", List.of(plant.id()), "facility_names", List.of(plant.name()))).refresh(Refresh.True));
        EnforcementCase penalty = new EnforcementCase(plant.name(), Optional.empty(), "合环罚〔2024〕3号", "大气污染", "", "",
                "罚款", "", Optional.empty(), LocalDate.of(2024, 4, 2), "合肥市生态环境局", "", new Region("安徽省", "合肥市", ""),
                "", Optional.empty(), new FacilityLink(plant.id(), plant.name(), LinkBasis.NAME_AND_REGION), false);
        CaseWriter cases = new CaseWriter(client, schema.alias("cases"));
        assertThat(cases.write(List.of(penalty))).isEmpty();
        cases.refresh();

        browser.get("http://localhost:" + port + "/incinerators/" + plant.id());
        WebElement coverage = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plant-coverage")));
        assertThat(coverage.findElement(By.cssSelector("li[data-id='browser-connected-news'] a")).getText())
                .isEqualTo("互链样本电厂整改进展");
        String feedUrl = browser.findElement(By.id("plant-follow")).getAttribute("href");
        assertThat(feedUrl).endsWith("/api/v1/facilities/" + plant.id() + "/feed.atom");
        HttpResponse<String> feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(feedUrl)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).contains("urn:qianliyan:post:browser-connected-news", "urn:qianliyan:case:" + penalty.id());

        browser.get("http://localhost:" + port + "/enforcement/" + penalty.id());
        String plantUrl = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#case-facility a")))
                .getAttribute("href");
        assertThat(plantUrl).endsWith("/incinerators/" + plant.id());
        browser.get(plantUrl);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".qly-page h1"), plant.name()));

        browser.get("http://localhost:" + port + "/search?dataset=post&q=" + URLEncoder.encode("互链样本电厂", StandardCharsets.UTF_8));
        WebElement plantLink = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".qly-search-hit[data-id='browser-connected-news'] a[data-plant='" + plant.id() + "']")));
        assertThat(plantLink.getText()).isEqualTo(plant.name());
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
