package org.qianliyan.crawler;

import java.time.Duration;
import java.util.Objects;

/**
 * How the crawl loop runs.
 *
 * @param ownerId       this instance's id in frontier leases (unique per process, e.g. host name + pid)
 * @param workers       worker threads (each leases its own batches)
 * @param batchSize     URLs leased at a time by one worker
 * @param leaseDuration lease length; a crashed instance's URLs come back after it
 * @param idlePoll      pause when nothing is due (continuous mode)
 * @param maxRetries    transient failures tolerated before a URL is abandoned
 * @param retryBase     first retry delay, doubled each time (capped at 1 day)
 * @param blockedBackoff how long a source that showed an anti-bot page is left alone
 */
public record CrawlerSettings(String ownerId, int workers, int batchSize, Duration leaseDuration, Duration idlePoll,
        int maxRetries, Duration retryBase, Duration blockedBackoff) {

    /** Validates. */
    public CrawlerSettings {
        Objects.requireNonNull(ownerId, "ownerId");
        if (workers < 1 || batchSize < 1 || maxRetries < 0) {
            throw new IllegalArgumentException("workers and batchSize must be >= 1, maxRetries >= 0");
        }
        Objects.requireNonNull(leaseDuration, "leaseDuration");
        Objects.requireNonNull(idlePoll, "idlePoll");
        Objects.requireNonNull(retryBase, "retryBase");
        Objects.requireNonNull(blockedBackoff, "blockedBackoff");
    }

    /** @return one worker, batches of 20, 10-minute leases, 3 retries from 1 minute, 6-hour anti-bot back-off */
    public static CrawlerSettings defaults(String ownerId) {
        return new CrawlerSettings(ownerId, 1, 20, Duration.ofMinutes(10), Duration.ofSeconds(5), 3,
                Duration.ofMinutes(1), Duration.ofHours(6));
    }

    /** @return a copy with another retry base delay */
    public CrawlerSettings withRetryBase(Duration base) {
        return new CrawlerSettings(ownerId, workers, batchSize, leaseDuration, idlePoll, maxRetries, base, blockedBackoff);
    }

    /** @return a copy with another worker count */
    public CrawlerSettings withWorkers(int n) {
        return new CrawlerSettings(ownerId, n, batchSize, leaseDuration, idlePoll, maxRetries, retryBase, blockedBackoff);
    }
}
