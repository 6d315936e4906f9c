package org.qianliyan.crawler.fetch;

/** The result class of one fetch; everything but {@link #OK} and {@link #NOT_MODIFIED} is a failure. */
public enum FetchStatus {
    /** 2xx with a body we can read. */
    OK(false),
    /** 304 to a conditional GET: unchanged since the last fetch. */
    NOT_MODIFIED(false),
    /** 404, 410 and other 4xx that will not change by retrying soon. */
    NOT_FOUND(false),
    /** Disallowed by robots.txt: never requested. */
    ROBOTS_DISALLOWED(false),
    /** The SSRF guard refused the address. */
    SSRF_REFUSED(false),
    /** An anti-bot page (captcha, HTTP 418/432): the host is backed off and staff alerted. */
    BLOCKED(true),
    /** 429 Too Many Requests; Retry-After honoured. */
    RATE_LIMITED(true),
    /** 5xx. */
    SERVER_ERROR(true),
    /** Connect or read time-out. */
    TIMEOUT(true),
    /** Connection refused or reset, DNS failure. */
    NETWORK_ERROR(true),
    /** The body exceeded the size cap and was aborted. */
    TOO_LARGE(false),
    /** More redirects than allowed, or a redirect loop. */
    REDIRECT_LIMIT(false),
    /** Not text we can parse (binary, images, PDF), whatever its Content-Type said. */
    UNSUPPORTED_CONTENT(false),
    /** Not requested: the host is backed off (Retry-After, anti-bot) for longer than a worker should wait. */
    DEFERRED(true),
    /** The page says the content is gone (e.g. an expired WeChat link). */
    GONE(false);

    private final boolean transientFailure;

    FetchStatus(boolean transientFailure) {
        this.transientFailure = transientFailure;
    }

    /** @return whether retrying later may succeed */
    public boolean isTransient() {
        return transientFailure;
    }

    /** @return whether the fetch produced content or confirmed it unchanged */
    public boolean isSuccess() {
        return this == OK || this == NOT_MODIFIED;
    }
}
