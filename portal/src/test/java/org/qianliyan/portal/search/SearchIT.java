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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qianliyan.nlp.TextAnalyzer;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The search API over real indices: exact names, segmented words, the public/staff line, bad queries. */
@PortalIntegrationTest
class SearchIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NEWS_TEXT = "媒体报道金乡盛运焚烧厂颗粒物日均值超标。";

    @LocalServerPort
    int port;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    IndexSchema schema;
    @Autowired
    TextAnalyzer analyzer;

    @BeforeEach
    void indexDocuments() throws Exception {
        client.index(i -> i.index(schema.alias("facilities")).id("search-it-plant").document(Map.of(
                "kind", "incinerator", "name", "金乡盛运环保电力有限公司", "province", "山东省", "city", "济宁市",
                "county", "金乡县", "address", "金乡县化雨镇")));
        client.index(i -> i.index(schema.alias("posts")).id("search-it-news").document(Map.of(
                "kind", "SITE", "title", "金乡盛运焚烧厂颗粒物超标", "text", "媒体报道金乡盛运焚烧厂颗粒物日均值超标。",
                "text_words", String.join(" ", analyzer.segmentForIndex(NEWS_TEXT)), "masked_text", "媒体报道金乡盛运焚烧厂颗粒物日均值超标。",
                "url", "https://news.example/1")));
        client.index(i -> i.index(schema.alias("posts")).id("search-it-weibo").document(Map.of(
                "kind", "WEIBO", "title", "", "text", "金乡盛运晚上冒黑烟", "masked_text", "金乡盛运晚上冒黑烟",
                "url", "https://weibo.example/2")));
        client.indices().refresh(r -> r.index(schema.alias("facilities"), schema.alias("posts")));
    }

    @Test
    void a_short_name_finds_the_plant_and_institutional_coverage_but_not_social_posts() throws Exception {
        JsonNode results = get("/api/v1/search?q=" + URLEncoder.encode("金乡盛运", StandardCharsets.UTF_8)).body();

        assertThat(results.path("totals").path("FACILITY").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(results.path("hits").findValuesAsText("id")).contains("search-it-plant", "search-it-news")
                .doesNotContain("search-it-weibo");
    }

    @Test
    void segmented_words_match_even_when_not_adjacent() throws Exception {
        var words = analyzer.segmentForIndex(NEWS_TEXT);
        String firstAndLast = words.get(1) + " " + words.get(words.size() - 2);
        JsonNode results = get("/api/v1/search?q=" + URLEncoder.encode(firstAndLast, StandardCharsets.UTF_8)).body();

        assertThat(results.path("hits").findValuesAsText("id")).contains("search-it-news");
    }

    @Test
    void words_of_a_plant_name_find_it_in_any_order_and_apart() throws Exception {
        JsonNode results = get("/api/v1/search?q=" + URLEncoder.encode("环保金乡", StandardCharsets.UTF_8)).body();

        assertThat(results.path("hits").findValuesAsText("id")).contains("search-it-plant");
    }

    @Test
    void a_blank_query_is_a_json_400() throws Exception {
        Response response = get("/api/v1/search?q=%20");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("detail").asText()).contains("'q'");
    }

    private record Response(int status, JsonNode body) {
    }

    private Response get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(response.statusCode(), JSON.readTree(response.body()));
    }
}
