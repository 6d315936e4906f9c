package org.qianliyan.crawler.frontier;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qianliyan.crawler.url.CanonicalUrl;

/**
 * A {@link FrontierStore} in memory, synchronised; for tests and one-off runs. Not durable.
 * Linear scans: fine for thousands of URLs, not for millions (use the Elasticsearch store).
 */
public final class InMemoryFrontierStore implements FrontierStore {

    private final Map<String, FrontierEntry> entries = new LinkedHashMap<>();

    @Override
    public synchronized boolean add(String url, String sourceId, Instant dueAt) {
        Optional<String> canonical = CanonicalUrl.tryOf(url);
        if (canonical.isEmpty() || entries.containsKey(canonical.get())) {
            return false;
        }
        String host = CanonicalUrl.host(canonical.get()).orElseThrow();
        entries.put(canonical.get(), new FrontierEntry(canonical.get(), url, sourceId, host, CrawlStatus.QUEUED, dueAt,
                0, null, null, null, null, null));
        return true;
    }

    @Override
    public synchronized List<FrontierEntry> lease(String owner, int maxUrls, Duration duration, Instant now) {
        Set<String> hostsOfOthers = new HashSet<>();
        for (FrontierEntry e : entries.values()) {
            if (e.leasedToOtherThan(owner, now)) {
                hostsOfOthers.add(e.host());
            }
        }
        List<FrontierEntry> due = entries.values().stream()
                .filter(e -> e.nextFetchAt() != null && !e.nextFetchAt().isAfter(now))
                .filter(e -> e.status() != CrawlStatus.GONE)
                .filter(e -> !e.leased(now))
                .filter(e -> !hostsOfOthers.contains(e.host()))
                .sorted(Comparator.comparing(FrontierEntry::nextFetchAt))
                .limit(maxUrls)
                .toList();
        List<FrontierEntry> leased = new ArrayList<>(due.size());
        Instant expires = now.plus(duration);
        for (FrontierEntry e : due) {
            FrontierEntry l = new FrontierEntry(e.canonicalUrl(), e.url(), e.sourceId(), e.host(), e.status(),
                    e.nextFetchAt(), e.retryCount(), e.lastError(), e.etag(), e.lastModified(), owner, expires);
            entries.put(e.canonicalUrl(), l);
            leased.add(l);
        }
        return leased;
    }

    @Override
    public synchronized boolean record(String canonicalUrl, String owner, FetchRecord r) {
        FrontierEntry e = entries.get(canonicalUrl);
        if (e == null || !owner.equals(e.leaseOwner())) {
            return false;
        }
        entries.put(canonicalUrl, new FrontierEntry(e.canonicalUrl(), e.url(), e.sourceId(), e.host(), r.status(),
                r.nextFetchAt(), r.retryCount(), r.lastError(), r.etag() != null ? r.etag() : e.etag(),
                r.lastModified() != null ? r.lastModified() : e.lastModified(), null, null));
        return true;
    }

    @Override
    public synchronized void release(String canonicalUrl, String owner) {
        FrontierEntry e = entries.get(canonicalUrl);
        if (e != null && owner.equals(e.leaseOwner())) {
            entries.put(canonicalUrl, new FrontierEntry(e.canonicalUrl(), e.url(), e.sourceId(), e.host(), e.status(),
                    e.nextFetchAt(), e.retryCount(), e.lastError(), e.etag(), e.lastModified(), null, null));
        }
    }

    @Override
    public synchronized boolean anyDue(Instant now) {
        return entries.values().stream().anyMatch(e -> e.status() != CrawlStatus.GONE && e.nextFetchAt() != null
                && !e.nextFetchAt().isAfter(now));
    }

    @Override
    public synchronized Optional<FrontierEntry> get(String canonicalUrl) {
        return Optional.ofNullable(entries.get(canonicalUrl));
    }

    @Override
    public synchronized Map<CrawlStatus, Long> countByStatus(String sourceId) {
        Map<CrawlStatus, Long> counts = new EnumMap<>(CrawlStatus.class);
        for (FrontierEntry e : entries.values()) {
            if (e.sourceId().equals(sourceId)) {
                counts.merge(e.status(), 1L, Long::sum);
            }
        }
        return counts;
    }

    /** @return every entry (test inspection) */
    public synchronized List<FrontierEntry> all() {
        return new ArrayList<>(entries.values());
    }

}
