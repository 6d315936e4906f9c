package org.qianliyan.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;

/**
 * A journalist's path through the search API over real indices and the real analyzer: a
 * decision number finds its case, facets narrow, cursors page through everything exactly
 * once, bad and hostile queries are clear 400s, the public/staff line holds, and the whole
 * set exports as CSV and XLSX and follows as Atom.
 */
@PortalIntegrationTest
class SearchJourneyIT {

    /** A phrase only this test's generated cases contain (the shared context has other tests' documents). */
    private static final String MARKER = "千里眼导出样本";
    private static final String SOCIAL_MARKER = "千里眼社交样本";
    private static final int GENERATED = 2500;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static boolean indexed;

    @LocalServerPort
    int port;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    IndexSchema schema;

    @BeforeEach
    void indexOnce() throws Exception {
        if (indexed) {
            return;
        }
        List<BulkOperation> operations = new ArrayList<>();
        operations.add(caseOperation("search-journey-story", caseDocument("search-journey-story", "青山绿水环保能源有限公司",
                "浙环罚〔2023〕88号", "焚烧炉颗粒物日均值超标排放", "浙江省", "杭州市", 200_000, LocalDate.of(2023, 5, 4))));
        for (int i = 0; i < GENERATED; i++) {
            String id = "search-journey-" + i;
            boolean zhejiang = i % 2 == 0;
            operations.add(caseOperation(id, caseDocument(id, "样本企业" + i, "样罚〔2022〕" + i + "号",
                    MARKER + "第" + i + "号，废气超标", zhejiang ? "浙江省" : "江苏省", zhejiang ? "杭州市" : "南京市",
                    (i % 50) * 10_000, LocalDate.of(2020, 1, 1).plusDays(i))));
        }
        client.bulk(b -> b.index(schema.alias("cases")).operations(operations).refresh(Refresh.True));
        client.index(i -> i.index(schema.alias("posts")).id("search-journey-news").document(Map.of(
                "kind", "SITE", "title", SOCIAL_MARKER + "报道", "text", SOCIAL_MARKER + "：焚烧厂附近居民反映异味。",
                "masked_text", SOCIAL_MARKER + "：焚烧厂附近居民反映异味。", "url", "https://news.example/journey",
                "published_at", "2024-03-01T08:00:00Z", "sentiment", "NEUTRAL")));
        client.index(i -> i.index(schema.alias("posts")).id("search-journey-weibo").document(Map.of(
                "kind", "WEIBO", "title", "", "text", SOCIAL_MARKER + "晚上又冒黑烟", "masked_text", SOCIAL_MARKER + "晚上又冒黑烟",
                "url", "https://weibo.example/journey", "published_at", "2024-03-02T08:00:00Z", "sentiment", "NEGATIVE")));
        client.indices().refresh(r -> r.index(schema.alias("posts")));
        indexed = true;
    }

    @Test
    void a_decision_number_in_quotes_finds_its_case_first_with_the_match_marked() throws Exception {
        JsonNode page = json("/api/v1/search?q=" + encode("\"浙环罚〔2023〕88号\""));

        JsonNode first = page.path("hits").get(0);
        assertThat(first.path("id").asText()).isEqualTo("search-journey-story");
        assertThat(first.path("kind").asText()).isEqualTo("CASE");
        assertThat(first.path("highlight").asText()).contains("<mark>");
        assertThat(first.path("amountYuan").asDouble()).isEqualTo(200_000);
    }

    @Test
    void syntax_combines_fields_ranges_and_negation() throws Exception {
        JsonNode page = json("/api/v1/search?size=5&q=" + encode(
                "青山绿水 AND province:浙江 AND amount:>=20 AND date:[2023-01-01 TO 2023-12-31] AND NOT type:噪声"));
        assertThat(page.path("hits").findValuesAsText("id")).containsExactly("search-journey-story");

        JsonNode tooSmall = json("/api/v1/search?q=" + encode("青山绿水 amount:>20"));
        assertThat(tooSmall.path("hits").findValuesAsText("id")).doesNotContain("search-journey-story");
    }

    @Test
    void facets_count_the_whole_set_and_narrow_it_on_request() throws Exception {
        String q = encode("\"" + MARKER + "\"");
        JsonNode all = json("/api/v1/search?q=" + q);
        assertThat(all.path("totals").path("CASE").asLong()).isEqualTo(GENERATED);
        assertThat(facet(all, "province")).containsEntry("浙江省", (long) GENERATED / 2).containsEntry("江苏省", (long) GENERATED / 2);
        assertThat(facet(all, "dataset")).containsEntry("case", (long) GENERATED);
        assertThat(facet(all, "year")).containsKeys("2020", "2023", "2026");

        JsonNode narrowed = json("/api/v1/search?q=" + q + "&province=" + encode("浙江省") + "&year=2021");
        long cases = narrowed.path("totals").path("CASE").asLong();
        assertThat(cases).isBetween(150L, 200L);
        assertThat(narrowed.path("totals").path("FACILITY").asLong()).isZero();
        assertThat(narrowed.path("hits").findValuesAsText("region")).allSatisfy(region -> assertThat(region).startsWith("浙江省"));
        // Each facet is counted under the other facets' filters, so its other values stay selectable.
        assertThat(facet(narrowed, "province")).containsEntry("浙江省", cases).containsKey("江苏省");
        assertThat(facet(narrowed, "year")).containsEntry("2021", cases).containsKeys("2020", "2026");
    }

    @Test
    void cursors_page_through_every_match_exactly_once_in_each_order() throws Exception {
        for (String sort : List.of("date", "relevance", "amount")) {
            String path = "/api/v1/search?size=100&sort=" + sort + "&province=" + encode("浙江省") + "&q=" + encode("\"" + MARKER + "\"");
            List<String> ids = new ArrayList<>();
            List<String> dates = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                JsonNode page = json(path + (cursor == null ? "" : "&cursor=" + cursor));
                page.path("hits").forEach(hit -> {
                    ids.add(hit.path("id").asText());
                    dates.add(hit.path("date").asText());
                });
                cursor = page.path("next").isNull() ? null : page.path("next").asText();
                pages++;
            } while (cursor != null && pages < 50);
            assertThat(ids).as(sort).hasSize(GENERATED / 2).doesNotHaveDuplicates();
            if ("date".equals(sort)) {
                assertThat(dates).as("newest first").isSortedAccordingTo((a, b) -> b.compareTo(a));
            }
        }
    }

    @Test
    void a_malformed_query_is_a_400_saying_where_and_what_was_expected() throws Exception {
        Response response = get("/api/v1/search?q=" + encode("(金乡 OR 盛运"));

        assertThat(response.status()).isEqualTo(400);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("error").asText()).isEqualTo("bad request");
        assertThat(body.path("detail").asText()).contains("第 10 个字符", "character 10", "expected \")\"");
    }

    @Test
    void hostile_queries_are_refused_or_answered_harmlessly() throws Exception {
        Map<String, String> refused = new HashMap<>();
        refused.put("deep nesting", "(".repeat(60) + "a" + ")".repeat(60));
        refused.put("many clauses", "a OR ".repeat(100) + "a");
        refused.put("wildcard bomb", "a* b* c* d* e* f* g*");
        refused.put("regex", "/.*.*.*.*/");
        refused.put("leading wildcard", "*烧");
        refused.put("unknown field", "colour:red");
        refused.put("long", "a ".repeat(600));
        refused.put("bad cursor", "a&cursor=AAAA");
        refused.put("bad sort", "a&sort=random");
        for (Map.Entry<String, String> hostile : refused.entrySet()) {
            String value = hostile.getValue();
            String path = value.contains("&") ? "/api/v1/search?q=" + value : "/api/v1/search?q=" + encode(value);
            Response response = get(path);
            assertThat(response.status()).as(hostile.getKey()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).path("detail").asText()).as(hostile.getKey()).isNotBlank();
        }
        Response tenKilobytes = get("/api/v1/search?q=" + "a".repeat(10_240));
        assertThat(tenKilobytes.status()).isIn(400, 414);
        assertThat(JSON.readTree(tenKilobytes.body()).path("error").asText()).isNotBlank();

        for (String bounded : List.of("a* OR b* OR 焚* OR 厂*", "facility:金* OR authority:杭* OR type:大*")) {
            assertThat(get("/api/v1/search?q=" + encode(bounded)).status()).as(bounded).isEqualTo(200);
        }
        String manyLongWords = String.join(" OR ", Collections.nCopies(32, "生态环境局行政处罚决定书焚烧炉颗粒物超标排放"));
        Response wordy = get("/api/v1/search?q=" + encode(manyLongWords));
        assertThat(wordy.status()).as(wordy.body()).isIn(200, 400);
    }

    @Test
    void the_public_sees_institutional_articles_and_only_a_count_of_social_posts() throws Exception {
        JsonNode page = json("/api/v1/search?q=" + encode(SOCIAL_MARKER));

        assertThat(page.path("hits").findValuesAsText("id")).contains("search-journey-news").doesNotContain("search-journey-weibo");
        assertThat(page.path("socialPosts").asLong()).isEqualTo(1);
        assertThat(page.path("facets").has("sentiment")).isFalse();
        assertThat(page.toString()).doesNotContain("weibo.example");
    }

    @Test
    void staff_see_social_posts_and_their_sentiment() throws Exception {
        JsonNode page = asStaff("/api/v1/search?q=" + encode(SOCIAL_MARKER));

        assertThat(page.path("hits").findValuesAsText("id")).contains("search-journey-news", "search-journey-weibo");
        assertThat(facet(page, "sentiment")).containsEntry("NEGATIVE", 1L);
        assertThat(page.path("socialPosts").isNull()).isTrue();
    }

    @Test
    void posts_without_the_tiebreak_field_still_page_one_by_one() throws Exception {
        String path = "/api/v1/search?size=1&dataset=post&q=" + encode("\"" + SOCIAL_MARKER + "\"");
        JsonNode first = asStaff(path);
        JsonNode second = asStaff(path + "&cursor=" + first.path("next").asText());

        assertThat(List.of(first.path("hits").get(0).path("id").asText(), second.path("hits").get(0).path("id").asText()))
                .containsExactlyInAnyOrder("search-journey-news", "search-journey-weibo");
        assertThat(second.path("next").isNull()).isTrue();
    }

    private JsonNode asStaff(String path) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PortalIntegrationTest.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).header("Authorization", basic).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void the_whole_set_streams_as_csv_with_bom_header_and_every_row() throws Exception {
        HttpResponse<byte[]> response = bytes("/api/v1/search.csv?q=" + encode("\"" + MARKER + "\""));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(GENERATED));
        byte[] body = response.body();
        assertThat(body[0]).isEqualTo((byte) 0xEF);
        String[] lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).startsWith("数据集 (dataset),编号 (id),标题 (title)");
        assertThat(lines).hasSize(GENERATED + 1);
        Set<String> ids = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            ids.add(lines[i].split(",")[1]);
        }
        assertThat(ids).hasSize(GENERATED).contains("search-journey-0", "search-journey-" + (GENERATED - 1));
    }

    @Test
    void the_whole_set_streams_as_xlsx() throws Exception {
        HttpResponse<byte[]> response = bytes("/api/v1/search.xlsx?province=" + encode("江苏省") + "&q=" + encode("\"" + MARKER + "\""));

        assertThat(response.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(GENERATED / 2 + 1);
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("编号 (id)");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(4).getStringCellValue()).contains("江苏省");
        }
    }

    @Test
    void an_export_of_a_malformed_query_is_a_json_400_not_a_broken_file() throws Exception {
        for (String format : List.of("csv", "xlsx", "atom")) {
            Response response = get("/api/v1/search." + format + "?q=" + encode("\"unclosed"));
            assertThat(response.status()).as(format).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).path("detail").asText()).as(format).contains("unclosed");
        }
    }

    @Test
    void the_atom_feed_is_valid_xml_with_the_newest_matches() throws Exception {
        HttpResponse<byte[]> response = bytes("/api/v1/search.atom?q=" + encode("\"" + MARKER + "\""));

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        var entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(50);
        String newest = "search-journey-" + (GENERATED - 1);
        assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id").item(1).getTextContent()).endsWith(newest);
    }

    private static Map<String, Long> facet(JsonNode page, String name) {
        Map<String, Long> counts = new HashMap<>();
        page.path("facets").path(name).forEach(bucket -> counts.put(bucket.path("value").asText(), bucket.path("count").asLong()));
        return counts;
    }

    private static BulkOperation caseOperation(String id, Map<String, Object> document) {
        return BulkOperation.of(o -> o.index(i -> i.id(id).document(document)));
    }

    private static Map<String, Object> caseDocument(String id, String party, String number, String facts, String province,
                                                    String city, long yuan, LocalDate date) {
        Map<String, Object> document = new HashMap<>();
        document.put("id", id);
        document.put("party_name", party);
        document.put("decision_number", number);
        document.put("violation_type", "大气污染");
        document.put("violation_facts", facts);
        document.put("penalty_yuan", yuan);
        document.put("penalty_band", yuan >= 100_000 ? "FROM_100K_TO_1M" : "FROM_10K_TO_100K");
        document.put("decision_date", date.toString());
        document.put("year", date.getYear());
        document.put("authority", city + "生态环境局");
        document.put("province", province);
        document.put("city", city);
        return document;
    }

    private record Response(int status, String body) {
    }

    private JsonNode json(String path) throws Exception {
        Response response = get(path);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private Response get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(response.statusCode(), response.body());
    }

    private HttpResponse<byte[]> bytes(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
