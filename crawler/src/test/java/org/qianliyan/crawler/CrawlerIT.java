package org.qianliyan.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianliyan.crawler.extract.DisclosureRecord;
import org.qianliyan.crawler.fetch.FetcherConfig;
import org.qianliyan.crawler.fetch.HttpFetcher;
import org.qianliyan.crawler.fixture.FixtureServer;
import org.qianliyan.crawler.fixture.FixtureServer.Route;
import org.qianliyan.crawler.fixture.FixtureSite;
import org.qianliyan.crawler.frontier.CrawlStatus;
import org.qianliyan.crawler.frontier.FrontierEntry;
import org.qianliyan.crawler.frontier.InMemoryFrontierStore;
import org.qianliyan.crawler.source.FieldSelectors;
import org.qianliyan.crawler.source.SourceKind;
import org.qianliyan.crawler.source.SourceProfile;
import org.qianliyan.crawler.ssrf.AddressGuard;
import org.qianliyan.crawler.ssrf.HostResolver;

/**
 * A crawl of our fixture site: GBK pages, robots rules, duplicates, a disclosure site, a feed,
 * an anti-bot page and every fault the fetcher knows. The crawl goes on, each document lands once,
 * every failure is recorded with its reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrawlerIT {

    private static final Charset GBK = Charset.forName("GBK");

    private FixtureServer server;
    private final InMemoryFrontierStore store = new InMemoryFrontierStore();
    private final Queue<CrawledDocument> sink = new ConcurrentLinkedQueue<>();
    private Crawler crawler;

    @BeforeAll
    void crawl() throws Exception {
        server = FixtureServer.start();
        String gbkList = "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=gbk\"><title>工作动态</title></head><body><ul>"
                + link("/gov/202305/t1.html", "专项执法检查") + link("/gov/202304/t2.html", "自动监测数据通报")
                + link("/gov/202304/t2.html?utm_source=weixin&from=timeline", "自动监测数据通报（转）")
                + link("/gov/202304/copy.html", "通报（镜像）") + link("/gov/private/t3.html", "内部")
                + link("/gov/fault/slow.html", "慢") + link("/gov/fault/big.html", "大") + link("/gov/fault/binary.html", "图")
                + link("/gov/fault/loop.html", "环") + link("/gov/fault/flaky.html", "时好时坏") + link("/gov/fault/busy.html", "忙")
                + link("/gov/fault/missing.html", "无") + link("/gov/fault/reset.html", "断") + link("/gov/fault/malformed.html", "乱")
                + link("/gov/fault/empty.html", "空") + link("/gov/fault/empty2.html", "又空")
                + "</ul></body></html>";
        byte[] undeclared = FixtureServer.readResource("site/gov-article-undeclared.html");
        server.route("/robots.txt", Route.text("User-agent: *\nDisallow: /gov/private/\n", "text/plain"))
                .route("/gov/list.html", Route.body(gbkList.getBytes(GBK), "text/html"))
                .route("/gov/202305/t1.html", Route.resource("site/gov-article.html", "text/html"))
                .route("/gov/202304/t2.html", Route.body(undeclared, "text/html"))
                .route("/gov/202304/copy.html", Route.body(undeclared, "text/html"))
                .route("/gov/private/t3.html", Route.resource("site/gov-article.html", "text/html"))
                .route("/gov/fault/slow.html", Route.slowDrip(FixtureSite.article(1, 20_000), 200, 100))
                .route("/gov/fault/big.html", Route.chunked(new byte[10 * 1024 * 1024], "text/html"))
                .route("/gov/fault/binary.html", Route.body(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2}, "text/html"))
                .route("/gov/fault/loop.html", Route.redirect(302, "/gov/fault/loop2.html"))
                .route("/gov/fault/loop2.html", Route.redirect(302, "/gov/fault/loop.html"))
                .route("/gov/fault/flaky.html", Route.failing(2, Route.status(503, Map.of()),
                        Route.resource("site/news-article2.html", "text/html; charset=utf-8")))
                .route("/gov/fault/busy.html", Route.failing(1, Route.status(429, Map.of("Retry-After", "1")),
                        Route.body(FixtureSite.article(7, 10_000), "text/html; charset=utf-8")))
                .route("/gov/fault/reset.html", Route.redirect(302, server.resetUrl()))
                .route("/gov/fault/malformed.html", Route.text("<html><body><div><p>未闭合的段落，内容足够长，包含逗号，也有句号。"
                        + "<p>第二段同样没有闭合，焚烧厂周边，异味明显。<table><tr><td>单元格</div></span></i></body>", "text/html"))
                .route("/gov/fault/empty.html", Route.text("<html><head><title>脚本渲染的页面</title></head><body><div id=app>"
                        + "</div><script>render()</script></body></html>", "text/html; charset=utf-8"))
                .route("/gov/fault/empty2.html", Route.text("<html><head><title>另一个脚本渲染的页面</title></head><body>"
                        + "<div id=root></div></body></html>", "text/html; charset=utf-8"))
                .route("/xzcf/index.html", Route.resource("site/xzcf-list.html", "text/html"))
                .route("/xzcf/index_1.html", Route.resource("site/xzcf-list-2.html", "text/html"))
                .route("/xzcf/202306/t20230601_301.html", Route.resource("site/xzcf-table.html", "text/html"))
                .route("/xzcf/202306/t20230605_302.html", Route.resource("site/xzcf-text.html", "text/html; charset=utf-8"))
                .route("/feed/atom.xml", Route.resource("site/atom.xml", "application/atom+xml"))
                .route("/captcha/list.html", Route.resource("site/captcha.html", "text/html; charset=utf-8"));

        String base = "http://localhost:" + server.port();
        List<SourceProfile> profiles = List.of(
                profile("gov-news", SourceKind.SITE, base + "/gov/list.html", "/gov/(\\d{6}|private|fault)/", null),
                profile("xzcf", SourceKind.GOV_DISCLOSURE, base + "/xzcf/index.html", "/xzcf/\\d{6}/t\\d+_\\d+\\.html", "/xzcf/index_\\d+\\.html$"),
                profile("feed", SourceKind.RSS, base + "/feed/atom.xml", null, null),
                profile("blocked-site", SourceKind.SITE, "http://127.0.0.1:" + server.port() + "/captcha/list.html", null, null));
        Set<String> allow = new HashSet<>(server.allowList());
        allow.add("127.0.0.1:" + server.port());
        FetcherConfig config = FetcherConfig.defaults().withHostDelay(Duration.ZERO)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(700)).withMaxBodyBytes(2 * 1024 * 1024);
        CrawlerSettings settings = new CrawlerSettings("it", 1, 5, Duration.ofMinutes(5), Duration.ofMillis(50), 2,
                Duration.ofMillis(100), Duration.ofHours(1));
        crawler = new Crawler(store, new HttpFetcher(config, new AddressGuard(HostResolver.SYSTEM, allow)), sink::add,
                profiles, settings, Clock.systemUTC());
        crawler.seed();
        for (int pass = 0; pass < 4; pass++) {
            crawler.runOnce();
            Thread.sleep(1100);
        }
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private static String link(String href, String text) {
        return "<li><a href=\"" + href + "\">" + text + "</a></li>";
    }

    private static SourceProfile profile(String id, SourceKind kind, String seed, String link, String list) {
        return new SourceProfile(id, null, kind, List.of(seed), link, list, FieldSelectors.NONE, List.of(), Map.of(), null, true);
    }

    private FrontierEntry entry(String path) {
        return store.get("http://localhost:" + server.port() + path).orElseThrow(() -> new AssertionError("not in frontier: " + path));
    }

    private Map<String, CrawledDocument> documents() {
        return sink.stream().collect(Collectors.toMap(d -> d.canonicalUrl().replaceFirst("http://localhost:\\d+", ""), d -> d));
    }

    @Test
    void every_good_page_lands_once_with_gbk_text_decoded() {
        Map<String, CrawledDocument> docs = documents();
        assertThat(docs.keySet()).contains("/gov/202305/t1.html", "/gov/202304/t2.html", "/gov/fault/flaky.html",
                "/gov/fault/busy.html", "/gov/fault/malformed.html", "/xzcf/202306/t20230601_301.html",
                "/xzcf/202306/t20230605_302.html", "http://example.gov.cn/xwfb/202401/t20240115_1.html");
        assertThat(sink).hasSize(docs.size());
        assertThat(docs.get("/gov/202305/t1.html").title()).isEqualTo("省生态环境厅开展垃圾焚烧发电厂专项执法检查");
        assertThat(docs.get("/gov/202304/t2.html").text()).contains("数据传输有效率为96.3%");
        assertThat(docs.get("/gov/fault/malformed.html").text()).contains("焚烧厂周边");
    }

    @Test
    void the_robots_disallowed_page_is_never_requested_and_is_recorded() {
        assertThat(server.count("/gov/private/t3.html")).isZero();
        assertThat(entry("/gov/private/t3.html").lastError()).contains("robots.txt");
    }

    @Test
    void a_duplicate_link_is_fetched_once_and_a_mirrored_page_is_not_emitted_twice() {
        assertThat(server.count("/gov/202304/t2.html")).isEqualTo(1);
        assertThat(documents()).doesNotContainKey("/gov/202304/copy.html");
        assertThat(crawler.progress().get("gov-news").duplicates()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void every_fault_is_recorded_with_its_reason_and_the_crawl_went_on() {
        assertThat(entry("/gov/fault/slow.html").lastError()).startsWith("TIMEOUT");
        assertThat(entry("/gov/fault/big.html").lastError()).startsWith("TOO_LARGE");
        assertThat(entry("/gov/fault/binary.html").lastError()).contains("binary body");
        assertThat(entry("/gov/fault/loop.html").lastError()).contains("redirect loop");
        assertThat(entry("/gov/fault/missing.html").lastError()).contains("404");
        assertThat(entry("/gov/fault/reset.html").lastError()).startsWith("NETWORK_ERROR");
        assertThat(entry("/gov/fault/missing.html").status()).isEqualTo(CrawlStatus.FAILED);
        assertThat(entry("/gov/fault/missing.html").nextFetchAt()).as("permanent failures are not retried").isNull();
        assertThat(entry("/gov/fault/slow.html").retryCount()).as("transient failures are retried").isGreaterThan(1);
    }

    @Test
    void a_page_whose_body_comes_out_empty_is_an_extraction_failure_not_a_duplicate() {
        for (String path : List.of("/gov/fault/empty.html", "/gov/fault/empty2.html")) {
            assertThat(entry(path).status()).isEqualTo(CrawlStatus.FAILED);
            assertThat(entry(path).lastError()).contains("extraction failed: empty body");
            assertThat(documents()).doesNotContainKey(path);
        }
    }

    @Test
    void transient_failures_and_429_are_retried_until_they_succeed() {
        assertThat(entry("/gov/fault/flaky.html").status()).isEqualTo(CrawlStatus.FETCHED);
        assertThat(server.count("/gov/fault/flaky.html")).isEqualTo(3);
        assertThat(entry("/gov/fault/busy.html").status()).isEqualTo(CrawlStatus.FETCHED);
        assertThat(server.count("/gov/fault/busy.html")).isEqualTo(2);
    }

    @Test
    void disclosure_pages_are_followed_through_pagination_and_carry_their_fields() {
        assertThat(server.count("/xzcf/index_1.html")).isEqualTo(1);
        CrawledDocument table = documents().get("/xzcf/202306/t20230601_301.html");
        assertThat(table.disclosure().field(DisclosureRecord.DECISION_NUMBER)).hasValue("某环罚〔2023〕12号");
        assertThat(entry("/xzcf/202305/t20230520_299.html").lastError()).contains("404");
    }

    @Test
    void an_anti_bot_page_blocks_its_source_only_and_flags_it() {
        SourceProgress blocked = crawler.progress().get("blocked-site");
        assertThat(blocked.blocked()).isTrue();
        assertThat(blocked.lastBlock()).contains("访问过于频繁");
        assertThat(store.get("http://127.0.0.1:" + server.port() + "/captcha/list.html").orElseThrow().status())
                .isEqualTo(CrawlStatus.BLOCKED);
        assertThat(server.count("/captcha/list.html")).isEqualTo(1);
        assertThat(crawler.progress().get("gov-news").blocked()).isFalse();
    }

    @Test
    void progress_counts_per_source() {
        SourceProgress gov = crawler.progress().get("gov-news");
        assertThat(gov.fetched()).isGreaterThanOrEqualTo(6);
        assertThat(gov.failed()).isGreaterThanOrEqualTo(6);
        assertThat(gov.newDocs()).isEqualTo(5);
        assertThat(crawler.progress().get("feed").newDocs()).isEqualTo(2);
    }

    @Test
    void every_request_named_qianliyan() {
        assertThat(server.requests()).filteredOn(r -> r.header("User-Agent") != null)
                .allSatisfy(r -> assertThat(r.header("User-Agent")).contains("Qianliyan"));
        assertThat(server.requests().get(0).pathAndQuery()).as("robots.txt comes first").isEqualTo("/robots.txt");
    }
}
