package org.qianliyan.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.qianliyan.crawler.fetch.FetcherConfig;
import org.qianliyan.crawler.fetch.HttpFetcher;
import org.qianliyan.crawler.fixture.FixtureServer;
import org.qianliyan.crawler.fixture.FixtureSite;
import org.qianliyan.crawler.frontier.CrawlStatus;
import org.qianliyan.crawler.frontier.FetchRecord;
import org.qianliyan.crawler.frontier.FrontierEntry;
import org.qianliyan.crawler.frontier.FrontierStore;
import org.qianliyan.crawler.frontier.InMemoryFrontierStore;
import org.qianliyan.crawler.source.FieldSelectors;
import org.qianliyan.crawler.source.SourceKind;
import org.qianliyan.crawler.source.SourceProfile;
import org.qianliyan.crawler.ssrf.AddressGuard;
import org.qianliyan.crawler.ssrf.HostResolver;

/**
 * A shared frontier on an Elasticsearch cluster that loses a node answers 503 or refuses
 * connections for a few seconds (seen in bench/scale-out.sh): the pass waits and goes on
 * instead of ending with the error, and loses no page's links.
 */
class CrawlerStoreOutageIT {

    @Test
    void a_pass_outlasts_a_frontier_store_failing_for_a_while() throws Exception {
        try (FixtureServer server = FixtureServer.start()) {
            List<String> articles = FixtureSite.installNews(server, "/n", 3, 4000);
            InMemoryFrontierStore frontier = new InMemoryFrontierStore();
            FailingFor store = new FailingFor(frontier, 2, 0);

            Queue<CrawledDocument> sink = crawlNews(server, store, Duration.ofMinutes(1), Duration.ofMillis(50));

            assertThat(store.leaseFailures.get()).as("the store failed twice before it answered").isEqualTo(2);
            assertThat(sink).hasSize(3);
            assertThat(articles).allSatisfy(path -> assertThat(server.count(path)).as(path).isEqualTo(1));
            assertThat(frontier.all()).allSatisfy(e -> assertThat(e.status()).isEqualTo(CrawlStatus.FETCHED));
        }
    }

    @Test
    void a_page_whose_links_could_not_be_added_is_left_to_its_lease_expiry_and_fetched_again() throws Exception {
        try (FixtureServer server = FixtureServer.start()) {
            List<String> articles = FixtureSite.installNews(server, "/n", 3, 4000);
            InMemoryFrontierStore frontier = new InMemoryFrontierStore();
            FailingFor store = new FailingFor(frontier, 0, 1);

            Queue<CrawledDocument> sink = crawlNews(server, store, Duration.ofMillis(300), Duration.ofMillis(200));

            assertThat(store.linkFailures.get()).isEqualTo(1);
            assertThat(server.count("/n/list.html")).as("fetched again once its lease expired").isEqualTo(2);
            assertThat(articles).allSatisfy(path -> assertThat(server.count(path)).as(path).isEqualTo(1));
            assertThat(sink).hasSize(3);
            assertThat(frontier.all()).hasSize(4).allSatisfy(e -> assertThat(e.status()).isEqualTo(CrawlStatus.FETCHED));
        }
    }

    /** One pass, one worker, over the news list page {@code /n/list.html} and its articles; @return what was stored */
    private static Queue<CrawledDocument> crawlNews(FixtureServer server, FrontierStore store, Duration lease,
            Duration idlePoll) throws InterruptedException {
        SourceProfile profile = new SourceProfile("news", null, SourceKind.SITE, List.of(server.url("/n/list.html")),
                "/n/\\d+\\.html", null, FieldSelectors.NONE, List.of(), Map.of(), Duration.ofHours(1), true);
        Queue<CrawledDocument> sink = new ConcurrentLinkedQueue<>();
        CrawlerSettings settings = new CrawlerSettings("c1", 1, 10, lease, idlePoll, 1, Duration.ofMillis(100),
                Duration.ofHours(1));
        try (HttpFetcher fetcher = new HttpFetcher(FetcherConfig.defaults().withHostDelay(Duration.ZERO),
                new AddressGuard(HostResolver.SYSTEM, server.allowList()))) {
            Crawler crawler = new Crawler(store, fetcher, sink::add, List.of(profile), settings, Clock.systemUTC());
            crawler.seed();
            crawler.runOnce();
        }
        return sink;
    }

    /**
     * Fails its first leases and link additions as a cluster between losing a node and moving its shards does.
     */
    private static final class FailingFor implements FrontierStore {

        private final FrontierStore store;
        private final int failingLeases;
        private final int failingLinkAdditions;
        final AtomicInteger leaseFailures = new AtomicInteger();
        final AtomicInteger linkFailures = new AtomicInteger();

        FailingFor(FrontierStore store, int failingLeases, int failingLinkAdditions) {
            this.store = store;
            this.failingLeases = failingLeases;
            this.failingLinkAdditions = failingLinkAdditions;
        }

        @Override
        public List<FrontierEntry> lease(String owner, int maxUrls, Duration duration, Instant now) {
            if (leaseFailures.get() < failingLeases) {
                leaseFailures.incrementAndGet();
                throw new IllegalStateException("503 Service Unavailable: all shards failed");
            }
            return store.lease(owner, maxUrls, duration, now);
        }

        @Override
        public int addAll(List<String> urls, String sourceId, Instant dueAt) {
            if (linkFailures.get() < failingLinkAdditions) {
                linkFailures.incrementAndGet();
                throw new IllegalStateException("503 Service Unavailable: all shards failed");
            }
            return store.addAll(urls, sourceId, dueAt);
        }

        @Override
        public boolean add(String url, String sourceId, Instant dueAt) {
            return store.add(url, sourceId, dueAt);
        }

        @Override
        public boolean record(String canonicalUrl, String owner, FetchRecord record) {
            return store.record(canonicalUrl, owner, record);
        }

        @Override
        public void release(String canonicalUrl, String owner) {
            store.release(canonicalUrl, owner);
        }

        @Override
        public boolean anyDue(Instant now) {
            return store.anyDue(now);
        }

        @Override
        public Optional<FrontierEntry> get(String canonicalUrl) {
            return store.get(canonicalUrl);
        }

        @Override
        public Map<CrawlStatus, Long> countByStatus(String sourceId) {
            return store.countByStatus(sourceId);
        }
    }
}
