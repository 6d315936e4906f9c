package org.qianliyan.portal.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qianliyan.crawler.SourceProgress;
import org.qianliyan.crawler.fetch.HttpFetcher;
import org.qianliyan.crawler.fixture.FixtureServer;
import org.qianliyan.crawler.frontier.CrawlStatus;
import org.qianliyan.crawler.ssrf.AddressGuard;
import org.qianliyan.crawler.ssrf.HostResolver;
import org.qianliyan.crawler.url.CanonicalUrl;
import org.qianliyan.nlp.NlpSettings;
import org.qianliyan.nlp.TextAnalyzer;
import org.qianliyan.nlp.link.FacilitySource;
import org.qianliyan.portal.crawl.frontier.ElasticsearchFrontierStore;
import org.qianliyan.portal.crawl.frontier.UrlIds;
import org.qianliyan.portal.opinion.intake.PostFields;
import org.qianliyan.portal.opinion.intake.PostSink;
import org.qianliyan.portal.crawl.sources.SourceRepository;

/**
 * A crawl of the fixture site (GBK pages, robots rules, duplicates, faults, a captcha) through
 * the real fetcher, the Elasticsearch frontier, NLP and the posts index.
 */
class CrawlPipelineIT {

    private static FixtureServer server;
    private static CrawlIndices indices;
    private static HttpFetcher fetcher;
    private static SourceRepository sources;
    private static ElasticsearchFrontierStore frontier;
    private static PostSink sink;
    private static CrawlPass pass;

    @BeforeAll
    static void crawlTheFixtureSite() throws Exception {
        server = FixtureServer.start();
        FixtureNewsSite.install(server);
        indices = new CrawlIndices();
        CrawlerProperties properties = CrawlFixtures.properties(server, Duration.ofMinutes(1), Duration.ofMillis(5));
        fetcher = new HttpFetcher(properties.fetcherConfig(),
                new AddressGuard(HostResolver.SYSTEM, new java.util.HashSet<>(properties.allowHosts())));
        sources = new SourceRepository(indices.client(), indices.sources());
        frontier = new ElasticsearchFrontierStore(indices.client(), indices.crawlStatus());
        sink = new PostSink(new TextAnalyzer(NlpSettings.defaults(), FacilitySource.none()), indices.client(), indices.posts());
        sources.save(CrawlFixtures.site("fixture-news", server.url(FixtureNewsSite.LIST), "/news/a\\d+\\.html$|/private/"), Instant.now());
        sources.save(CrawlFixtures.site("guarded", server.url(FixtureNewsSite.CAPTCHA_LIST).replace("localhost", "127.0.0.1"),
                "/guarded/\\d+\\.html$"), Instant.now());
        CrawlService crawls = new CrawlService(sources, frontier, fetcher, sink, properties, Clock.systemUTC());
        pass = crawls.runPass(Optional.empty());
    }

    @AfterAll
    static void stop() throws IOException {
        if (fetcher != null) {
            fetcher.close();
        }
        if (indices != null) {
            indices.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void every_article_lands_in_the_posts_index_exactly_once() throws IOException {
        assertThat(indices.count(indices.posts())).isEqualTo(FixtureNewsSite.ARTICLES.size());
        for (String path : FixtureNewsSite.ARTICLES) {
            assertThat(post(path)).as(path).isNotNull();
        }
    }

    @Test
    void each_page_is_requested_once_and_the_robots_disallowed_page_never() {
        for (String path : FixtureNewsSite.ARTICLES) {
            assertThat(server.count(path)).as(path).isEqualTo(1);
        }
        assertThat(server.count(FixtureNewsSite.DISALLOWED)).isZero();
        assertThat(server.count(FixtureNewsSite.NEWS + "?utm_source=weixin")).as("tracking parameter stripped").isZero();
    }

    @Test
    void gbk_pages_declared_or_not_are_decoded_to_chinese_and_segmented_for_recall() {
        assertThat(post(FixtureNewsSite.GBK_DECLARED).get(PostFields.TITLE).toString()).contains("垃圾焚烧发电厂专项执法检查");
        Map<String, Object> undeclared = post(FixtureNewsSite.GBK_UNDECLARED);
        assertThat(undeclared.get(PostFields.TITLE).toString()).contains("重点排污单位自动监测数据");
        assertThat(undeclared.get(PostFields.TEXT_WORDS).toString()).contains(" ").contains("自动");
        assertThat(undeclared.get(PostFields.PUBLISHED_AT).toString()).startsWith("2023-04-1");
    }

    @Test
    void the_analysis_is_stored_with_the_post() {
        Map<String, Object> news = post(FixtureNewsSite.NEWS);
        assertThat(news.get(PostFields.SENTIMENT)).isIn("NEGATIVE", "NEUTRAL", "POSITIVE");
        assertThat((java.util.List<?>) news.get(PostFields.TOPICS)).isNotEmpty();
        assertThat((java.util.List<?>) news.get(PostFields.KEYWORDS)).isNotEmpty();
        assertThat(news.get(PostFields.SIMHASH)).isNotNull();
        assertThat(news.get(PostFields.SOURCE_ID)).isEqualTo("fixture-news");
    }

    @Test
    void the_exact_copy_is_counted_as_a_duplicate_and_the_repost_joins_the_original_story() {
        assertThat(post(FixtureNewsSite.EXACT_COPY)).isNull();
        String originalId = UrlIds.of(CanonicalUrl.of(server.url(FixtureNewsSite.NEWS)));
        assertThat(post(FixtureNewsSite.REPOST).get(PostFields.STORY_ID)).isEqualTo(originalId);
        assertThat(post(FixtureNewsSite.NEWS).get(PostFields.STORY_ID)).isEqualTo(originalId);
        assertThat(((Number) post(FixtureNewsSite.NEWS).get(PostFields.REPOST_COUNT)).intValue()).isEqualTo(1);
        SourceProgress progress = pass.progress().get("fixture-news");
        assertThat(progress.newDocs()).isEqualTo(4);
        assertThat(progress.duplicates()).as("the exact copy").isEqualTo(1);
    }

    @Test
    void failures_are_recorded_with_their_reason() {
        assertThat(frontier.get(CanonicalUrl.of(server.url(FixtureNewsSite.SERVER_ERROR)))).hasValueSatisfying(e -> {
            assertThat(e.status()).isEqualTo(CrawlStatus.FAILED);
            assertThat(e.lastError()).contains("SERVER_ERROR");
        });
        assertThat(frontier.get(CanonicalUrl.of(server.url(FixtureNewsSite.MISSING)))).hasValueSatisfying(e ->
                assertThat(e.lastError()).contains("NOT_FOUND"));
        assertThat(frontier.get(CanonicalUrl.of(server.url(FixtureNewsSite.DISALLOWED)))).hasValueSatisfying(e ->
                assertThat(e.lastError()).contains("ROBOTS"));
        assertThat(frontier.countByStatus("fixture-news")).containsEntry(CrawlStatus.FAILED, 3L);
    }

    @Test
    void a_source_that_answers_with_a_captcha_is_flagged_for_staff() {
        assertThat(pass.progress().get("guarded").blocked()).isTrue();
        assertThat(sources.find("guarded")).hasValueSatisfying(s -> {
            assertThat(s.blocked()).isTrue();
            assertThat(s.blockedReason()).isNotBlank();
        });
        assertThat(sources.find("fixture-news").orElseThrow().blocked()).isFalse();
    }

    @Test
    void handing_the_same_document_over_again_writes_nothing_new() throws IOException {
        long before = indices.count(indices.posts());
        Map<String, Object> original = post(FixtureNewsSite.NEWS);
        org.qianliyan.crawler.CrawledDocument again = new org.qianliyan.crawler.CrawledDocument(
                server.url(FixtureNewsSite.REPOST), CanonicalUrl.of(server.url(FixtureNewsSite.REPOST)), "fixture-news",
                org.qianliyan.crawler.source.SourceKind.SITE, "转发", null, null, "转发：" + original.get(PostFields.TEXT),
                "", null, Instant.now(), "hash", null);
        sink.accept(again);
        sink.accept(again);
        assertThat(indices.count(indices.posts())).isEqualTo(before);
        assertThat(((Number) post(FixtureNewsSite.NEWS).get(PostFields.REPOST_COUNT)).intValue()).isEqualTo(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> post(String path) {
        String id = UrlIds.of(CanonicalUrl.of(server.url(path)));
        try {
            var response = indices.client().get(g -> g.index(indices.posts()).id(id), Map.class);
            return response.found() ? response.source() : null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
