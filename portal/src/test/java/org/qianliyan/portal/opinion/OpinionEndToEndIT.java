package org.qianliyan.portal.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianliyan.crawler.DocumentSink;
import org.qianliyan.crawler.fetch.HttpFetcher;
import org.qianliyan.crawler.fixture.FixtureServer;
import org.qianliyan.crawler.source.FieldSelectors;
import org.qianliyan.crawler.source.SourceKind;
import org.qianliyan.crawler.source.SourceProfile;
import org.qianliyan.crawler.ssrf.AddressGuard;
import org.qianliyan.crawler.ssrf.HostResolver;
import org.qianliyan.portal.crawl.CrawlService;
import org.qianliyan.portal.crawl.CrawlerProperties;
import org.qianliyan.portal.crawl.frontier.ElasticsearchFrontierStore;
import org.qianliyan.portal.opinion.intake.PostFields;
import org.qianliyan.portal.crawl.sources.SourceRepository;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.opinion.OpinionFixtureSite.Item;
import org.qianliyan.portal.opinion.posts.OpinionFilter;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.qianliyan.portal.crawl.CrawlFixtures;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A crawl of the opinion fixture site through the real fetcher, pipeline, NLP and index, then
 * the staff API: the summary's numbers against counts made here from the fixture, the filters,
 * the post list and its CSV, bad parameters, and the briefing as PDF and DOCX.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpinionEndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PERIOD = "from=" + OpinionFixtureSite.FIRST_DAY + "&to=" + OpinionFixtureSite.LAST_DAY;

    private final HttpClient http = HttpClient.newHttpClient();
    private FixtureServer server;
    private HttpFetcher fetcher;

    @LocalServerPort
    int port;
    @Autowired
    SourceRepository sources;
    @Autowired
    ElasticsearchFrontierStore frontier;
    @Autowired
    ObjectProvider<DocumentSink> sinks;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    IndexSchema schema;

    @BeforeAll
    void crawlTheFixture() throws Exception {
        server = FixtureServer.start();
        OpinionFixtureSite.install(server);
        CrawlerProperties properties = CrawlFixtures.properties(server, Duration.ofMinutes(1), Duration.ofMillis(5));
        fetcher = new HttpFetcher(properties.fetcherConfig(),
                new AddressGuard(HostResolver.SYSTEM, new HashSet<>(properties.allowHosts())));
        sources.save(CrawlFixtures.site("opinion-fixture-site", server.url(OpinionFixtureSite.LIST), "/opinion/a\\d+\\.html$"),
                Instant.now());
        sources.save(new SourceProfile("opinion-fixture-feed", "opinion-fixture-feed", SourceKind.RSS,
                List.of(server.url(OpinionFixtureSite.FEED)), null, null, FieldSelectors.NONE, List.of(), Map.of(), null, true),
                Instant.now());
        // Every DocumentSink bean, in order, as the portal's own crawl hands documents over.
        CrawlService crawl = new CrawlService(sources, frontier, fetcher,
                document -> sinks.orderedStream().forEach(s -> s.accept(document)), properties, Clock.systemUTC());
        crawl.runPass(Optional.of("opinion-fixture-site"));
        crawl.runPass(Optional.of("opinion-fixture-feed"));
        client.indices().refresh(r -> r.index(schema.alias("posts")));
    }

    @AfterAll
    void stop() throws IOException {
        if (fetcher != null) {
            fetcher.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void the_summary_counts_the_fixture_posts_per_day_and_per_source_kind() throws Exception {
        JsonNode summary = json("/api/v1/staff/opinion/summary?" + PERIOD + "&interval=day");

        assertThat(summary.path("total").asLong()).isEqualTo(OpinionFixtureSite.ITEMS.size());
        Map<LocalDate, List<Item>> byDay = OpinionFixtureSite.ITEMS.stream()
                .collect(Collectors.groupingBy(i -> i.publishedCst().toLocalDate()));
        JsonNode buckets = summary.path("buckets");
        assertThat(buckets).hasSize(4);
        for (JsonNode bucket : buckets) {
            LocalDate day = cst(bucket).toLocalDate();
            List<Item> items = byDay.getOrDefault(day, List.of());
            assertThat(bucket.path("count").asLong()).as(day.toString()).isEqualTo(items.size());
            for (SourceKind kind : List.of(SourceKind.SITE, SourceKind.RSS)) {
                assertThat(bucket.path("kinds").path(kind.name()).asLong()).as(day + " " + kind)
                        .isEqualTo(items.stream().filter(i -> i.kind() == kind).count());
            }
            long sentiments = 0;
            for (JsonNode n : bucket.path("sentiments")) {
                sentiments += n.asLong();
            }
            assertThat(sentiments).as("every post has one sentiment").isEqualTo(items.size());
        }
        assertThat(summary.path("kinds").path("RSS").asLong()).isEqualTo(OpinionFixtureSite.count(SourceKind.RSS));
        assertThat(summary.path("sources").findValuesAsText("key"))
                .containsExactlyInAnyOrder("opinion-fixture-site", "opinion-fixture-feed");
    }

    @Test
    void hour_buckets_cover_the_day_and_hold_each_post_in_its_hour() throws Exception {
        JsonNode summary = json("/api/v1/staff/opinion/summary?from=2011-03-01&to=2011-03-01&interval=hour");

        JsonNode buckets = summary.path("buckets");
        assertThat(buckets).hasSize(24);
        List<Integer> expectedHours = OpinionFixtureSite.ITEMS.stream()
                .filter(i -> i.publishedCst().toLocalDate().equals(LocalDate.of(2011, 3, 1)))
                .map(i -> i.publishedCst().getHour()).sorted().toList();
        List<Integer> hoursWithPosts = new java.util.ArrayList<>();
        for (JsonNode bucket : buckets) {
            if (bucket.path("count").asLong() > 0) {
                hoursWithPosts.add(cst(bucket).getHour());
            }
        }
        assertThat(hoursWithPosts).as(json("/api/v1/staff/posts?from=2011-03-01&to=2011-03-01").toString())
                .isEqualTo(expectedHours);
    }

    @Test
    void filters_narrow_the_summary_and_the_post_list_alike() throws Exception {
        assertThat(json("/api/v1/staff/opinion/summary?" + PERIOD + "&kind=rss").path("total").asLong())
                .isEqualTo(OpinionFixtureSite.count(SourceKind.RSS));
        JsonNode summary = json("/api/v1/staff/opinion/summary?" + PERIOD);
        summary.path("sentiments").fields().forEachRemaining(e -> {
            try {
                JsonNode page = json("/api/v1/staff/posts?" + PERIOD + "&sentiment=" + e.getKey() + "&size=50");
                assertThat(page.path("total").asLong()).as(e.getKey()).isEqualTo(e.getValue().asLong());
                page.path("posts").forEach(p -> assertThat(p.path("sentiment").asText()).isEqualTo(e.getKey()));
            } catch (Exception failure) {
                throw new AssertionError(failure);
            }
        });
        for (JsonNode topic : summary.path("topics")) {
            JsonNode narrowed = json("/api/v1/staff/opinion/summary?" + PERIOD + "&topic=" + topic.path("key").asText());
            assertThat(narrowed.path("total").asLong()).as(topic.toString()).isEqualTo(topic.path("count").asLong());
        }
        long complaints = json("/api/v1/staff/posts?" + PERIOD + "&complaint=true").path("total").asLong();
        assertThat(complaints).isLessThan(OpinionFixtureSite.ITEMS.size());
    }

    @Test
    void the_post_list_pages_newest_first_with_masked_text_only_and_exports_csv() throws Exception {
        JsonNode first = json("/api/v1/staff/posts?" + PERIOD + "&size=4&page=0");
        JsonNode second = json("/api/v1/staff/posts?" + PERIOD + "&size=4&page=1");

        assertThat(first.path("total").asLong()).isEqualTo(OpinionFixtureSite.ITEMS.size());
        assertThat(first.path("posts")).hasSize(4);
        Instant newest = OpinionFixtureSite.ITEMS.stream().map(Item::published).max(Instant::compareTo).orElseThrow();
        assertThat(Instant.parse(first.path("posts").get(0).path("publishedAt").asText())).isEqualTo(newest);
        assertThat(Instant.parse(first.path("posts").get(3).path("publishedAt").asText()))
                .isAfterOrEqualTo(Instant.parse(second.path("posts").get(0).path("publishedAt").asText()));
        assertThat(first.toString()).doesNotContain("\"" + PostFields.TEXT + "\"").doesNotContain(PostFields.HTML);

        HttpResponse<String> csv = get("/api/v1/staff/posts?" + PERIOD + "&format=csv", true);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFpublished_at,");
        assertThat(csv.body().split("\r\n")).hasSize(1 + OpinionFixtureSite.ITEMS.size());
    }

    @Test
    void bad_parameters_are_a_json_400_naming_the_parameter() throws Exception {
        Map<String, String> bad = Map.of(
                "/api/v1/staff/opinion/summary?interval=minute", "interval",
                "/api/v1/staff/opinion/summary?from=yesterday", "from",
                "/api/v1/staff/opinion/summary?from=2011-03-05&to=2011-03-01", "from",
                "/api/v1/staff/opinion/summary?topic=weather", "topic",
                "/api/v1/staff/opinion/summary?from=2010-01-01&to=2011-03-01&interval=hour", "interval",
                "/api/v1/staff/posts?size=0", "size",
                "/api/v1/staff/posts?page=x", "page",
                "/api/v1/staff/briefings/monthly", "daily or weekly",
                "/api/v1/staff/briefings/daily?format=odt", "format",
                "/api/v1/staff/briefings/daily?date=03/04/2011", "date");
        for (Map.Entry<String, String> e : bad.entrySet()) {
            HttpResponse<String> response = get(e.getKey(), true);
            assertThat(response.statusCode()).as(e.getKey()).isEqualTo(400);
            JsonNode error = JSON.readTree(response.body());
            assertThat(error.path("error").asText()).isEqualTo("bad request");
            assertThat(error.path("detail").asText()).as(e.getKey()).contains(e.getValue());
        }
    }

    @Test
    void the_summary_needs_a_login() throws Exception {
        assertThat(get("/api/v1/staff/opinion/summary?" + PERIOD, false).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/staff/briefings/daily", false).statusCode()).isEqualTo(401);
    }

    @Test
    void the_first_crawled_post_removed_the_demo_posts() throws Exception {
        long demo = client.count(c -> c.index(schema.alias("posts"))
                .query(q -> q.term(t -> t.field(PostFields.DEMO).value(true)))).count();
        assertThat(demo).isZero();
    }

    @Test
    void the_weekly_briefing_pdf_states_the_period_total_in_chinese() throws Exception {
        HttpResponse<byte[]> response = bytes("/api/v1/staff/briefings/weekly?date=" + OpinionFixtureSite.LAST_DAY + "&format=pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("舆情简报").contains("周报").contains("帖子总数").contains("传播最广的报道");
            assertThat(text).containsPattern("(?m)^" + OpinionFixtureSite.ITEMS.size() + "\\b");
        }
    }

    @Test
    void the_daily_briefing_docx_reads_back_with_the_day_total() throws Exception {
        long dayTotal = OpinionFixtureSite.ITEMS.stream()
                .filter(i -> i.publishedCst().toLocalDate().equals(LocalDate.of(2011, 3, 2))).count();
        HttpResponse<byte[]> response = bytes("/api/v1/staff/briefings/daily?date=2011-03-02&format=docx");

        assertThat(response.statusCode()).isEqualTo(200);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(response.body()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            String text = extractor.getText();
            assertThat(text).contains("舆情简报").contains("日报").contains("2011-03-02");
            assertThat(docx.getTables().get(0).getRow(1).getCell(0).getText()).isEqualTo(String.valueOf(dayTotal));
        }
    }

    private static java.time.ZonedDateTime cst(JsonNode bucket) {
        return java.time.OffsetDateTime.parse(bucket.path("start").asText()).atZoneSameInstant(OpinionFilter.ZONE);
    }

    private JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path, true);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path, boolean staff) throws IOException, InterruptedException {
        return http.send(request(path, staff), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return http.send(request(path, true), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest request(String path, boolean staff) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (staff) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    ("admin:" + PortalIntegrationTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return request.build();
    }
}
