package org.qianliyan.portal.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qianliyan.index.testing.SharedElasticsearch;
import org.qianliyan.nlp.TextAnalyzer;
import org.qianliyan.portal.browser.HeadlessChromium;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An external cluster goes down under a running portal (a relay in front of the test cluster is
 * cut): the API answers 503 with Retry-After in our JSON, a page says the data is temporarily
 * unavailable, health is DOWN; when the cluster is back everything answers again, including
 * the text analyzer, which was first wanted during the outage, without restarting the portal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "qianliyan.security.admin-password-hash=" + PortalIntegrationTest.ADMIN_PASSWORD_HASH)
@ExtendWith(HeadlessChromium.class)
class ExternalClusterOutageIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ClusterProxy proxy;

    @LocalServerPort
    int port;

    @Autowired
    HealthEndpoint health;

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) throws IOException {
        proxy = ClusterProxy.to(SharedElasticsearch.uri());
        registry.add("spring.elasticsearch.uris", () -> proxy.uri().toString());
        registry.add("qianliyan.elasticsearch.index-prefix", () -> "outage" + UUID.randomUUID().toString().substring(0, 8) + "-");
        registry.add("qianliyan.data-dir", () -> "target/test-data");
    }

    @AfterAll
    static void closeProxy() throws IOException {
        proxy.close();
    }

    @Test
    void while_the_cluster_is_down_the_api_answers_503_and_pages_say_so_and_both_recover(WebDriver browser,
                                                                                     WebDriverWait wait) throws Exception {
        assertThat(get("/api/v1/facilities").statusCode()).isEqualTo(200);
        browser.get("http://127.0.0.1:" + port + "/search");
        WebElement query = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-query")));

        proxy.cut();
        try {
            for (String path : new String[] {"/api/v1/facilities", "/api/v1/cases", "/api/v1/search?q=%E7%84%9A%E7%83%A7"}) {
                HttpResponse<String> response = get(path);
                assertThat(response.statusCode()).as(path).isEqualTo(503);
                assertThat(response.headers().firstValue("Retry-After")).as(path).hasValue("30");
                JsonNode error = JSON.readTree(response.body());
                assertThat(error.path("error").asText()).isEqualTo("service unavailable");
                assertThat(error.path("detail").asText()).contains("temporarily unavailable");
            }
            assertThatThrownBy(() -> context.getBean(TextAnalyzer.class))
                    .satisfies(failure -> assertThat(ElasticsearchOutage.explains(failure)).as(failure.toString()).isTrue());
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);

            query.findElement(By.tagName("input")).sendKeys("焚烧" + Keys.ENTER);
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-unavailable"))).getText())
                    .as("a search in a page already open").contains("数据服务正在恢复");
            browser.get("http://127.0.0.1:" + port + "/");
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-unavailable"))).getText())
                    .as("a page loaded afresh").contains("数据服务正在恢复");
        } finally {
            proxy.restore();
        }

        new PortalApi(port).awaitStatus("/api/v1/facilities", 200);
        assertThat(get("/api/v1/cases").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/search?q=%E7%84%9A%E7%83%A7").statusCode()).as("the analyzer is built now").isEqualTo(200);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    private HttpResponse<String> get(String path) {
        return new PortalApi(port).get(path);
    }
}
