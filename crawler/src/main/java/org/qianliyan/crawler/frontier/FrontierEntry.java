package org.qianliyan.crawler.frontier;

import java.time.Instant;
import java.util.Objects;

/**
 * One URL of the frontier as stored (the {@code crawl-status} document of the ES implementation).
 *
 * @param canonicalUrl   the key
 * @param url            the URL as discovered (what is fetched)
 * @param sourceId       the source it belongs to
 * @param host           the lower-case host, unit of leasing
 * @param status         current status
 * @param nextFetchAt    when it is due; null when never again
 * @param retryCount     consecutive failures
 * @param lastError      the reason of the last failure, or null
 * @param etag           validator from the last fetch, or null
 * @param lastModified   validator from the last fetch, or null
 * @param leaseOwner     the crawler instance holding it, or null
 * @param leaseExpiresAt when that lease lapses, or null
 */
public record FrontierEntry(
        String canonicalUrl,
        String url,
        String sourceId,
        String host,
        CrawlStatus status,
        Instant nextFetchAt,
        int retryCount,
        String lastError,
        String etag,
        String lastModified,
        String leaseOwner,
        Instant leaseExpiresAt) {

    /** Checks the required fields. */
    public FrontierEntry {
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(status, "status");
    }

    /** @return whether another owner holds a live lease on it at {@code now} */
    public boolean leasedToOtherThan(String owner, Instant now) {
        return leaseOwner != null && !leaseOwner.equals(owner) && leaseExpiresAt != null && leaseExpiresAt.isAfter(now);
    }

    /** @return whether anyone holds a live lease on it at {@code now} */
    public boolean leased(Instant now) {
        return leaseOwner != null && leaseExpiresAt != null && leaseExpiresAt.isAfter(now);
    }
}
