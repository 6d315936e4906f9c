package org.qianliyan.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.qianliyan.crawler.fetch.FetcherConfig;
import org.qianliyan.crawler.fetch.HttpFetcher;
import org.qianliyan.crawler.fixture.FixtureServer;
import org.qianliyan.crawler.fixture.FixtureServer.Route;
import org.qianliyan.crawler.fixture.FixtureSite;
import org.qianliyan.crawler.frontier.CrawlStatus;
import org.qianliyan.crawler.frontier.InMemoryFrontierStore;
import org.qianliyan.crawler.source.FieldSelectors;
import org.qianliyan.crawler.source.SourceKind;
import org.qianliyan.crawler.source.SourceProfile;
import org.qianliyan.crawler.ssrf.AddressGuard;
import org.qianliyan.crawler.ssrf.HostResolver;

/** Continuous mode: seeds are revisited with conditional GETs, and stop() ends the loop gracefully. */
class CrawlerLifecycleIT {

    @Test
    void continuous_mode_revisits_seeds_conditionally_and_stops_gracefully() throws Exception {
        try (FixtureServer server = FixtureServer.start()) {
            FixtureSite.installNews(server, "/n", 3, 6000);
            byte[] list = "<html><body><a href=\"/n/1.html\">1</a><a href=\"/n/2.html\">2</a><a href=\"/n/3.html\">3</a></body></html>"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            server.route("/n/list.html", Route.conditional(list, "text/html; charset=utf-8", "\"list-v1\"",
                    "Wed, 01 May 2024 00:00:00 GMT"));
            SourceProfile profile = new SourceProfile("news", null, SourceKind.SITE, List.of(server.url("/n/list.html")),
                    "/n/\\d+\\.html", null, FieldSelectors.NONE, List.of(), Map.of(), Duration.ofMillis(300), true);
            InMemoryFrontierStore store = new InMemoryFrontierStore();
            Queue<CrawledDocument> sink = new ConcurrentLinkedQueue<>();
            HttpFetcher fetcher = new HttpFetcher(FetcherConfig.defaults().withHostDelay(Duration.ZERO),
                    new AddressGuard(HostResolver.SYSTEM, server.allowList()));
            CrawlerSettings settings = new CrawlerSettings("c1", 1, 10, Duration.ofMinutes(1), Duration.ofMillis(50), 1,
                    Duration.ofMillis(100), Duration.ofHours(1));
            Crawler crawler = new Crawler(store, fetcher, sink::add, List.of(profile), settings, Clock.systemUTC());
            crawler.seed();
            Thread loop = new Thread(() -> {
                try {
                    crawler.runContinuously();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            loop.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (server.count("/n/list.html") < 2 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            crawler.stop();
            loop.join(5000);

            assertThat(loop.isAlive()).as("the loop ended after stop()").isFalse();
            var listRequests = server.requests().stream().filter(r -> r.pathAndQuery().equals("/n/list.html")).toList();
            assertThat(listRequests.size()).as(() -> "the seed is revisited: " + store.all() + crawler.progress()).isGreaterThanOrEqualTo(2);
            assertThat(listRequests.get(0).header("If-None-Match")).isNull();
            assertThat(listRequests.get(1).header("If-None-Match")).isEqualTo("\"list-v1\"");
            assertThat(server.count("/n/1.html")).as("articles are not refetched").isEqualTo(1);
            assertThat(sink).hasSize(3);
            assertThat(store.get(server.url("/n/list.html")).orElseThrow().status()).isEqualTo(CrawlStatus.FETCHED);
            assertThat(store.all()).allSatisfy(e -> assertThat(e.leaseOwner()).isNull());
        }
    }
}
