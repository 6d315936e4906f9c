package org.qianliyan.portal.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qianliyan.crawler.fetch.HttpFetcher;
import org.qianliyan.crawler.fixture.FixtureServer;
import org.qianliyan.crawler.fixture.FixtureServer.Route;
import org.qianliyan.crawler.ssrf.AddressGuard;
import org.qianliyan.crawler.ssrf.HostResolver;
import org.qianliyan.crawler.url.CanonicalUrl;
import org.qianliyan.nlp.TextAnalyzer;
import org.qianliyan.portal.crawl.frontier.ElasticsearchFrontierStore;
import org.qianliyan.portal.crawl.frontier.UrlIds;
import org.qianliyan.portal.opinion.intake.PostFields;
import org.qianliyan.portal.opinion.intake.PostSink;
import org.qianliyan.portal.opinion.intake.UnmaskedPosts;
import org.qianliyan.portal.crawl.sources.SourceRepository;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.search.SearchHit;
import org.qianliyan.portal.search.SearchService;
import org.qianliyan.portal.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The attack: a page naming a citizen's phone, ID card, mail, plate and handle is crawled by the
 * real pipeline into the portal's posts index; then an anonymous visitor searches for each
 * identifier, and for its pieces, through the API and the search page's service. Nothing may be found.
 */
@PortalIntegrationTest
class PlantedIdentifiersIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARTICLE = "/pii/a1.html";
    /** Every identifier planted in the page, and pieces a visitor could search for. */
    private static final List<String> PLANTED = List.of(
            "13812345678", "12345678", "5678", "139 8765 4321", "8765 4321", "+86-137-2468-1357", "24681357",
            "0531-88886666", "88886666", "370828199001011234", "199001011234", "370828900101123", "900101123",
            "zhangsan.report@example.com", "zhangsan.report", "鲁H12345", "H12345", "12345", "@环保小卫士", "环保小卫士");
    private static final String PAGE = """
            <html><head><meta charset="utf-8"><title>举报焚烧厂偷排 联系13812345678</title></head><body><article>
            <h1>举报焚烧厂偷排 联系13812345678</h1>
            <p>某垃圾焚烧厂夜间偷排黑烟，附近居民举报。举报人电话139 8765 4321，备用+86-137-2468-1357，
            座机0531-88886666。身份证号370828199001011234，旧证370828900101123。</p>
            <p>邮箱zhangsan.report@example.com，拉渣土的车牌鲁H12345，微博@环保小卫士 已转发。
            环保部门表示将依法调查该焚烧厂的排放情况，并向社会公开处理结果。</p>
            </article></body></html>""";

    private static FixtureServer server;

    @LocalServerPort
    int port;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    IndexSchema schema;
    @Autowired
    TextAnalyzer analyzer;
    @Autowired
    SearchService search;
    @Autowired
    SourceRepository sources;
    @Autowired
    ElasticsearchFrontierStore frontier;

    @BeforeEach
    void crawlThePlantedPage() throws Exception {
        if (server == null) {
            server = FixtureServer.start();
            server.route("/pii/list.html", Route.text("<html><body><a href=\"" + ARTICLE + "\">举报</a></body></html>",
                    "text/html; charset=utf-8"));
            server.route(ARTICLE, Route.text(PAGE, "text/html; charset=utf-8"));
        }
        CrawlerProperties properties = CrawlFixtures.properties(server, Duration.ofMinutes(1), Duration.ofMillis(5));
        try (HttpFetcher fetcher = new HttpFetcher(properties.fetcherConfig(),
                new AddressGuard(HostResolver.SYSTEM, new HashSet<>(properties.allowHosts())))) {
            String sourceId = "pii-planted-" + server.port();
            sources.save(CrawlFixtures.site(sourceId, server.url("/pii/list.html"), "/pii/a\\d+\\.html$"), Instant.now());
            PostSink sink = new PostSink(analyzer, client, schema.alias("posts"));
            new CrawlService(sources, frontier, fetcher, sink, properties, Clock.systemUTC()).runPass(Optional.of(sourceId));
        }
        client.indices().refresh(r -> r.index(schema.alias("posts")));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void the_post_is_public_and_found_by_its_words() throws Exception {
        assertThat(apiHitIds("焚烧厂偷排")).contains(postId());
        assertThat(storedPost().get(PostFields.RAW_TEXT).toString()).as("planted for real").contains("370828199001011234");
    }

    @Test
    void no_planted_identifier_or_piece_of_one_is_found_by_an_anonymous_search() throws Exception {
        String id = postId();
        for (String identifier : PLANTED) {
            assertThat(apiHitIds(identifier)).as("API search for %s", identifier).doesNotContain(id);
            assertThat(search.search(identifier, 50, false).hits()).extracting(SearchHit::id)
                    .as("search page for %s", identifier).doesNotContain(id);
        }
    }

    @Test
    void no_searchable_or_shown_field_of_the_post_holds_an_identifier() {
        Map<?, ?> post = storedPost();
        for (String field : List.of(PostFields.TITLE, PostFields.TITLE_WORDS, PostFields.TEXT, PostFields.TEXT_WORDS,
                PostFields.MASKED_TEXT, PostFields.HTML, PostFields.KEYWORDS)) {
            String value = String.valueOf(post.get(field)).replace(" ", "");
            for (String identifier : List.of("12345678", "87654321", "24681357", "88886666", "199001011234",
                    "900101123", "zhangsan", "example.com", "H12345", "环保小卫士")) {
                assertThat(value).as("%s holds %s", field, identifier).doesNotContain(identifier);
            }
        }
    }

    @Test
    void a_post_stored_before_masking_is_masked_by_the_start_up_pass() throws Exception {
        String oldId = "pii-old-" + server.port();
        String raw = "旧帖：举报人电话13912345678，身份证370828199001011234，焚烧厂偷排";
        client.index(i -> i.index(schema.alias("posts")).id(oldId).document(Map.of("kind", "SITE", "title", "旧帖13912345678",
                "text", raw, "text_words", String.join(" ", analyzer.segmentForIndex(raw)), "masked_text", raw,
                "sanitized_html", "<p>" + raw + "</p>", "keywords", List.of("13912345678"), "url", "https://old.example/1")));
        client.indices().refresh(r -> r.index(schema.alias("posts")));
        assertThat(apiHitIds("13912345678")).as("the old post is exposed before the pass").contains(oldId);

        new UnmaskedPosts(client, schema.alias("posts"), () -> analyzer).maskAll();
        client.indices().refresh(r -> r.index(schema.alias("posts")));

        for (String identifier : List.of("13912345678", "12345678", "370828199001011234", "199001011234")) {
            assertThat(apiHitIds(identifier)).as(identifier).doesNotContain(oldId);
        }
        Map<?, ?> masked = client.get(g -> g.index(schema.alias("posts")).id(oldId), Map.class).source();
        assertThat(masked.get(PostFields.RAW_TEXT)).isEqualTo(raw);
        assertThat(masked.get(PostFields.PII_MASKED)).isEqualTo(true);
        assertThat(String.valueOf(masked.get(PostFields.HTML)) + masked.get(PostFields.KEYWORDS) + masked.get(PostFields.TITLE))
                .doesNotContain("12345678");
        assertThat(apiHitIds("焚烧厂偷排")).contains(oldId);
    }

    private String postId() {
        return UrlIds.of(CanonicalUrl.of(server.url(ARTICLE)));
    }

    private Map<?, ?> storedPost() {
        try {
            Map<?, ?> source = client.get(g -> g.index(schema.alias("posts")).id(postId()), Map.class).source();
            assertThat(source).as("the planted page was crawled").isNotNull();
            return source;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<String> apiHitIds(String query) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/v1/search?size=100&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        return body.path("hits").findValuesAsText("id");
    }
}
