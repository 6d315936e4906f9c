package org.qianliyan.portal.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.enforcement.domain.EnforcementCase;
import org.qianliyan.portal.enforcement.domain.FacilityLink;
import org.qianliyan.portal.enforcement.domain.PenaltyAmount;
import org.qianliyan.portal.enforcement.domain.Region;
import org.qianliyan.portal.enforcement.store.CaseWriter;
import org.qianliyan.portal.incinerator.compliance.ComplianceVerdict;
import org.qianliyan.portal.incinerator.compliance.Reason;
import org.qianliyan.portal.incinerator.domain.Plant;
import org.qianliyan.portal.incinerator.domain.Pollutant;
import org.qianliyan.portal.incinerator.domain.Verdict;
import org.qianliyan.portal.incinerator.store.ComplianceRepository;
import org.qianliyan.portal.incinerator.store.IncineratorDocuments;
import org.qianliyan.portal.incinerator.store.IncineratorIndices;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The front page in headless Chromium: the newest exceedance day and case, the map, the trends and the complaints. */
@ExtendWith(HeadlessChromium.class)
@PortalIntegrationTest
class FrontPageBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    IndexSchema schema;
    @Autowired
    ComplianceRepository compliance;
    @Autowired
    CaseWriter cases;

    @Test
    void the_front_page_shows_the_newest_exceedance_and_case_the_map_and_the_trends(WebDriver browser,
            WebDriverWait wait) throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        // "0…" sorts first among the plants of the same day; planted on the latest judged day, so the default period
        // of the shared context's other tests stays as it was.
        Plant plant = new Plant("0-front-page-" + suffix, "浏览器测试焚烧厂" + suffix, "", "广东省", "深圳市", "", "",
                114.0, 22.6, 1000, null, null, 2, "", false);
        LocalDate day = compliance.latestDay().orElse(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        plantExceedance(plant, day);
        String party = "浏览器测试环保能源有限公司" + suffix;
        EnforcementCase decided = new EnforcementCase(party, Optional.empty(), "测罚〔2026〕" + suffix + "号", "超标排放",
                "", "", "罚款", "", Optional.of(PenaltyAmount.ofYuan(230_000)), LocalDate.now(ZoneId.of("Asia/Shanghai")),
                "深圳市生态环境局", "", new Region("广东省", "深圳市", ""), "", Optional.empty(), FacilityLink.NONE, false);
        assertThat(cases.write(List.of(decided))).isEmpty();
        cases.refresh();

        browser.get("http://localhost:" + port + "/");

        WebElement exceedances = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("overview-exceedances")));
        wait.until(ExpectedConditions.textToBePresentInElement(exceedances, plant.name()));
        assertThat(exceedances.getText()).contains("最新超标日", "氮氧化物", "312.5 mg/m³", "250 mg/m³");
        assertThat(exceedances.findElement(By.linkText(plant.name())).getAttribute("href"))
                .endsWith("/incinerators/" + plant.id());
        WebElement latestCases = browser.findElement(By.id("overview-cases"));
        wait.until(ExpectedConditions.textToBePresentInElement(latestCases, party));
        assertThat(latestCases.getText()).contains("深圳市生态环境局", "23", "行政处罚");
        assertThat(latestCases.findElement(By.linkText(party)).getAttribute("href"))
                .endsWith("/enforcement/" + decided.id());
        for (String chart : List.of("overview-map", "overview-trends-chart")) {
            WebElement rendered = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#" + chart + "[data-rendered='true']")));
            assertThat(rendered.findElements(By.tagName("canvas"))).as(chart).isNotEmpty();
        }
        assertThat(browser.findElement(By.id("overview-complaints")).getText()).contains("公众反映的问题");
        assertThat(browser.findElements(By.id("overview-chart"))).as("the record counts moved to the open-data page")
                .isEmpty();
    }

    private void plantExceedance(Plant plant, LocalDate day) throws IOException {
        Map<String, Object> doc = IncineratorDocuments.complianceDay(plant, "FQ-1", "1号排放口", day,
                ComplianceVerdict.of(new Reason("daily-mean", Verdict.EXCEEDANCE, Pollutant.NOX, 312.5, 250.0, "")),
                "browser-test");
        client.index(i -> i.index(schema.alias(IncineratorIndices.COMPLIANCE_DAYS))
                .id(IncineratorDocuments.dayId(plant.id(), "FQ-1", day)).document(doc).refresh(Refresh.True));
    }
}
