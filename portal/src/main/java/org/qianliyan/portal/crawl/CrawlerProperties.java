package org.qianliyan.portal.crawl;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.qianliyan.crawler.CrawlerSettings;
import org.qianliyan.crawler.fetch.FetcherConfig;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code qianliyan.crawler.*}.
 *
 * @param enabled        whether the portal crawls on a schedule; off by default, so a demo
 *                       portal does not crawl the internet unasked ({@code crawl} works regardless)
 * @param interval       pause between two scheduled crawl passes
 * @param contactUrl     the page named in the User-Agent that explains the crawler
 * @param robotName      the product token matched against robots.txt
 * @param allowHosts     {@code host}, {@code host:port} or IP literals the SSRF guard lets through
 *                       although they are not public (an intranet source, a test fixture)
 * @param workers        crawler threads in this process
 * @param hostDelay      pause between two requests to one host
 * @param connectTimeout TCP connect time-out
 * @param readTimeout    time allowed for one response
 * @param maxBodySize    larger bodies are aborted
 * @param leaseDuration  how long a leased URL stays with this process; a crashed process's URLs come back after it
 * @param maxRetries     transient failures tolerated per URL
 * @param retryBase      first retry delay, doubled each time
 * @param blockedBackoff how long a source that showed an anti-bot page is left alone
 */
@Validated
@ConfigurationProperties("qianliyan.crawler")
public record CrawlerProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("30m") @NotNull Duration interval,
        @DefaultValue("https://qianliyan.org/crawler") @NotBlank String contactUrl,
        @DefaultValue("qianliyan") @NotBlank String robotName,
        @DefaultValue({}) @NotNull List<String> allowHosts,
        @DefaultValue("1") @Min(1) int workers,
        @DefaultValue("2s") @NotNull Duration hostDelay,
        @DefaultValue("10s") @NotNull Duration connectTimeout,
        @DefaultValue("30s") @NotNull Duration readTimeout,
        @DefaultValue("5MB") @NotNull DataSize maxBodySize,
        @DefaultValue("10m") @NotNull Duration leaseDuration,
        @DefaultValue("3") @Min(0) int maxRetries,
        @DefaultValue("1m") @NotNull Duration retryBase,
        @DefaultValue("6h") @NotNull Duration blockedBackoff) {

    /** @return the fetcher's configuration */
    public FetcherConfig fetcherConfig() {
        FetcherConfig d = FetcherConfig.defaults();
        return new FetcherConfig(robotName, contactUrl, connectTimeout, readTimeout, maxBodySize.toBytes(),
                d.maxRedirects(), hostDelay, d.maxCrawlDelay(), d.maxConnectionsPerHost(), blockedBackoff);
    }

    /** @return the crawl loop's settings for an instance called {@code ownerId} */
    public CrawlerSettings crawlerSettings(String ownerId) {
        CrawlerSettings d = CrawlerSettings.defaults(ownerId);
        return new CrawlerSettings(ownerId, workers, d.batchSize(), leaseDuration, d.idlePoll(), maxRetries,
                retryBase, blockedBackoff);
    }
}
