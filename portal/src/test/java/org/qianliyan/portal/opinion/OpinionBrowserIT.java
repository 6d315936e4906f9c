package org.qianliyan.portal.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.Engagement;
import org.qianliyan.crawler.source.SourceKind;
import org.qianliyan.portal.browser.HeadlessChromium;
import org.qianliyan.portal.opinion.intake.PostSink;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The publicity staff's journey in headless Chromium: log in → the opinion dashboard → click
 * a bar of the volume chart → the posts behind it → the day's briefing, downloaded as PDF.
 * Its posts go through the real pipeline and lie in May 2012, a period no other test uses.
 */
@ExtendWith(HeadlessChromium.class)
@PortalIntegrationTest
class OpinionBrowserIT {

    /** Posts per day of the test period, all from one web site. */
    private static final List<Integer> POSTS_PER_DAY = List.of(1, 3, 2);

    @LocalServerPort
    int port;
    @Autowired
    PostSink pipeline;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    IndexSchema schema;

    @Test
    void staff_drill_from_a_bar_to_its_posts_and_download_the_briefing(WebDriver browser, WebDriverWait wait) throws Exception {
        writePosts();
        String base = "http://localhost:" + port;
        HeadlessChromium.logInAsAdministrator(browser, wait, base);

        browser.get(base + "/staff/opinion?from=2012-05-01&to=2012-05-03&interval=day");
        WebElement volume = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#opinion-volume[data-rendered='true']")));
        assertThat(browser.findElement(By.id("opinion-total")).getText()).contains("6");

        // The middle of the second day's bar, from the chart's own coordinate system.
        List<?> pixel = (List<?>) ((JavascriptExecutor) browser).executeScript(
                "var c = echarts.getInstanceByDom(arguments[0]); return c.convertToPixel({seriesIndex: 0}, [1, 1.5]);", volume);
        int x = ((Number) pixel.get(0)).intValue() - volume.getSize().getWidth() / 2;
        int y = ((Number) pixel.get(1)).intValue() - volume.getSize().getHeight() / 2;
        new Actions(browser).moveToElement(volume, x, y).click().perform();

        wait.until(ExpectedConditions.urlContains("/staff/opinion/posts"));
        assertThat(browser.getCurrentUrl()).contains("from=2012-05-02").contains("to=2012-05-02").contains("kind=SITE");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("opinion-posts-count"), "3"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#opinion-posts vaadin-grid-cell-content a")));

        browser.get(base + "/staff/opinion/briefing?kind=daily&date=2012-05-02");
        WebElement pdfLink = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("briefing-pdf")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("briefing-document"), "2012-05-02"));
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfLink.getAttribute("href")))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("舆情简报").contains("帖子总数").containsPattern("(?m)^" + POSTS_PER_DAY.get(1) + "\\b");
        }
    }

    private void writePosts() throws Exception {
        String[] texts = {"居民反映垃圾焚烧厂夜间冒黑烟，刺鼻气味很重，已经向环保部门投诉。",
                "城郊河道发现污水直排，河水发黑发臭，希望尽快查处。",
                "湿地公园生态修复成效显著，候鸟数量明显增加。"};
        int n = 0;
        for (int day = 0; day < POSTS_PER_DAY.size(); day++) {
            for (int i = 0; i < POSTS_PER_DAY.get(day); i++, n++) {
                Instant published = LocalDateTime.of(2012, 5, 1 + day, 9 + i, 0).toInstant(ZoneOffset.ofHours(8));
                String url = "https://browser-fixture.invalid/news/" + n + ".html";
                String text = texts[n % texts.length] + "（第" + n + "篇，编号" + HexFormat.of().toHexDigits(n * 7919) + "）";
                pipeline.accept(new CrawledDocument(url, url, "browser-fixture", SourceKind.SITE, "测试报道" + n, "记者",
                        published, text, "", Engagement.UNKNOWN, published, HexFormat.of().formatHex(
                        text.getBytes(StandardCharsets.UTF_8)), null));
            }
        }
        client.indices().refresh(r -> r.index(schema.alias("posts")));
    }
}
