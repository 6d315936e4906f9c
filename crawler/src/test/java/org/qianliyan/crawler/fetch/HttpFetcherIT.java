package org.qianliyan.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qianliyan.crawler.fixture.FixtureServer;
import org.qianliyan.crawler.fixture.FixtureServer.Route;
import org.qianliyan.crawler.ssrf.AddressGuard;
import org.qianliyan.crawler.ssrf.HostResolver;

/** The fetcher against the local fixture server: politeness, robots.txt, redirects, SSRF and faults. */
class HttpFetcherIT {

    private static final byte[] PAGE = FixtureServer.readResource("site/news-article.html");

    private FixtureServer server;
    private HttpFetcher fetcher;

    @BeforeEach
    void start() {
        server = FixtureServer.start();
        server.route("/robots.txt", Route.text("User-agent: *\nDisallow: /private/\n\nUser-agent: qianliyan\nDisallow: /secret/\nCrawl-delay: 0\n", "text/plain"));
        fetcher = fetcher(Duration.ZERO);
    }

    private HttpFetcher fetcher(Duration hostDelay) {
        FetcherConfig config = FetcherConfig.defaults().withHostDelay(hostDelay)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(800)).withMaxBodyBytes(1024 * 1024);
        return new HttpFetcher(config, new AddressGuard(HostResolver.SYSTEM, server.allowList()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private FetchOutcome get(String path) throws InterruptedException {
        return fetcher.fetch(FetchRequest.of(server.url(path), "test"));
    }

    @Test
    void a_page_is_fetched_with_a_user_agent_naming_qianliyan_and_its_contact_url() throws Exception {
        server.route("/a.html", Route.body(PAGE, "text/html; charset=utf-8"));
        FetchOutcome outcome = get("/a.html");
        assertThat(outcome.status()).isEqualTo(FetchStatus.OK);
        assertThat(outcome.body()).isEqualTo(PAGE);
        String ua = server.requests().stream().filter(r -> r.pathAndQuery().equals("/a.html")).findFirst().orElseThrow().header("User-Agent");
        assertThat(ua).contains("Qianliyan").contains("https://qianliyan.org/crawler");
    }

    @Test
    void a_path_disallowed_by_robots_txt_is_never_requested() throws Exception {
        server.route("/secret/x.html", Route.body(PAGE, "text/html"));
        FetchOutcome outcome = get("/secret/x.html");
        assertThat(outcome.status()).isEqualTo(FetchStatus.ROBOTS_DISALLOWED);
        assertThat(server.count("/secret/x.html")).isZero();
        assertThat(server.count("/robots.txt")).isEqualTo(1);
        get("/secret/y.html");
        assertThat(server.count("/robots.txt")).as("robots.txt is cached").isEqualTo(1);
    }

    @Test
    void our_own_group_overrides_the_wildcard_group() throws Exception {
        server.route("/private/x.html", Route.body(PAGE, "text/html"));
        assertThat(get("/private/x.html").status()).isEqualTo(FetchStatus.OK);
    }

    @Test
    void a_server_error_on_robots_txt_means_nothing_is_fetched_from_that_host() throws Exception {
        server.route("/robots.txt", Route.status(503, Map.of()));
        server.route("/a.html", Route.body(PAGE, "text/html"));
        assertThat(get("/a.html").status()).isEqualTo(FetchStatus.ROBOTS_DISALLOWED);
        assertThat(server.count("/a.html")).isZero();
    }

    @Test
    void crawl_delay_from_robots_txt_spaces_requests_to_the_host() throws Exception {
        server.route("/robots.txt", Route.text("User-agent: *\nCrawl-delay: 1\n", "text/plain"));
        server.route("/a.html", Route.body(PAGE, "text/html"));
        get("/a.html");
        get("/a.html");
        var times = server.requests().stream().filter(r -> r.pathAndQuery().equals("/a.html")).map(r -> r.at()).toList();
        assertThat(Duration.between(times.get(0), times.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void the_configured_host_delay_spaces_requests_to_the_host() throws Exception {
        fetcher = fetcher(Duration.ofMillis(300));
        server.route("/a.html", Route.body(PAGE, "text/html"));
        get("/a.html");
        get("/a.html");
        var times = server.requests().stream().filter(r -> r.pathAndQuery().equals("/a.html")).map(r -> r.at()).toList();
        assertThat(Duration.between(times.get(0), times.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(280));
    }

    @Test
    void gzip_deflate_and_chunked_bodies_are_decoded() throws Exception {
        server.route("/gz", Route.gzip(PAGE, "text/html"));
        server.route("/deflate", Route.deflate(PAGE, "text/html"));
        server.route("/chunked", Route.chunked(PAGE, "text/html"));
        assertThat(get("/gz").body()).isEqualTo(PAGE);
        assertThat(get("/deflate").body()).isEqualTo(PAGE);
        assertThat(get("/chunked").body()).isEqualTo(PAGE);
        assertThat(server.requests().get(1).header("Accept-Encoding")).contains("gzip");
    }

    @Test
    void redirects_are_followed_up_to_the_cap_and_loops_are_stopped() throws Exception {
        server.route("/r1", Route.redirect(301, "/r2"));
        server.route("/r2", Route.redirect(302, server.url("/a.html")));
        server.route("/a.html", Route.body(PAGE, "text/html"));
        FetchOutcome followed = get("/r1");
        assertThat(followed.status()).isEqualTo(FetchStatus.OK);
        assertThat(followed.finalUrl()).isEqualTo(server.url("/a.html"));

        server.route("/loop1", Route.redirect(302, "/loop2"));
        server.route("/loop2", Route.redirect(302, "/loop1"));
        FetchOutcome loop = get("/loop1");
        assertThat(loop.status()).isEqualTo(FetchStatus.REDIRECT_LIMIT);
        assertThat(loop.reason()).contains("loop");

        for (int i = 0; i < 10; i++) {
            server.route("/chain" + i, Route.redirect(302, "/chain" + (i + 1)));
        }
        FetchOutcome chain = get("/chain0");
        assertThat(chain.status()).isEqualTo(FetchStatus.REDIRECT_LIMIT);
        assertThat(server.count("/chain6")).isZero();
    }

    @Test
    void a_redirect_to_127_0_0_1_is_refused_by_the_ssrf_guard_and_never_followed() throws Exception {
        server.route("/to-loopback", Route.redirect(302, "http://127.0.0.1:" + server.port() + "/a.html"));
        server.route("/a.html", Route.body(PAGE, "text/html"));
        FetchOutcome outcome = get("/to-loopback");
        assertThat(outcome.status()).isEqualTo(FetchStatus.SSRF_REFUSED);
        assertThat(outcome.reason()).contains("127.0.0.1");
        assertThat(server.count("/a.html")).isZero();
    }

    @Test
    void a_public_looking_name_resolving_to_a_private_address_is_refused_before_any_request() throws Exception {
        HostResolver rebinding = host -> host.equals("news.example.test")
                ? java.util.List.of(java.net.InetAddress.getByName("127.0.0.1")) : HostResolver.SYSTEM.resolve(host);
        HttpFetcher guarded = new HttpFetcher(FetcherConfig.defaults(), new AddressGuard(rebinding, server.allowList()));
        FetchOutcome outcome = guarded.fetch(FetchRequest.of("http://news.example.test:" + server.port() + "/a.html", "test"));
        assertThat(outcome.status()).isEqualTo(FetchStatus.SSRF_REFUSED);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void conditional_get_sends_validators_and_reports_not_modified() throws Exception {
        server.route("/c.html", Route.conditional(PAGE, "text/html", "\"v1\"", "Wed, 01 May 2024 00:00:00 GMT"));
        FetchOutcome first = get("/c.html");
        assertThat(first.etag()).isEqualTo("\"v1\"");
        FetchOutcome second = fetcher.fetch(new FetchRequest(server.url("/c.html"), "test", Map.of(), first.etag(), first.lastModified()));
        assertThat(second.status()).isEqualTo(FetchStatus.NOT_MODIFIED);
        assertThat(server.requests().get(server.requests().size() - 1).header("If-None-Match")).isEqualTo("\"v1\"");
    }

    @Test
    void status_codes_become_outcomes_with_reasons() throws Exception {
        server.route("/503", Route.status(503, Map.of()));
        server.route("/410", Route.status(410, Map.of()));
        assertThat(get("/missing").status()).isEqualTo(FetchStatus.NOT_FOUND);
        assertThat(get("/410").reason()).isEqualTo("HTTP 410");
        assertThat(get("/503").status()).isEqualTo(FetchStatus.SERVER_ERROR);
    }

    @Test
    void too_many_requests_with_retry_after_pauses_the_host() throws Exception {
        server.route("/429", Route.status(429, Map.of("Retry-After", "1")));
        server.route("/a.html", Route.body(PAGE, "text/html"));
        FetchOutcome limited = get("/429");
        assertThat(limited.status()).isEqualTo(FetchStatus.RATE_LIMITED);
        assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        get("/a.html");
        var r = server.requests();
        assertThat(Duration.between(r.get(r.size() - 2).at(), r.get(r.size() - 1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void a_slow_drip_body_and_a_stalled_response_time_out() throws Exception {
        server.route("/drip", Route.slowDrip(PAGE, 100, 100));
        server.route("/stall", Route.stall(3000));
        FetchOutcome drip = get("/drip");
        assertThat(drip.status()).isEqualTo(FetchStatus.TIMEOUT);
        assertThat(drip.elapsed()).isLessThan(Duration.ofSeconds(3));
        assertThat(get("/stall").status()).isEqualTo(FetchStatus.TIMEOUT);
    }

    @Test
    void a_connection_reset_and_a_truncated_body_are_network_errors() throws Exception {
        FetchOutcome reset = fetcher.fetch(FetchRequest.of(server.resetUrl(), "test"));
        assertThat(reset.status()).isEqualTo(FetchStatus.NETWORK_ERROR);
        assertThat(reset.reason()).isNotBlank();
        server.route("/cut", Route.truncated());
        assertThat(get("/cut").status()).isEqualTo(FetchStatus.NETWORK_ERROR);
    }

    @Test
    void a_ten_megabyte_body_is_aborted_at_the_cap() throws Exception {
        server.route("/big", Route.chunked(new byte[10 * 1024 * 1024], "text/html"));
        FetchOutcome big = get("/big");
        assertThat(big.status()).isEqualTo(FetchStatus.TOO_LARGE);
        assertThat(big.body()).isEmpty();
    }

    @Test
    void a_gzip_bomb_is_aborted_at_the_cap_after_decompression() throws Exception {
        server.route("/bomb", Route.gzip(new byte[5 * 1024 * 1024], "text/html"));
        assertThat(get("/bomb").status()).isEqualTo(FetchStatus.TOO_LARGE);
    }

    @Test
    void binary_served_as_text_html_is_unsupported_content() throws Exception {
        byte[] png = new byte[2048];
        png[0] = (byte) 0x89;
        png[1] = 'P';
        server.route("/img.html", Route.body(png, "text/html"));
        server.route("/doc.pdf", Route.body("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), "application/pdf"));
        assertThat(get("/img.html").reason()).contains("binary body served as text/html");
        assertThat(get("/doc.pdf").status()).isEqualTo(FetchStatus.UNSUPPORTED_CONTENT);
    }

    @Test
    void anti_bot_answers_are_blocked_and_the_host_is_backed_off() throws Exception {
        server.route("/teapot", Route.status(418, Map.of()));
        assertThat(get("/teapot").status()).isEqualTo(FetchStatus.BLOCKED);
        FixtureServer other = FixtureServer.start();
        try {
            other.route("/captcha", Route.resource("site/captcha.html", "text/html; charset=utf-8"));
            HttpFetcher f = new HttpFetcher(FetcherConfig.defaults().withHostDelay(Duration.ZERO),
                    new AddressGuard(HostResolver.SYSTEM, other.allowList()));
            FetchOutcome captcha = f.fetch(FetchRequest.of(other.url("/captcha"), "test"));
            assertThat(captcha.status()).isEqualTo(FetchStatus.BLOCKED);
            assertThat(captcha.reason()).contains("访问过于频繁");
        } finally {
            other.close();
        }
    }

    @Test
    void cookies_are_kept_per_source_and_configured_cookies_are_sent() throws Exception {
        server.route("/login", ex -> {
            ex.getResponseHeaders().add("Set-Cookie", "session=abc; Path=/");
            ex.sendResponseHeaders(200, -1);
        });
        server.route("/a.html", Route.body(PAGE, "text/html"));
        fetcher.fetch(FetchRequest.of(server.url("/login"), "weibo"));
        fetcher.fetch(new FetchRequest(server.url("/a.html"), "weibo", Map.of("SUB", "token"), null, null));
        fetcher.fetch(FetchRequest.of(server.url("/a.html"), "other"));
        var pages = server.requests().stream().filter(r -> r.pathAndQuery().equals("/a.html")).toList();
        assertThat(pages.get(0).header("Cookie")).contains("SUB=token").contains("session=abc");
        assertThat(pages.get(1).header("Cookie")).isNull();
    }
}
