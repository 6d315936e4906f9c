package org.qianliyan.crawler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.qianliyan.crawler.extract.Extraction;
import org.qianliyan.crawler.extract.FetchedPage;
import org.qianliyan.crawler.extract.PageExtractors;
import org.qianliyan.crawler.fetch.FetchOutcome;
import org.qianliyan.crawler.fetch.FetchRequest;
import org.qianliyan.crawler.fetch.FetchStatus;
import org.qianliyan.crawler.fetch.PageFetcher;
import org.qianliyan.crawler.frontier.CrawlStatus;
import org.qianliyan.crawler.frontier.FetchRecord;
import org.qianliyan.crawler.frontier.FrontierEntry;
import org.qianliyan.crawler.frontier.FrontierStore;
import org.qianliyan.crawler.source.SourceProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fetch, extract, store and record for a leased batch of URLs; every failure ends as a recorded reason. */
final class UrlProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(UrlProcessor.class);
    private static final Duration MAX_RETRY_DELAY = Duration.ofDays(1);
    static final String EMPTY_BODY = "extraction failed: empty body";

    private final FrontierStore store;
    private final PageFetcher fetcher;
    private final DocumentSink sink;
    private final CrawlerSettings settings;
    private final Clock clock;
    private final ProgressCounters progress;
    private final RecentHashes hashes;

    UrlProcessor(FrontierStore store, PageFetcher fetcher, DocumentSink sink, CrawlerSettings settings, Clock clock,
            ProgressCounters progress, RecentHashes hashes) {
        this.store = store;
        this.fetcher = fetcher;
        this.sink = sink;
        this.settings = settings;
        this.clock = clock;
        this.progress = progress;
        this.hashes = hashes;
    }

    /**
     * Fetches and extracts every URL of a leased batch, adds all their links to the frontier and hands all
     * their documents to the sink at once, then records all outcomes at once: a URL counts as fetched only
     * after its links and documents were stored.
     *
     * @param batch    the leased URLs
     * @param profiles the source of each URL (null when unknown)
     * @param stopping asked before each fetch: when true, the URLs not yet fetched are released
     */
    void process(List<FrontierEntry> batch, Function<String, SourceProfile> profiles, BooleanSupplier stopping)
            throws InterruptedException {
        List<Fetched> fetched = new ArrayList<>(batch.size());
        Map<String, FetchRecord> outcomes = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            if (stopping.getAsBoolean()) {
                batch.subList(i, batch.size()).forEach(e -> store.release(e.canonicalUrl(), settings.ownerId()));
                break;
            }
            FrontierEntry entry = batch.get(i);
            try {
                fetchAndExtract(entry, profiles.apply(entry.sourceId()), outcomes).ifPresent(fetched::add);
            } catch (RuntimeException e) {
                // A bug or a store outage must not end the crawl: leave the URL to its lease expiry.
                LOG.error("Processing {} failed unexpectedly; its lease will expire and it will be retried",
                        entry.canonicalUrl(), e);
            }
        }
        Set<String> linksLost = addLinks(fetched);
        Map<CrawledDocument, String> notStored = store(fetched);
        for (Fetched f : fetched) {
            if (linksLost.contains(f.profile().id())) {
                continue;
            }
            try {
                outcomes.put(f.entry().canonicalUrl(), finish(f, notStored));
            } catch (RuntimeException e) {
                LOG.error("Finishing {} failed unexpectedly; its lease will expire and it will be retried",
                        f.entry().canonicalUrl(), e);
            }
        }
        recordAll(outcomes);
    }

    /** A fetched URL whose links wait for the frontier and whose documents wait for the sink. */
    private record Fetched(FrontierEntry entry, SourceProfile profile, FetchOutcome outcome, List<String> links,
            List<CrawledDocument> documents) {

        Fetched(FrontierEntry entry, SourceProfile profile, FetchOutcome outcome) {
            this(entry, profile, outcome, List.of(), List.of());
        }
    }

    /** @return the URL fetched and extracted, or empty when its outcome is decided without a fetch (put in {@code outcomes}) */
    private Optional<Fetched> fetchAndExtract(FrontierEntry entry, SourceProfile profile, Map<String, FetchRecord> outcomes)
            throws InterruptedException {
        ProgressCounters.Counters counters = progress.of(entry.sourceId());
        Instant now = clock.instant();
        if (profile == null || !profile.enabled()) {
            outcomes.put(entry.canonicalUrl(),
                    new FetchRecord(CrawlStatus.FAILED, null, entry.retryCount(), "source unknown or disabled", null, null, now));
            return Optional.empty();
        }
        if (counters.blockedUntil != null && counters.blockedUntil.isAfter(now)) {
            outcomes.put(entry.canonicalUrl(),
                    new FetchRecord(CrawlStatus.BLOCKED, counters.blockedUntil, entry.retryCount(), counters.lastBlock, null, null, now));
            return Optional.empty();
        }
        FetchOutcome outcome = fetcher.fetch(new FetchRequest(entry.url(), entry.sourceId(), profile.cookies(), entry.etag(), entry.lastModified()));
        Fetched fetched = outcome.status() == FetchStatus.OK ? extract(entry, profile, outcome, counters)
                : new Fetched(entry, profile, outcome);
        if (fetched.outcome().status() == FetchStatus.BLOCKED) {
            // At once, not when the batch is recorded: the source's next URLs in this batch are left alone.
            counters.blockedUntil = clock.instant().plus(settings.blockedBackoff());
            counters.lastBlock = fetched.outcome().reason();
            LOG.warn("Source {} blocked by an anti-bot answer at {} ({}); backed off until {}; staff should look",
                    entry.sourceId(), entry.url(), fetched.outcome().reason(), counters.blockedUntil);
        }
        return Optional.of(fetched);
    }

    private Fetched extract(FrontierEntry entry, SourceProfile profile, FetchOutcome outcome, ProgressCounters.Counters counters) {
        Extraction extraction;
        try {
            FetchedPage page = new FetchedPage(entry.url(), outcome.finalUrl(), outcome.contentType(), outcome.body(), clock.instant());
            extraction = PageExtractors.forKind(profile.kind()).extract(page, profile);
        } catch (RuntimeException e) {
            return new Fetched(entry, profile, outcome.withStatus(FetchStatus.UNSUPPORTED_CONTENT, "extraction failed: " + e));
        }
        if (extraction.blocked() != null) {
            return new Fetched(entry, profile, outcome.withStatus(FetchStatus.BLOCKED, extraction.blocked()));
        }
        if (extraction.gone() != null) {
            return new Fetched(entry, profile, outcome.withStatus(FetchStatus.GONE, extraction.gone()));
        }
        if (extraction.documents().size() == 1 && extraction.documents().get(0).text().isBlank()) {
            // An article page whose body came out empty is a failure to look at, not a duplicate of the last empty page.
            return new Fetched(entry, profile, outcome.withStatus(FetchStatus.UNSUPPORTED_CONTENT, EMPTY_BODY),
                    extraction.links(), List.of());
        }
        List<CrawledDocument> fresh = new ArrayList<>(extraction.documents().size());
        for (CrawledDocument document : extraction.documents()) {
            if (hashes.add(document.contentHash())) {
                fresh.add(document);
            } else {
                counters.duplicates.incrementAndGet();
            }
        }
        return new Fetched(entry, profile, outcome, extraction.links(), fresh);
    }

    /**
     * Adds the links of the batch's pages to the frontier, one call per source (a store over the network: one request).
     *
     * @return the sources whose links could not be added: their pages are left unrecorded, to be fetched again
     */
    private Set<String> addLinks(List<Fetched> fetched) {
        Map<String, List<String>> linksBySource = new LinkedHashMap<>();
        for (Fetched f : fetched) {
            linksBySource.computeIfAbsent(f.profile().id(), id -> new ArrayList<>()).addAll(f.links());
        }
        Set<String> lost = new HashSet<>();
        linksBySource.forEach((sourceId, links) -> {
            if (links.isEmpty()) {
                return;
            }
            ProgressCounters.Counters counters = progress.of(sourceId);
            try {
                int added = store.addAll(links, sourceId, clock.instant());
                counters.queued.addAndGet(added);
                counters.duplicates.addAndGet(links.size() - added);
            } catch (RuntimeException e) {
                lost.add(sourceId);
                LOG.error("Adding {} links of source {} to the frontier failed; the pages' leases will expire and they"
                        + " will be fetched again", links.size(), sourceId, e);
            }
        });
        return lost;
    }

    /** @return the documents the sink did not store, with the reason */
    private Map<CrawledDocument, String> store(List<Fetched> fetched) {
        List<CrawledDocument> documents = fetched.stream().flatMap(f -> f.documents().stream()).toList();
        if (documents.isEmpty()) {
            return Map.of();
        }
        try {
            return sink.acceptAll(documents);
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            Map<CrawledDocument, String> all = new IdentityHashMap<>();
            documents.forEach(d -> all.put(d, reason));
            return all;
        }
    }

    /** @return the URL's outcome, its counters counted */
    private FetchRecord finish(Fetched f, Map<CrawledDocument, String> notStored) {
        FrontierEntry entry = f.entry();
        ProgressCounters.Counters counters = progress.of(entry.sourceId());
        FetchOutcome outcome = f.outcome();
        for (CrawledDocument document : f.documents()) {
            String reason = notStored.get(document);
            if (reason == null) {
                counters.newDocs.incrementAndGet();
            } else {
                hashes.forget(document.contentHash());
                if (outcome.status() == FetchStatus.OK) {
                    outcome = outcome.withStatus(FetchStatus.SERVER_ERROR, "document sink failed: " + reason);
                }
            }
        }
        Instant end = clock.instant();
        FetchRecord record = switch (outcome.status()) {
            case OK, NOT_MODIFIED -> {
                counters.fetched.incrementAndGet();
                Instant next = f.profile().isListUrl(entry.url()) ? end.plus(f.profile().revisitInterval()) : null;
                yield new FetchRecord(CrawlStatus.FETCHED, next, 0, null, outcome.etag(), outcome.lastModified(), end);
            }
            case BLOCKED -> {
                counters.failed.incrementAndGet();
                yield new FetchRecord(CrawlStatus.BLOCKED, counters.blockedUntil, entry.retryCount() + 1, outcome.reason(), null, null, end);
            }
            case DEFERRED -> new FetchRecord(entry.status(), end.plus(outcome.retryAfter() == null ? settings.retryBase() : outcome.retryAfter()),
                    entry.retryCount(), outcome.reason(), null, null, end);
            case GONE -> {
                counters.failed.incrementAndGet();
                yield new FetchRecord(CrawlStatus.GONE, null, 0, outcome.reason(), null, null, end);
            }
            default -> {
                counters.failed.incrementAndGet();
                yield failure(entry, outcome, end);
            }
        };
        LOG.debug("{} {} -> {}", entry.sourceId(), entry.url(), outcome);
        return record;
    }

    private FetchRecord failure(FrontierEntry entry, FetchOutcome outcome, Instant now) {
        String reason = outcome.status() + ": " + (outcome.reason() == null ? "HTTP " + outcome.httpStatus() : outcome.reason());
        if (!outcome.status().isTransient()) {
            return new FetchRecord(CrawlStatus.FAILED, null, entry.retryCount(), reason, null, null, now);
        }
        int retries = entry.retryCount() + 1;
        if (retries > settings.maxRetries()) {
            return new FetchRecord(CrawlStatus.FAILED, null, retries, reason + " (gave up after " + retries + " attempts)", null, null, now);
        }
        Duration backoff = settings.retryBase().multipliedBy(1L << Math.min(retries - 1, 20));
        if (outcome.retryAfter() != null && outcome.retryAfter().compareTo(backoff) > 0) {
            backoff = outcome.retryAfter();
        }
        if (backoff.compareTo(MAX_RETRY_DELAY) > 0) {
            backoff = MAX_RETRY_DELAY;
        }
        return new FetchRecord(CrawlStatus.FAILED, now.plus(backoff), retries, reason, null, null, now);
    }

    private void recordAll(Map<String, FetchRecord> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        try {
            for (String lost : store.recordAll(settings.ownerId(), outcomes)) {
                LOG.info("Lease on {} lost before its outcome was recorded; another instance has it", lost);
            }
        } catch (RuntimeException e) {
            LOG.error("Recording the outcomes of {} URLs failed; their leases will expire and they will be retried",
                    outcomes.size(), e);
        }
    }
}
