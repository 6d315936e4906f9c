package org.qianliyan.crawler.frontier;

/** Where a URL stands in the crawl. */
public enum CrawlStatus {
    /** Discovered, waiting to be fetched. */
    QUEUED,
    /** Fetched (or confirmed unchanged); due again at {@code nextFetchAt} when that is set. */
    FETCHED,
    /** Failed; retried at {@code nextFetchAt} when set, abandoned when it is null. */
    FAILED,
    /** The host answered with an anti-bot page; retried after the back-off. Staff are alerted. */
    BLOCKED,
    /** The page says its content is gone (expired link, deleted post); never retried. */
    GONE
}
