package org.qianliyan.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qianliyan.portal.browser.HeadlessChromium;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The search page in headless Chromium: a shared URL reproduces the result, facets narrow, highlights are
 * safe, a large export runs in the background with progress and then downloads once.
 */
@ExtendWith(HeadlessChromium.class)
@PortalIntegrationTest
class SearchPageBrowserIT {

    private static final String MARKER = "千里眼页面样本";
    /** More matches than the tests' background-export threshold (PortalIntegrationTest). */
    private static final String LARGE_EXPORT_MARKER = "千里眼页面导出样本";

    @LocalServerPort
    int port;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    IndexSchema schema;

    @BeforeEach
    void indexCases() throws Exception {
        index("search-page-zj", "浙江省", "杭州市", MARKER + "，<b>粗体</b>废气超标");
        index("search-page-js", "江苏省", "南京市", MARKER + "，废水超标");
        client.indices().refresh(r -> r.index(schema.alias("cases")));
    }

    @Test
    void a_shared_link_reproduces_the_result_with_safe_highlights(WebDriver browser, WebDriverWait wait) {
        browser.get(url("search?q=" + encode("\"" + MARKER + "\"") + "&sort=date"));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".qly-search-hit[data-id='search-page-zj']")));
        assertThat(browser.findElements(By.cssSelector(".qly-search-hit"))).hasSize(2);
        WebElement snippet = browser.findElement(By.cssSelector(".qly-search-hit[data-id='search-page-zj'] .qly-search-snippet"));
        assertThat(snippet.findElements(By.tagName("mark"))).isNotEmpty();
        assertThat(snippet.findElements(By.tagName("b"))).as("crawled markup stays text").isEmpty();
        assertThat(snippet.getText()).contains("<b>粗体</b>");
        assertThat(browser.findElement(By.id("search-export-csv")).getAttribute("href")).contains("/api/v1/search.csv?q=");
    }

    @Test
    void a_facet_value_narrows_the_result_and_the_url(WebDriver browser, WebDriverWait wait) {
        browser.get(url("search?q=" + encode("\"" + MARKER + "\"")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[data-facet='province'][data-value='江苏省']")))
                .click();

        wait.until(ExpectedConditions.urlContains("province="));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".qly-search-hit"), 1));
        assertThat(browser.findElement(By.cssSelector(".qly-search-hit")).getAttribute("data-id")).isEqualTo("search-page-js");
    }

    @Test
    void pages_follow_the_cursor(WebDriver browser, WebDriverWait wait) {
        browser.get(url("search?size=1&sort=date&q=" + encode("\"" + MARKER + "\"")));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".qly-search-hit"), 1));
        String first = browser.findElement(By.cssSelector(".qly-search-hit")).getAttribute("data-id");

        browser.findElement(By.id("search-next")).click();

        wait.until(ExpectedConditions.urlContains("cursor="));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search-first")));
        assertThat(browser.findElement(By.cssSelector(".qly-search-hit")).getAttribute("data-id")).isNotEqualTo(first);
    }

    @Test
    void a_malformed_query_is_explained_on_the_page(WebDriver browser, WebDriverWait wait) {
        browser.get(url("search?q=" + encode("(焚烧 OR")));

        WebElement error = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search-error")));
        assertThat(error.getText()).contains("第 7 个字符", "expected");
    }

    @Test
    void a_large_export_shows_its_progress_and_then_downloads_the_api_file_once(WebDriver browser, WebDriverWait wait)
            throws Exception {
        for (int i = 0; i < 3; i++) {
            index("search-page-export-" + i, "浙江省", "宁波市", LARGE_EXPORT_MARKER + i + "，废水超标");
        }
        client.indices().refresh(r -> r.index(schema.alias("cases")));
        String query = encode("\"" + LARGE_EXPORT_MARKER + "\"");
        browser.get(url("search?q=" + query));

        wait.until(ExpectedConditions.elementToBeClickable(By.id("search-export-csv"))).click();

        WebElement download = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search-export-download")));
        WebElement progress = browser.findElement(By.id("search-export-progress"));
        assertThat(progress.getDomProperty("max")).isEqualTo("3");
        assertThat(progress.getDomProperty("value")).isEqualTo("3");
        assertThat(browser.findElement(By.id("search-export-status")).getText()).contains("3 / 3");
        String session = "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(URI.create(download.getAttribute("href")))
                .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> api = http.send(HttpRequest.newBuilder(URI.create(url("api/v1/search.csv?q=" + query))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(api.body());
        HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(URI.create(download.getAttribute("href")))
                .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofByteArray());
        // The link is gone once the download is through (404); a click on it before the page learns so finds no file (410).
        assertThat(again.statusCode()).as("the file is deleted once downloaded").isIn(404, 410);
    }

    /** A case as valid as a stored one (party, number, authority, date), since the shared index serves the cases API too. */
    private void index(String id, String province, String city, String facts) throws Exception {
        client.index(i -> i.index(schema.alias("cases")).id(id).document(Map.of("id", id, "party_name", "页面样本企业",
                "decision_number", id, "violation_facts", facts, "province", province, "city", city, "authority", city + "生态环境局",
                "decision_date", id.endsWith("zj") ? "2024-02-01" : "2024-01-01", "year", 2024)));
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
