package org.qianliyan.crawler.fetch;

import crawlercommons.robots.BaseRobotRules;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qianliyan.crawler.ssrf.AddressGuard;
import org.qianliyan.crawler.url.CanonicalUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The polite HTTP fetcher: blocking JDK {@code HttpURLConnection}, redirects followed by hand so every hop
 * passes the {@link AddressGuard} and robots.txt, per-host delay and concurrency,
 * Crawl-delay and Retry-After honoured, capped bodies, gzip/deflate, per-source cookies,
 * conditional GET, and anti-bot pages reported as {@link FetchStatus#BLOCKED} with the host
 * backed off.
 *
 * <pre>{@code
 * try (HttpFetcher fetcher = new HttpFetcher(FetcherConfig.defaults(), AddressGuard.strict())) {
 *     FetchOutcome outcome = fetcher.fetch(FetchRequest.of("https://www.mee.gov.cn/", "mee"));
 * }
 * }</pre>
 */
public final class HttpFetcher implements PageFetcher, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpFetcher.class);
    private static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);

    private final FetcherConfig config;
    private final AddressGuard guard;
    private final Clock clock;
    private final SingleExchange exchange;
    private final RobotsPolicy robots;
    private final HostPoliteness politeness;
    private final SourceCookies cookies = new SourceCookies();

    /**
     * @param config behaviour
     * @param guard  the SSRF guard (allow-list the fixture server in tests)
     */
    public HttpFetcher(FetcherConfig config, AddressGuard guard) {
        this(config, guard, Clock.systemUTC());
    }

    /**
     * @param config behaviour
     * @param guard  the SSRF guard
     * @param clock  the clock used for politeness and caches
     */
    public HttpFetcher(FetcherConfig config, AddressGuard guard, Clock clock) {
        this.config = config;
        this.guard = guard;
        this.clock = clock;
        this.exchange = new SingleExchange(config);
        this.robots = new RobotsPolicy(exchange, guard, config.robotName(), config.maxCrawlDelay(), clock);
        this.politeness = new HostPoliteness(config.maxConnectionsPerHost(), clock);
    }

    @Override
    public FetchOutcome fetch(FetchRequest request) throws InterruptedException {
        Instant start = clock.instant();
        String current = request.url();
        Set<String> visited = new HashSet<>();
        for (int hop = 0; hop <= config.maxRedirects(); hop++) {
            Optional<String> canonical = CanonicalUrl.tryOf(current);
            if (canonical.isEmpty()) {
                return FetchOutcome.failure(request.url(), current, FetchStatus.NOT_FOUND, 0, "invalid URL: " + current, since(start));
            }
            URI uri = toUri(current, canonical.get());
            if (!visited.add(canonical.get())) {
                return FetchOutcome.failure(request.url(), current, FetchStatus.REDIRECT_LIMIT, 0, "redirect loop at " + current, since(start));
            }
            Optional<String> refused = guard.check(uri);
            if (refused.isPresent()) {
                return FetchOutcome.failure(request.url(), current, FetchStatus.SSRF_REFUSED, 0, refused.get(), since(start));
            }
            Hop result = hop(request, uri, hop == 0, start);
            if (result.outcome != null) {
                return result.outcome;
            }
            current = result.redirectTo;
        }
        return FetchOutcome.failure(request.url(), current, FetchStatus.REDIRECT_LIMIT, 0,
                "more than " + config.maxRedirects() + " redirects", since(start));
    }

    /** Either a final outcome or the next URL of a redirect. */
    private record Hop(FetchOutcome outcome, String redirectTo) {
    }

    private Hop hop(FetchRequest request, URI uri, boolean first, Instant start) throws InterruptedException {
        String hostKey = uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort();
        Instant deferredUntil = politeness.acquire(hostKey, config.maxCrawlDelay());
        if (deferredUntil != null) {
            Duration wait = Duration.between(clock.instant(), deferredUntil);
            return new Hop(new FetchOutcome(request.url(), uri.toString(), FetchStatus.DEFERRED, 0,
                    "host backed off until " + deferredUntil, null, null, null, null, wait, since(start)), null);
        }
        Duration delay = config.hostDelay();
        try {
            BaseRobotRules rules = robots.rulesFor(uri);
            Optional<Duration> crawlDelay = RobotsPolicy.crawlDelay(rules);
            if (crawlDelay.isPresent() && crawlDelay.get().compareTo(delay) > 0) {
                delay = crawlDelay.get();
            }
            if (!rules.isAllowed(uri.toString())) {
                return new Hop(FetchOutcome.failure(request.url(), uri.toString(), FetchStatus.ROBOTS_DISALLOWED, 0,
                        "disallowed by robots.txt", since(start)), null);
            }
            SingleExchange.Result result = exchange.get(uri, requestHeaders(request, uri, first));
            if (result.headers() != null) {
                cookies.store(request.sourceId(), uri, result.headers());
            }
            if (result.failed()) {
                return new Hop(FetchOutcome.failure(request.url(), uri.toString(), result.failure(), result.status(),
                        result.reason(), since(start)), null);
            }
            int status = result.status();
            Optional<String> location = result.headers().firstValue("Location");
            if (status >= 300 && status < 400 && status != 304 && location.isPresent()) {
                return new Hop(null, uri.resolve(location.get().trim()).toString());
            }
            return new Hop(classify(request, uri, result, start, hostKey), null);
        } finally {
            politeness.release(hostKey, delay);
        }
    }

    private Map<String, String> requestHeaders(FetchRequest request, URI uri, boolean first) {
        Map<String, String> headers = new LinkedHashMap<>();
        String cookieHeader = cookies.cookieHeader(request.sourceId(), uri, request.cookies());
        if (cookieHeader != null) {
            headers.put("Cookie", cookieHeader);
        }
        if (first && request.etag() != null) {
            headers.put("If-None-Match", request.etag());
        }
        if (first && request.lastModified() != null) {
            headers.put("If-Modified-Since", request.lastModified());
        }
        return headers;
    }

    private FetchOutcome classify(FetchRequest request, URI uri, SingleExchange.Result result, Instant start, String hostKey) {
        int status = result.status();
        HttpHeaders headers = result.headers();
        byte[] body = result.body();
        String contentType = headers.firstValue("Content-Type").orElse(null);
        Duration retryAfter = RetryAfter.parse(headers.firstValue("Retry-After").orElse(null), clock.instant())
                .map(d -> d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d).orElse(null);
        FetchOutcome base = new FetchOutcome(request.url(), uri.toString(), FetchStatus.OK, status, null, contentType, body,
                headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null), retryAfter,
                since(start));
        Optional<String> antiBot = AntiBotDetector.detect(status, body);
        if (antiBot.isPresent()) {
            politeness.pauseUntil(hostKey, clock.instant().plus(config.blockedBackoff()));
            LOG.warn("Anti-bot answer from {} ({}); host backed off for {}", uri.getHost(), antiBot.get(), config.blockedBackoff());
            return base.withStatus(FetchStatus.BLOCKED, antiBot.get());
        }
        if (retryAfter != null && (status == 429 || status == 503)) {
            politeness.pauseUntil(hostKey, clock.instant().plus(retryAfter));
        }
        if (status == 304) {
            return base.withStatus(FetchStatus.NOT_MODIFIED, null);
        }
        if (status == 429) {
            return base.withStatus(FetchStatus.RATE_LIMITED, "HTTP 429" + (retryAfter == null ? "" : ", Retry-After " + retryAfter.toSeconds() + " s"));
        }
        if (status >= 500) {
            return base.withStatus(FetchStatus.SERVER_ERROR, "HTTP " + status);
        }
        if (status >= 300) {
            return base.withStatus(FetchStatus.NOT_FOUND, "HTTP " + status);
        }
        return ContentCheck.reasonUnsupported(contentType, body)
                .map(reason -> base.withStatus(FetchStatus.UNSUPPORTED_CONTENT, reason))
                .orElse(base);
    }

    private static URI toUri(String url, String canonical) {
        try {
            return new URI(url.trim());
        } catch (java.net.URISyntaxException e) {
            return URI.create(canonical);
        }
    }

    private Duration since(Instant start) {
        return Duration.between(start, clock.instant());
    }

    @Override
    public void close() {
        // Nothing to release: connections idle in the JDK keep-alive cache close themselves.
    }
}
