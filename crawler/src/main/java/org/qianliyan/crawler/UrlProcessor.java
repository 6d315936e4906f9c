package org.qianliyan.crawler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

/** Fetch, extract, emit and record for one leased URL; every failure ends as a recorded reason. */
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

    void process(FrontierEntry entry, SourceProfile profile) throws InterruptedException {
        ProgressCounters.Counters counters = progress.of(entry.sourceId());
        Instant now = clock.instant();
        if (profile == null || !profile.enabled()) {
            record(entry, new FetchRecord(CrawlStatus.FAILED, null, entry.retryCount(), "source unknown or disabled", null, null, now));
            return;
        }
        if (counters.blockedUntil != null && counters.blockedUntil.isAfter(now)) {
            record(entry, new FetchRecord(CrawlStatus.BLOCKED, counters.blockedUntil, entry.retryCount(), counters.lastBlock, null, null, now));
            return;
        }
        FetchOutcome outcome = fetcher.fetch(new FetchRequest(entry.url(), entry.sourceId(), profile.cookies(), entry.etag(), entry.lastModified()));
        if (outcome.status() == FetchStatus.OK) {
            outcome = extractAndEmit(entry, profile, outcome, counters);
        }
        Instant end = clock.instant();
        FetchRecord record = switch (outcome.status()) {
            case OK, NOT_MODIFIED -> {
                counters.fetched.incrementAndGet();
                Instant next = profile.isListUrl(entry.url()) ? end.plus(profile.revisitInterval()) : null;
                yield new FetchRecord(CrawlStatus.FETCHED, next, 0, null, outcome.etag(), outcome.lastModified(), end);
            }
            case BLOCKED -> {
                counters.failed.incrementAndGet();
                counters.blockedUntil = end.plus(settings.blockedBackoff());
                counters.lastBlock = outcome.reason();
                LOG.warn("Source {} blocked by an anti-bot answer at {} ({}); backed off until {}; staff should look",
                        entry.sourceId(), entry.url(), outcome.reason(), counters.blockedUntil);
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
        record(entry, record);
    }

    private FetchOutcome extractAndEmit(FrontierEntry entry, SourceProfile profile, FetchOutcome outcome,
            ProgressCounters.Counters counters) {
        Extraction extraction;
        try {
            FetchedPage page = new FetchedPage(entry.url(), outcome.finalUrl(), outcome.contentType(), outcome.body(), clock.instant());
            extraction = PageExtractors.forKind(profile.kind()).extract(page, profile);
        } catch (RuntimeException e) {
            return outcome.withStatus(FetchStatus.UNSUPPORTED_CONTENT, "extraction failed: " + e);
        }
        if (extraction.blocked() != null) {
            return outcome.withStatus(FetchStatus.BLOCKED, extraction.blocked());
        }
        if (extraction.gone() != null) {
            return outcome.withStatus(FetchStatus.GONE, extraction.gone());
        }
        Instant now = clock.instant();
        for (String link : extraction.links()) {
            if (store.add(link, profile.id(), now)) {
                counters.queued.incrementAndGet();
            } else {
                counters.duplicates.incrementAndGet();
            }
        }
        if (extraction.documents().size() == 1 && extraction.documents().get(0).text().isBlank()) {
            // An article page whose body came out empty is a failure to look at, not a duplicate of the last empty page.
            return outcome.withStatus(FetchStatus.UNSUPPORTED_CONTENT, EMPTY_BODY);
        }
        for (CrawledDocument document : extraction.documents()) {
            if (!hashes.add(document.contentHash())) {
                counters.duplicates.incrementAndGet();
                continue;
            }
            try {
                sink.accept(document);
                counters.newDocs.incrementAndGet();
            } catch (RuntimeException e) {
                return outcome.withStatus(FetchStatus.SERVER_ERROR, "document sink failed: " + e.getMessage());
            }
        }
        return outcome;
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

    private void record(FrontierEntry entry, FetchRecord record) {
        if (!store.record(entry.canonicalUrl(), settings.ownerId(), record)) {
            LOG.info("Lease on {} lost before its outcome was recorded; another instance has it", entry.canonicalUrl());
        }
    }
}
