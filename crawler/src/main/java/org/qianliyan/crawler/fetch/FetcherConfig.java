package org.qianliyan.crawler.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How the fetcher behaves; the portal builds it from {@code qianliyan.crawler.*}.
 *
 * @param robotName         the product token matched against robots.txt groups, e.g. {@code qianliyan}
 * @param contactUrl        the page explaining the crawler and how to reach us, named in the User-Agent
 * @param connectTimeout    TCP connect time-out
 * @param readTimeout       time allowed for the whole response (headers and body) of one hop
 * @param maxBodyBytes      bodies longer than this (after decompression too) are aborted
 * @param maxRedirects      redirect hops followed before giving up
 * @param hostDelay         pause between two requests to the same host (raised by robots.txt Crawl-delay)
 * @param maxCrawlDelay     the longest Crawl-delay honoured; longer ones are capped to it
 * @param maxConnectionsPerHost concurrent requests per host
 * @param blockedBackoff    how long a host that answered with an anti-bot page is left alone
 */
public record FetcherConfig(
        String robotName,
        String contactUrl,
        Duration connectTimeout,
        Duration readTimeout,
        long maxBodyBytes,
        int maxRedirects,
        Duration hostDelay,
        Duration maxCrawlDelay,
        int maxConnectionsPerHost,
        Duration blockedBackoff) {

    /** Validates the values. */
    public FetcherConfig {
        Objects.requireNonNull(robotName, "robotName");
        if (!robotName.matches("[a-zA-Z_-]+")) {
            throw new IllegalArgumentException("robotName must be a robots.txt product token: " + robotName);
        }
        Objects.requireNonNull(contactUrl, "contactUrl");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1 KB: " + maxBodyBytes);
        }
        if (maxRedirects < 0 || maxRedirects > 20) {
            throw new IllegalArgumentException("maxRedirects must be 0..20: " + maxRedirects);
        }
        if (hostDelay.isNegative() || maxCrawlDelay.isNegative() || blockedBackoff.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative");
        }
        if (maxConnectionsPerHost < 1) {
            throw new IllegalArgumentException("maxConnectionsPerHost must be at least 1: " + maxConnectionsPerHost);
        }
    }

    /** @return polite defaults: 1 connection and 2 s between requests per host, 5 MB bodies, 5 redirects */
    public static FetcherConfig defaults() {
        return new FetcherConfig("qianliyan", "https://qianliyan.org/crawler", Duration.ofSeconds(10),
                Duration.ofSeconds(30), 5L * 1024 * 1024, 5, Duration.ofSeconds(2), Duration.ofSeconds(60), 1,
                Duration.ofHours(6));
    }

    /** @return the User-Agent header, naming the portal and the contact URL */
    public String userAgent() {
        return "Mozilla/5.0 (compatible; Qianliyan/0.1; +" + contactUrl + ")";
    }

    /** @return a copy with another host delay */
    public FetcherConfig withHostDelay(Duration delay) {
        return new FetcherConfig(robotName, contactUrl, connectTimeout, readTimeout, maxBodyBytes, maxRedirects,
                delay, maxCrawlDelay, maxConnectionsPerHost, blockedBackoff);
    }

    /** @return a copy with other time-outs */
    public FetcherConfig withTimeouts(Duration connect, Duration read) {
        return new FetcherConfig(robotName, contactUrl, connect, read, maxBodyBytes, maxRedirects,
                hostDelay, maxCrawlDelay, maxConnectionsPerHost, blockedBackoff);
    }

    /** @return a copy with another body cap */
    public FetcherConfig withMaxBodyBytes(long bytes) {
        return new FetcherConfig(robotName, contactUrl, connectTimeout, readTimeout, bytes, maxRedirects,
                hostDelay, maxCrawlDelay, maxConnectionsPerHost, blockedBackoff);
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }
}
