package org.qianliyan.crawler.frontier;

import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of fetching a leased URL, as written back to the store (the lease is released).
 *
 * @param status       new status
 * @param nextFetchAt  when to fetch again, or null for never
 * @param retryCount   consecutive failures (0 after a success)
 * @param lastError    the failure reason, or null
 * @param etag         the ETag to send next time, or null
 * @param lastModified the Last-Modified to send next time, or null
 * @param fetchedAt    when the fetch ended
 */
public record FetchRecord(CrawlStatus status, Instant nextFetchAt, int retryCount, String lastError, String etag,
        String lastModified, Instant fetchedAt) {

    /** Checks the arguments. */
    public FetchRecord {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        if (retryCount < 0) {
            throw new IllegalArgumentException("retryCount must not be negative: " + retryCount);
        }
    }
}
