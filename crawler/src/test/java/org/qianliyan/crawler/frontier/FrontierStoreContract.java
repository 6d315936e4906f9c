package org.qianliyan.crawler.frontier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.Crawler;
import org.qianliyan.crawler.CrawlerSettings;
import org.qianliyan.crawler.fetch.FetcherConfig;
import org.qianliyan.crawler.fetch.HttpFetcher;
import org.qianliyan.crawler.fixture.FixtureServer;
import org.qianliyan.crawler.fixture.FixtureSite;
import org.qianliyan.crawler.source.FieldSelectors;
import org.qianliyan.crawler.source.SourceKind;
import org.qianliyan.crawler.source.SourceProfile;
import org.qianliyan.crawler.ssrf.AddressGuard;
import org.qianliyan.crawler.ssrf.HostResolver;

/**
 * What every {@link FrontierStore} must do. The portal's Elasticsearch store extends this
 * class (crawler test-jar) and supplies a fresh, empty store per test:
 * <pre>{@code
 * class ElasticsearchFrontierStoreIT extends FrontierStoreContract {
 *     protected FrontierStore newStore() { return new ElasticsearchFrontierStore(client, freshIndex()); }
 * }
 * }</pre>
 * Stores may be eventually consistent internally but must make each call's effect visible to
 * the next call (refresh on write in tests).
 */
public abstract class FrontierStoreContract {

    /** Leases last this long in these tests. */
    protected static final Duration LEASE = Duration.ofMinutes(10);
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    /** @return a fresh, empty store */
    protected abstract FrontierStore newStore();

    @Test
    void adding_a_url_twice_keeps_one_entry_keyed_by_its_canonical_url() {
        FrontierStore store = newStore();
        assertThat(store.add("http://Example.cn/a.html?utm_source=wx#top", "s", T0)).isTrue();
        assertThat(store.add("http://example.cn/a.html", "s", T0)).isFalse();
        assertThat(store.get("http://example.cn/a.html")).hasValueSatisfying(e -> {
            assertThat(e.status()).isEqualTo(CrawlStatus.QUEUED);
            assertThat(e.host()).isEqualTo("example.cn");
            assertThat(e.url()).isEqualTo("http://Example.cn/a.html?utm_source=wx#top");
        });
        assertThat(store.countByStatus("s")).containsEntry(CrawlStatus.QUEUED, 1L);
    }

    @Test
    void adding_the_links_of_a_page_at_once_counts_only_the_new_canonical_urls() {
        FrontierStore store = newStore();
        store.add("http://example.cn/known.html", "s", T0);
        int added = store.addAll(List.of("http://example.cn/a.html?utm_source=list", "http://Example.cn/a.html",
                "http://example.cn/known.html", "http://example.cn/b.html", "not a url"), "s", T0);
        assertThat(added).isEqualTo(2);
        assertThat(store.get("http://example.cn/a.html")).hasValueSatisfying(e -> assertThat(e.status()).isEqualTo(CrawlStatus.QUEUED));
        assertThat(store.get("http://example.cn/b.html")).isPresent();
        assertThat(store.countByStatus("s")).containsEntry(CrawlStatus.QUEUED, 3L);
    }

    @Test
    void only_due_urls_are_leased_oldest_first_up_to_the_limit() {
        FrontierStore store = newStore();
        store.add("http://a.cn/later", "s", T0.plusSeconds(60));
        store.add("http://a.cn/2", "s", T0.minusSeconds(10));
        store.add("http://a.cn/1", "s", T0.minusSeconds(20));
        store.add("http://a.cn/3", "s", T0);
        List<FrontierEntry> leased = store.lease("w1", 2, LEASE, T0);
        assertThat(leased).extracting(FrontierEntry::canonicalUrl).containsExactly("http://a.cn/1", "http://a.cn/2");
        assertThat(leased).allSatisfy(e -> {
            assertThat(e.leaseOwner()).isEqualTo("w1");
            assertThat(e.leaseExpiresAt()).isEqualTo(T0.plus(LEASE));
        });
    }

    @Test
    void a_leased_url_is_not_leased_again_while_its_lease_lives() {
        FrontierStore store = newStore();
        store.add("http://a.cn/1", "s", T0);
        assertThat(store.lease("w1", 10, LEASE, T0)).hasSize(1);
        assertThat(store.lease("w1", 10, LEASE, T0.plusSeconds(1))).isEmpty();
        assertThat(store.lease("w2", 10, LEASE, T0.plusSeconds(1))).isEmpty();
    }

    @Test
    void a_host_with_a_live_lease_of_one_owner_is_not_leased_to_another() {
        FrontierStore store = newStore();
        store.add("http://a.cn/1", "s", T0);
        store.add("http://a.cn/2", "s", T0);
        store.add("http://b.cn/1", "s", T0);
        List<FrontierEntry> first = store.lease("w1", 1, LEASE, T0);
        String hostOfW1 = first.get(0).host();
        List<FrontierEntry> second = store.lease("w2", 10, LEASE, T0);
        assertThat(second).isNotEmpty().allSatisfy(e -> assertThat(e.host()).isNotEqualTo(hostOfW1));
    }

    @Test
    void an_expired_lease_of_a_crashed_owner_is_taken_over_and_the_old_owner_cannot_record() {
        FrontierStore store = newStore();
        store.add("http://a.cn/1", "s", T0);
        store.lease("crashed", 10, LEASE, T0);
        Instant later = T0.plus(LEASE).plusSeconds(1);
        List<FrontierEntry> takenOver = store.lease("w2", 10, LEASE, later);
        assertThat(takenOver).extracting(FrontierEntry::leaseOwner).containsExactly("w2");
        FetchRecord done = new FetchRecord(CrawlStatus.FETCHED, null, 0, null, null, null, later);
        assertThat(store.record("http://a.cn/1", "crashed", done)).isFalse();
        assertThat(store.record("http://a.cn/1", "w2", done)).isTrue();
        assertThat(store.get("http://a.cn/1").orElseThrow().status()).isEqualTo(CrawlStatus.FETCHED);
    }

    @Test
    void recording_a_batch_at_once_writes_what_the_owner_still_holds_names_what_it_lost_and_gives_hosts_back() {
        FrontierStore store = newStore();
        store.add("http://a.cn/1", "s", T0);
        store.add("http://b.cn/1", "s", T0);
        assertThat(store.lease("w1", 1, LEASE, T0)).extracting(FrontierEntry::canonicalUrl).containsExactly("http://a.cn/1");
        assertThat(store.lease("w1", 1, LEASE.multipliedBy(10), T0)).extracting(FrontierEntry::canonicalUrl)
                .containsExactly("http://b.cn/1");
        Instant later = T0.plus(LEASE).plusSeconds(1);
        assertThat(store.lease("w2", 10, LEASE, later)).extracting(FrontierEntry::canonicalUrl).containsExactly("http://a.cn/1");
        store.add("http://b.cn/2", "s", T0);

        Map<String, FetchRecord> outcomes = new LinkedHashMap<>();
        outcomes.put("http://a.cn/1", new FetchRecord(CrawlStatus.FETCHED, null, 0, null, null, null, later));
        outcomes.put("http://b.cn/1", new FetchRecord(CrawlStatus.FAILED, later.plusSeconds(600), 1, "TIMEOUT", null, null, later));
        assertThat(store.recordAll("w1", outcomes)).containsExactly("http://a.cn/1");

        assertThat(store.get("http://a.cn/1").orElseThrow()).satisfies(e -> {
            assertThat(e.status()).isEqualTo(CrawlStatus.QUEUED);
            assertThat(e.leaseOwner()).isEqualTo("w2");
        });
        assertThat(store.get("http://b.cn/1").orElseThrow()).satisfies(e -> {
            assertThat(e.status()).isEqualTo(CrawlStatus.FAILED);
            assertThat(e.lastError()).isEqualTo("TIMEOUT");
            assertThat(e.leaseOwner()).isNull();
        });
        assertThat(store.lease("w3", 10, LEASE, later)).as("b.cn given back by w1 with its last URL")
                .extracting(FrontierEntry::canonicalUrl).containsExactly("http://b.cn/2");
        assertThat(store.recordAll("w2", Map.of("http://a.cn/1", outcomes.get("http://a.cn/1")))).isEmpty();
        assertThat(store.get("http://a.cn/1").orElseThrow().status()).isEqualTo(CrawlStatus.FETCHED);
    }

    @Test
    void recording_stores_status_next_fetch_retries_error_and_validators_and_clears_the_lease() {
        FrontierStore store = newStore();
        store.add("http://a.cn/1", "s", T0);
        store.lease("w1", 10, LEASE, T0);
        assertThat(store.record("http://a.cn/1", "w1",
                new FetchRecord(CrawlStatus.FAILED, T0.plusSeconds(120), 2, "TIMEOUT: read time-out", "\"e1\"", "Mon", T0))).isTrue();
        FrontierEntry e = store.get("http://a.cn/1").orElseThrow();
        assertThat(e.status()).isEqualTo(CrawlStatus.FAILED);
        assertThat(e.nextFetchAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(e.retryCount()).isEqualTo(2);
        assertThat(e.lastError()).isEqualTo("TIMEOUT: read time-out");
        assertThat(e.etag()).isEqualTo("\"e1\"");
        assertThat(e.leaseOwner()).isNull();
        assertThat(store.lease("w1", 10, LEASE, T0.plusSeconds(60))).as("not yet due").isEmpty();
        assertThat(store.lease("w1", 10, LEASE, T0.plusSeconds(120))).as("due for retry").hasSize(1);
    }

    @Test
    void a_url_without_a_next_fetch_time_is_never_leased_again() {
        FrontierStore store = newStore();
        store.add("http://a.cn/1", "s", T0);
        store.lease("w1", 10, LEASE, T0);
        store.record("http://a.cn/1", "w1", new FetchRecord(CrawlStatus.FETCHED, null, 0, null, null, null, T0));
        assertThat(store.lease("w1", 10, LEASE, T0.plus(Duration.ofDays(365)))).isEmpty();
    }

    @Test
    void a_released_lease_is_due_again_at_once() {
        FrontierStore store = newStore();
        store.add("http://a.cn/1", "s", T0);
        store.lease("w1", 10, LEASE, T0);
        store.release("http://a.cn/1", "w1");
        assertThat(store.lease("w2", 10, LEASE, T0.plusSeconds(1))).hasSize(1);
    }

    @Test
    void counts_by_status_are_per_source() {
        FrontierStore store = newStore();
        store.add("http://a.cn/1", "s1", T0);
        store.add("http://a.cn/2", "s1", T0);
        store.add("http://a.cn/3", "s2", T0);
        assertThat(store.countByStatus("s1")).containsEntry(CrawlStatus.QUEUED, 2L);
        assertThat(store.countByStatus("s2")).containsEntry(CrawlStatus.QUEUED, 1L);
    }

    @Test
    void two_crawler_instances_sharing_one_store_fetch_every_page_exactly_once() throws Exception {
        try (FixtureServer server = FixtureServer.start()) {
            FrontierStore store = newStore();
            List<String> paths = FixtureSite.installNews(server, "/a", 12, 4000);
            List<String> paths2 = FixtureSite.installNews(server, "/b", 12, 4000);
            Queue<CrawledDocument> sink = new ConcurrentLinkedQueue<>();
            SourceProfile siteA = site("site-a", server.url("/a/list.html"), "/a/\\d+\\.html");
            // The same server reached as 127.0.0.1 is a second host for leasing.
            SourceProfile siteB = site("site-b", server.url("/b/list.html").replace("localhost", "127.0.0.1"), "/b/\\d+\\.html");
            Crawler one = crawler(server, store, sink, "instance-1", List.of(siteA, siteB));
            Crawler two = crawler(server, store, sink, "instance-2", List.of(siteA, siteB));
            one.seed();
            two.seed();
            Thread t1 = new Thread(() -> runQuietly(one));
            Thread t2 = new Thread(() -> runQuietly(two));
            t1.start();
            t2.start();
            t1.join(60_000);
            t2.join(60_000);

            for (String p : paths) {
                assertThat(server.count(p)).as(p).isEqualTo(1);
            }
            for (String p : paths2) {
                assertThat(server.count(p)).as(p).isEqualTo(1);
            }
            assertThat(sink).as(() -> one.progress() + " / " + two.progress() + " / " + paths.stream().map(p -> store.get(server.url(p)).map(Object::toString).orElse(p)).toList()).hasSize(24);
            assertThat(sink.stream().map(CrawledDocument::canonicalUrl).collect(Collectors.toSet())).hasSize(24);
            long fetchedByOne = one.progress().values().stream().mapToLong(p -> p.fetched()).sum();
            long fetchedByTwo = two.progress().values().stream().mapToLong(p -> p.fetched()).sum();
            assertThat(fetchedByOne + fetchedByTwo).isEqualTo(26);
        }
    }

    @Test
    void after_a_crash_a_restarted_crawler_takes_over_the_dead_instances_leases_and_loses_nothing() throws Exception {
        try (FixtureServer server = FixtureServer.start()) {
            FrontierStore store = newStore();
            List<String> paths = FixtureSite.installNews(server, "/a", 8, 4000);
            MutableClock clock = new MutableClock(Instant.now());
            SourceProfile siteA = site("site-a", server.url("/a/list.html"), "/a/\\d+\\.html");
            Queue<CrawledDocument> sink = new ConcurrentLinkedQueue<>();
            Crawler first = crawler(server, store, sink, "instance-1", List.of(siteA), clock);
            first.seed();
            first.runOnce();
            assertThat(sink).hasSize(8);
            // A second source's pages are leased by an instance that then dies (kill -9: no record, no release).
            SourceProfile siteB = site("site-b", server.url("/c/list.html"), "/c/\\d+\\.html");
            List<String> more = FixtureSite.installNews(server, "/c", 5, 4000);
            more.forEach(p -> store.add(server.url(p), "site-b", clock.instant()));
            List<FrontierEntry> held = store.lease("dead-instance", 100, LEASE, clock.instant());
            assertThat(held).hasSize(5);

            Crawler restarted = crawler(server, store, sink, "instance-3", List.of(siteA, siteB), clock);
            restarted.runOnce();
            assertThat(sink).as("nothing is fetched while the dead lease lives").hasSize(8);
            clock.advance(LEASE.plusSeconds(1));
            restarted.runOnce();
            assertThat(sink).hasSize(13);
            for (String p : more) {
                assertThat(server.count(p)).as(p).isEqualTo(1);
                assertThat(store.get(server.url(p)).orElseThrow().status()).isEqualTo(CrawlStatus.FETCHED);
            }
            for (String p : paths) {
                assertThat(server.count(p)).as(p).isEqualTo(1);
            }
            Set<String> urls = new HashSet<>();
            sink.forEach(d -> assertThat(urls.add(d.canonicalUrl())).as("once: " + d.canonicalUrl()).isTrue());
        }
    }

    private static void runQuietly(Crawler crawler) {
        try {
            crawler.runOnce();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static SourceProfile site(String id, String seed, String linkPattern) {
        return new SourceProfile(id, null, SourceKind.SITE, List.of(seed), linkPattern, null, FieldSelectors.NONE,
                List.of(), Map.of(), null, true);
    }

    private static Crawler crawler(FixtureServer server, FrontierStore store, Queue<CrawledDocument> sink, String owner,
            List<SourceProfile> profiles) {
        return crawler(server, store, sink, owner, profiles, Clock.systemUTC());
    }

    private static Crawler crawler(FixtureServer server, FrontierStore store, Queue<CrawledDocument> sink, String owner,
            List<SourceProfile> profiles, Clock clock) {
        Set<String> allow = new HashSet<>(server.allowList());
        allow.add("127.0.0.1:" + server.port());
        HttpFetcher fetcher = new HttpFetcher(FetcherConfig.defaults().withHostDelay(Duration.ofMillis(5)),
                new AddressGuard(HostResolver.SYSTEM, allow));
        CrawlerSettings settings = new CrawlerSettings(owner, 1, 3, LEASE, Duration.ofMillis(50), 2,
                Duration.ofMillis(50), Duration.ofHours(1));
        return new Crawler(store, fetcher, sink::add, profiles, settings, clock);
    }
}
