package org.qianliyan.crawler.fetch;

import java.util.Map;
import java.util.Objects;

/**
 * One URL to fetch.
 *
 * @param url          the absolute URL
 * @param sourceId     the source it belongs to (selects the cookie jar)
 * @param cookies      cookies configured for the source (name → value), sent with every request to it
 * @param etag         the ETag of the previous fetch, for a conditional GET, or null
 * @param lastModified the Last-Modified of the previous fetch, or null
 */
public record FetchRequest(String url, String sourceId, Map<String, String> cookies, String etag, String lastModified) {

    /** Checks the arguments. */
    public FetchRequest {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(sourceId, "sourceId");
        cookies = cookies == null ? Map.of() : Map.copyOf(cookies);
    }

    /** @return a plain request without cookies or validators */
    public static FetchRequest of(String url, String sourceId) {
        return new FetchRequest(url, sourceId, Map.of(), null, null);
    }
}
