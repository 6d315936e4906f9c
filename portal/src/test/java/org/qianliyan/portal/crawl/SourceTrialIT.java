package org.qianliyan.portal.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qianliyan.crawler.fetch.HttpFetcher;
import org.qianliyan.crawler.fixture.FixtureServer;
import org.qianliyan.crawler.ssrf.AddressGuard;
import org.qianliyan.crawler.ssrf.HostResolver;
import org.qianliyan.portal.crawl.sources.SourceTrial;
import org.qianliyan.portal.crawl.sources.SourceTrialResult;

/** "Test this source" against the fixture site: what would be extracted, and refusals named. */
class SourceTrialIT {

    private static FixtureServer server;
    private static HttpFetcher fetcher;
    private static SourceTrial trial;

    @BeforeAll
    static void start() {
        server = FixtureServer.start();
        FixtureNewsSite.install(server);
        CrawlerProperties properties = CrawlFixtures.properties(server, Duration.ofMinutes(1), Duration.ofMillis(5));
        fetcher = new HttpFetcher(properties.fetcherConfig(),
                new AddressGuard(HostResolver.SYSTEM, new HashSet<>(properties.allowHosts())));
        trial = new SourceTrial(fetcher, Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void a_list_page_is_followed_to_its_first_article_and_the_fields_are_shown() throws Exception {
        SourceTrialResult result = trial.run(CrawlFixtures.site("news", server.url(FixtureNewsSite.LIST), "/news/a\\d+\\.html$"));
        assertThat(result.ok()).as(result.toString()).isTrue();
        assertThat(result.url()).contains("/news/a1.html");
        assertThat(result.title()).contains("垃圾焚烧厂");
        assertThat(result.publishedAt()).isNotNull();
        assertThat(result.excerpt()).isNotBlank().hasSizeLessThanOrEqualTo(301);
        assertThat(result.links()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void a_gbk_article_given_directly_is_decoded() throws Exception {
        SourceTrialResult result = trial.run(CrawlFixtures.site("gov", server.url(FixtureNewsSite.GBK_UNDECLARED), "/news/a\\d+\\.html$"));
        assertThat(result.title()).contains("重点排污单位自动监测数据");
        assertThat(result.documents()).isEqualTo(1);
    }

    @Test
    void a_captcha_answer_is_reported_as_blocked() throws Exception {
        SourceTrialResult result = trial.run(CrawlFixtures.site("guarded", server.url(FixtureNewsSite.CAPTCHA_LIST)
                .replace("localhost", "127.0.0.1"), "/guarded/\\d+\\.html$"));
        assertThat(result.outcome()).isEqualTo("BLOCKED");
        assertThat(result.reason()).isNotBlank();
    }

    @Test
    void a_private_address_that_is_not_allow_listed_is_refused() throws Exception {
        try (HttpFetcher strict = new HttpFetcher(CrawlFixtures.properties(server, Duration.ofMinutes(1),
                Duration.ofMillis(5)).fetcherConfig(), AddressGuard.strict())) {
            SourceTrialResult result = new SourceTrial(strict, Clock.systemUTC())
                    .run(CrawlFixtures.site("internal", server.url(FixtureNewsSite.NEWS), null));
            assertThat(result.outcome()).isEqualTo("SSRF_REFUSED");
        }
        assertThat(server.count(FixtureNewsSite.NEWS)).isZero();
    }
}
