package org.qianliyan.portal.crawl.frontier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.qianliyan.crawler.frontier.CrawlStatus;
import org.qianliyan.crawler.frontier.FetchRecord;
import org.qianliyan.crawler.frontier.FrontierEntry;
import org.qianliyan.crawler.frontier.FrontierStore;
import org.qianliyan.crawler.url.CanonicalUrl;
import org.qianliyan.portal.crawl.frontier.VersionedDocuments.Replacement;
import org.qianliyan.portal.crawl.frontier.VersionedDocuments.Versioned;

/**
 * The crawl frontier in the {@code crawl-status} index, shared by every crawler process that
 * points at the same cluster (docs/design-notes.md, Modules, as StormCrawler's status index).
 *
 * <p>Document ids are the SHA-256 of the canonical URL, so adding is a {@code create} that
 * loses quietly for a known URL. Leasing searches due, unleased URLs oldest first, takes the
 * URL's host with a host lease, then writes each URL's lease conditioned on the
 * {@code _seq_no}/{@code _primary_term} it read, all in one {@code _bulk}: when two processes race
 * for a URL, exactly one write wins. A batch's outcomes are recorded the same way, after one
 * real-time {@code _mget} that the leases are still ours. Searches are near-real-time, so the index is refreshed before each lease search
 * (one refresh per batch); a stale hit could only lose its conditional write anyway.
 */
public final class ElasticsearchFrontierStore implements FrontierStore {

    private static final int OVERSAMPLE = 4;

    private final VersionedDocuments documents;
    private final HostLeases hosts;

    /**
     * @param client the Elasticsearch client
     * @param index  the {@code crawl-status} alias (or index) to use
     */
    public ElasticsearchFrontierStore(ElasticsearchClient client, String index) {
        this.documents = new VersionedDocuments(client, index);
        this.hosts = new HostLeases(documents);
    }

    @Override
    public boolean add(String url, String sourceId, Instant dueAt) {
        Optional<String> canonical = CanonicalUrl.tryOf(url);
        if (canonical.isEmpty()) {
            return false;
        }
        String host = CanonicalUrl.host(canonical.get()).orElseThrow();
        FrontierEntry entry = new FrontierEntry(canonical.get(), url, sourceId, host, CrawlStatus.QUEUED, dueAt, 0,
                null, null, null, null, null);
        return documents.create(UrlIds.of(canonical.get()), FrontierDocument.of(entry, dueAt, null));
    }

    /** One {@code _bulk} of creates; a known URL's create loses quietly, as in {@link #add}. */
    @Override
    public int addAll(List<String> urls, String sourceId, Instant dueAt) {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (String url : urls) {
            CanonicalUrl.tryOf(url).ifPresent(canonical -> byId.putIfAbsent(UrlIds.of(canonical),
                    FrontierDocument.of(new FrontierEntry(canonical, url, sourceId, CanonicalUrl.host(canonical).orElseThrow(),
                            CrawlStatus.QUEUED, dueAt, 0, null, null, null, null, null), dueAt, null)));
        }
        return documents.createAll(byId);
    }

    @Override
    public synchronized List<FrontierEntry> lease(String owner, int maxUrls, Duration duration, Instant now) {
        documents.refresh();
        List<Hit<Map>> candidates = dueUrls(maxUrls * OVERSAMPLE, now);
        Map<String, Boolean> hostTaken = new HashMap<>();
        Map<String, FrontierEntry> wanted = new LinkedHashMap<>();
        List<Replacement> leases = new ArrayList<>();
        Instant expires = now.plus(duration);
        for (Hit<Map> hit : candidates) {
            if (wanted.size() >= maxUrls) {
                break;
            }
            FrontierEntry seen = FrontierDocument.entry(source(hit));
            if (seen.leased(now) || !hostTaken.computeIfAbsent(seen.host(), h -> hosts.acquire(h, owner, duration, now))) {
                continue;
            }
            FrontierEntry mine = withLease(seen, owner, expires);
            wanted.put(hit.id(), mine);
            leases.add(new Replacement(hit.id(), FrontierDocument.of(mine, FrontierDocument.discoveredAt(source(hit)),
                    FrontierDocument.fetchedAt(source(hit))), hit.seqNo(), hit.primaryTerm()));
        }
        Set<String> won = documents.replaceAll(leases);
        List<FrontierEntry> leased = new ArrayList<>();
        Map<String, Integer> leasedPerHost = new HashMap<>();
        wanted.forEach((id, mine) -> {
            if (won.contains(id)) {
                leased.add(mine);
                leasedPerHost.merge(mine.host(), 1, Integer::sum);
            }
        });
        hostTaken.forEach((host, taken) -> {
            if (taken) {
                hosts.leased(host, owner, leasedPerHost.getOrDefault(host, 0));
            }
        });
        return leased;
    }

    @Override
    public boolean record(String canonicalUrl, String owner, FetchRecord record) {
        return recordAll(owner, Map.of(canonicalUrl, record)).isEmpty();
    }

    /** One real-time {@code _mget} of the batch, then one {@code _bulk} of writes conditioned on what it read. */
    @Override
    public synchronized List<String> recordAll(String owner, Map<String, FetchRecord> outcomes) {
        Map<String, String> urlsById = new LinkedHashMap<>();
        outcomes.keySet().forEach(url -> urlsById.put(UrlIds.of(url), url));
        Map<String, Versioned> current = documents.getAll(urlsById.keySet());
        List<String> lost = new ArrayList<>();
        List<Replacement> writes = new ArrayList<>();
        List<String> hostsDone = new ArrayList<>();
        urlsById.forEach((id, url) -> {
            Versioned v = current.get(id);
            if (v == null) {
                lost.add(url);
                return;
            }
            FrontierEntry e = FrontierDocument.entry(v.source());
            hostsDone.add(e.host());
            if (!owner.equals(e.leaseOwner())) {
                lost.add(url);
                return;
            }
            FetchRecord record = outcomes.get(url);
            FrontierEntry done = new FrontierEntry(e.canonicalUrl(), e.url(), e.sourceId(), e.host(), record.status(),
                    record.nextFetchAt(), record.retryCount(), record.lastError(),
                    record.etag() != null ? record.etag() : e.etag(),
                    record.lastModified() != null ? record.lastModified() : e.lastModified(), null, null);
            writes.add(new Replacement(id, FrontierDocument.of(done, FrontierDocument.discoveredAt(v.source()),
                    record.fetchedAt()), v.seqNo(), v.primaryTerm()));
        });
        Set<String> written = documents.replaceAll(writes);
        writes.stream().filter(w -> !written.contains(w.id())).forEach(w -> lost.add(urlsById.get(w.id())));
        hostsDone.forEach(host -> hosts.done(host, owner));
        return lost;
    }

    @Override
    public synchronized void release(String canonicalUrl, String owner) {
        String id = UrlIds.of(canonicalUrl);
        documents.get(id).ifPresent(v -> {
            FrontierEntry e = FrontierDocument.entry(v.source());
            if (owner.equals(e.leaseOwner())) {
                FrontierEntry free = withLease(e, null, null);
                if (documents.replace(id, FrontierDocument.of(free, FrontierDocument.discoveredAt(v.source()),
                        FrontierDocument.fetchedAt(v.source())), v.seqNo(), v.primaryTerm())) {
                    hosts.done(e.host(), owner);
                }
            }
        });
    }

    @Override
    public boolean anyDue(Instant now) {
        documents.refresh();
        String at = now.toString();
        try {
            return documents.client().count(c -> c.index(documents.index()).query(q -> q.bool(b -> b
                    .filter(term(FrontierDocument.KIND, FrontierDocument.URL_KIND))
                    .filter(f -> f.range(r -> r.date(d -> d.field(FrontierDocument.NEXT_FETCH_AT).lte(at))))
                    .mustNot(term(FrontierDocument.STATUS, CrawlStatus.GONE.name()))))).count() > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot count due URLs in " + documents.index(), e);
        }
    }

    @Override
    public Optional<FrontierEntry> get(String canonicalUrl) {
        return documents.get(UrlIds.of(canonicalUrl)).map(v -> FrontierDocument.entry(v.source()));
    }

    @Override
    public Map<CrawlStatus, Long> countByStatus(String sourceId) {
        documents.refresh();
        try {
            SearchResponse<Void> response = documents.client().search(s -> s.index(documents.index()).size(0)
                    .query(q -> q.bool(b -> b
                            .filter(term(FrontierDocument.KIND, FrontierDocument.URL_KIND))
                            .filter(term(FrontierDocument.SOURCE_ID, sourceId))))
                    .aggregations("status", a -> a.terms(t -> t.field(FrontierDocument.STATUS).size(CrawlStatus.values().length))),
                    Void.class);
            Map<CrawlStatus, Long> counts = new EnumMap<>(CrawlStatus.class);
            for (StringTermsBucket bucket : response.aggregations().get("status").sterms().buckets().array()) {
                counts.put(CrawlStatus.valueOf(bucket.key().stringValue()), bucket.docCount());
            }
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot count the frontier of source " + sourceId, e);
        }
    }

    private List<Hit<Map>> dueUrls(int size, Instant now) {
        String at = now.toString();
        try {
            return documents.client().search(s -> s.index(documents.index()).size(size).seqNoPrimaryTerm(true)
                    .query(q -> q.bool(b -> b
                            .filter(term(FrontierDocument.KIND, FrontierDocument.URL_KIND))
                            .filter(f -> f.range(r -> r.date(d -> d.field(FrontierDocument.NEXT_FETCH_AT).lte(at))))
                            .mustNot(term(FrontierDocument.STATUS, CrawlStatus.GONE.name()))
                            .mustNot(m -> m.range(r -> r.date(d -> d.field(FrontierDocument.LEASE_EXPIRES_AT).gt(at))))))
                    .sort(o -> o.field(f -> f.field(FrontierDocument.NEXT_FETCH_AT).order(SortOrder.Asc)))
                    .sort(o -> o.field(f -> f.field(FrontierDocument.CANONICAL_URL).order(SortOrder.Asc))),
                    Map.class).hits().hits();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the frontier " + documents.index(), e);
        }
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> source(Hit<Map> hit) {
        return hit.source();
    }

    private static FrontierEntry withLease(FrontierEntry e, String owner, Instant expires) {
        return new FrontierEntry(e.canonicalUrl(), e.url(), e.sourceId(), e.host(), e.status(), e.nextFetchAt(),
                e.retryCount(), e.lastError(), e.etag(), e.lastModified(), owner, expires);
    }
}
