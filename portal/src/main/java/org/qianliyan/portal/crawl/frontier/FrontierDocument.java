package org.qianliyan.portal.crawl.frontier;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.qianliyan.crawler.frontier.CrawlStatus;
import org.qianliyan.crawler.frontier.FrontierEntry;

/**
 * The {@code crawl-status} document of one URL (field {@code kind} = {@code url}) and of one
 * host lease ({@code kind} = {@code host}), as plain maps so timestamps stay ISO-8601 strings
 * whatever JSON mapper the client was built with.
 */
final class FrontierDocument {

    static final String KIND = "kind";
    static final String URL_KIND = "url";
    static final String HOST_KIND = "host";
    static final String CANONICAL_URL = "canonical_url";
    static final String URL = "url";
    static final String SOURCE_ID = "source_id";
    static final String HOST = "host";
    static final String STATUS = "status";
    static final String NEXT_FETCH_AT = "next_fetch_at";
    static final String RETRY_COUNT = "retry_count";
    static final String LAST_ERROR = "last_error";
    static final String ETAG = "etag";
    static final String LAST_MODIFIED = "last_modified";
    static final String LEASE_OWNER = "lease_owner";
    static final String LEASE_EXPIRES_AT = "lease_expires_at";
    static final String FETCHED_AT = "fetched_at";
    static final String DISCOVERED_AT = "discovered_at";

    private FrontierDocument() {
    }

    static Map<String, Object> of(FrontierEntry e, Instant discoveredAt, Instant fetchedAt) {
        Map<String, Object> doc = new HashMap<>();
        doc.put(KIND, URL_KIND);
        doc.put(CANONICAL_URL, e.canonicalUrl());
        doc.put(URL, e.url());
        doc.put(SOURCE_ID, e.sourceId());
        doc.put(HOST, e.host());
        doc.put(STATUS, e.status().name());
        doc.put(NEXT_FETCH_AT, text(e.nextFetchAt()));
        doc.put(RETRY_COUNT, e.retryCount());
        doc.put(LAST_ERROR, e.lastError());
        doc.put(ETAG, e.etag());
        doc.put(LAST_MODIFIED, e.lastModified());
        doc.put(LEASE_OWNER, e.leaseOwner());
        doc.put(LEASE_EXPIRES_AT, text(e.leaseExpiresAt()));
        doc.put(DISCOVERED_AT, text(discoveredAt));
        doc.put(FETCHED_AT, text(fetchedAt));
        return doc;
    }

    static FrontierEntry entry(Map<String, Object> doc) {
        return new FrontierEntry(
                (String) doc.get(CANONICAL_URL),
                (String) doc.get(URL),
                (String) doc.get(SOURCE_ID),
                (String) doc.get(HOST),
                CrawlStatus.valueOf((String) doc.get(STATUS)),
                instant(doc.get(NEXT_FETCH_AT)),
                doc.get(RETRY_COUNT) instanceof Number n ? n.intValue() : 0,
                (String) doc.get(LAST_ERROR),
                (String) doc.get(ETAG),
                (String) doc.get(LAST_MODIFIED),
                (String) doc.get(LEASE_OWNER),
                instant(doc.get(LEASE_EXPIRES_AT)));
    }

    static Instant discoveredAt(Map<String, Object> doc) {
        return instant(doc.get(DISCOVERED_AT));
    }

    static Instant fetchedAt(Map<String, Object> doc) {
        return instant(doc.get(FETCHED_AT));
    }

    static Map<String, Object> hostLease(String host, String owner, Instant expiresAt) {
        Map<String, Object> doc = new HashMap<>();
        doc.put(KIND, HOST_KIND);
        doc.put(HOST, host);
        doc.put(LEASE_OWNER, owner);
        doc.put(LEASE_EXPIRES_AT, text(expiresAt));
        return doc;
    }

    static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static Instant instant(Object value) {
        return value == null ? null : Instant.parse(value.toString());
    }
}
