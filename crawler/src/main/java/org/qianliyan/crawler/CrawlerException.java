package org.qianliyan.crawler;

/**
 * The crawler module's one unchecked exception: a programming or configuration error
 * (bad argument, unreadable source profile, a store that cannot be reached).
 *
 * <p>An expected failure for one URL (time-out, 404, robots.txt, anti-bot page) is never
 * thrown: it is reported as a {@link org.qianliyan.crawler.fetch.FetchOutcome}.
 */
public class CrawlerException extends RuntimeException {

    /** @param message what went wrong, with the URL or source id concerned */
    public CrawlerException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, with the URL or source id concerned
     * @param cause   the underlying failure
     */
    public CrawlerException(String message, Throwable cause) {
        super(message, cause);
    }
}
