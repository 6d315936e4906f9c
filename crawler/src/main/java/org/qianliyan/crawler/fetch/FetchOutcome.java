package org.qianliyan.crawler.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * What happened when a URL was fetched; failures are data, not exceptions.
 *
 * @param url          the URL requested
 * @param finalUrl     the URL of the last redirect hop
 * @param status       the result class
 * @param httpStatus   the HTTP status of the last response, or 0 when none was received
 * @param reason       a short human-readable reason (null when OK)
 * @param contentType  the Content-Type header, or null
 * @param body         the (decompressed) body, empty when none
 * @param etag         the ETag header, or null
 * @param lastModified the Last-Modified header, or null
 * @param retryAfter   the Retry-After delay the server asked for, or null
 * @param elapsed      wall time spent, including politeness waits
 */
public record FetchOutcome(
        String url,
        String finalUrl,
        FetchStatus status,
        int httpStatus,
        String reason,
        String contentType,
        byte[] body,
        String etag,
        String lastModified,
        Duration retryAfter,
        Duration elapsed) {

    /** Checks the arguments. */
    public FetchOutcome {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(status, "status");
        finalUrl = finalUrl == null ? url : finalUrl;
        body = body == null ? new byte[0] : body;
        elapsed = elapsed == null ? Duration.ZERO : elapsed;
    }

    /** @return a failure without a response body */
    static FetchOutcome failure(String url, String finalUrl, FetchStatus status, int httpStatus, String reason, Duration elapsed) {
        return new FetchOutcome(url, finalUrl, status, httpStatus, reason, null, null, null, null, null, elapsed);
    }

    /** @return a copy with another status and reason */
    public FetchOutcome withStatus(FetchStatus newStatus, String newReason) {
        return new FetchOutcome(url, finalUrl, newStatus, httpStatus, newReason, contentType, body, etag, lastModified,
                retryAfter, elapsed);
    }

    @Override
    public String toString() {
        return "FetchOutcome[status=" + status + ", http=" + httpStatus + ", url=" + url
                + (reason == null ? "" : ", reason=" + reason) + ", bytes=" + body.length + "]";
    }
}
