package org.qianliyan.portal.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qianliyan.index.testing.SharedElasticsearch;
import org.qianliyan.index.schema.IndexLifecycle;
import org.qianliyan.index.schema.IndexNames;
import org.qianliyan.portal.browser.HeadlessChromium;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.enforcement.imports.CaseImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A reader's walk in headless Chromium: the list, a province facet, a case, its linked plant and the plant's enforcement history. */
@ExtendWith(HeadlessChromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "qianliyan.enforcement.demo-cases=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnforcementBrowserIT {

    private static final String PREFIX = "enforcement-browser-" + UUID.randomUUID().toString().substring(0, 8)
            .toLowerCase(Locale.ROOT) + "-";

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        registry.add("spring.elasticsearch.uris",
                () -> SharedElasticsearch.uri().toString());
        registry.add("qianliyan.elasticsearch.index-prefix", () -> PREFIX);
    }

    @LocalServerPort
    private int port;
    @Autowired
    private IndexSchema schema;
    @Autowired
    private ElasticsearchClient client;
    @Autowired
    private CaseImportService imports;

    @BeforeAll
    void importCasesAboutOnePlant() throws Exception {
        client.index(i -> i.index(schema.alias("facilities")).id("plant-changzhou").refresh(Refresh.True)
                .document(Map.of("kind", "incinerator", "name", "示例环保能源(常州)有限公司", "credit_code", "91320400MA1MXAAA00",
                        "province", "江苏省", "city", "常州市")));
        Path file = Files.createTempFile("cases", ".csv");
        try (var in = EnforcementBrowserIT.class.getResourceAsStream("/enforcement/cases-valid.csv")) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        imports.importFile("cases-valid.csv", file, false, rows -> { });
        Files.delete(file);
    }

    @AfterAll
    void deleteIndices() {
        new IndexLifecycle(client, new IndexNames(PREFIX)).deleteAll(schema.definitions());
    }

    @Test
    void a_reader_narrows_the_list_by_province_opens_a_case_and_finds_its_plant(WebDriver browser, WebDriverWait wait) {
        browser.get("http://localhost:" + port + "/enforcement");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("enforcement-grid")));
        assertThat(browser.findElement(By.id("enforcement-total")).getText()).contains("3");

        WebElement jiangsu = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@id='facet-province']//a[starts-with(normalize-space(.), '江苏省')]")));
        jiangsu.click();
        wait.until(ExpectedConditions.urlContains("province="));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("enforcement-total"), "2"));

        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("示例环保能源（常州）有限公司"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-fields")));
        assertThat(browser.findElement(By.id("case-fields")).getText()).contains("常环罚〔2023〕12号");
        WebElement plant = browser.findElement(By.cssSelector("#case-facility a"));
        assertThat(plant.getAttribute("href")).endsWith("/incinerators/plant-changzhou");
        assertThat(browser.findElement(By.id("case-link-basis")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("case-supervision")).getText()).contains("2024-03-01");

        browser.get(plant.getAttribute("href"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("facility-enforcement"), "常环罚〔2023〕12号"));
    }
}
