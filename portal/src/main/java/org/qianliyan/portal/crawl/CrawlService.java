package org.qianliyan.portal.crawl;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.qianliyan.crawler.Crawler;
import org.qianliyan.crawler.DocumentSink;
import org.qianliyan.crawler.SourceProgress;
import org.qianliyan.crawler.fetch.PageFetcher;
import org.qianliyan.crawler.frontier.CrawlStatus;
import org.qianliyan.crawler.frontier.FrontierStore;
import org.qianliyan.crawler.source.SourceProfile;
import org.qianliyan.portal.crawl.sources.SourceRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs crawl passes over the enabled sources (or one of them): seeds, crawls until nothing is
 * due, logs the progress per source, and flags sources that met an anti-bot page so staff see
 * it on the Sources page. One pass at a time per process; other processes may crawl the same
 * frontier at the same time.
 */
public class CrawlService {

    private static final Logger LOG = LoggerFactory.getLogger(CrawlService.class);

    private final SourceRepository sources;
    private final FrontierStore frontier;
    private final PageFetcher fetcher;
    private final DocumentSink sink;
    private final CrawlerProperties properties;
    private final Clock clock;
    private final String ownerId = newOwnerId();
    private final AtomicReference<Crawler> running = new AtomicReference<>();
    private final AtomicReference<CrawlPass> lastPass = new AtomicReference<>();

    public CrawlService(SourceRepository sources, FrontierStore frontier, PageFetcher fetcher, DocumentSink sink,
            CrawlerProperties properties, Clock clock) {
        this.sources = sources;
        this.frontier = frontier;
        this.fetcher = fetcher;
        this.sink = sink;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Crawls until nothing is due.
     *
     * @param sourceId only this source, or empty for every enabled one
     * @return the pass's progress
     * @throws IllegalArgumentException when the source is unknown or disabled
     * @throws IllegalStateException    when a pass is already running in this process
     */
    public CrawlPass runPass(Optional<String> sourceId) throws InterruptedException {
        List<SourceProfile> profiles = profiles(sourceId);
        Crawler crawler = new Crawler(frontier, fetcher, sink, profiles, properties.crawlerSettings(ownerId), clock);
        if (!running.compareAndSet(null, crawler)) {
            throw new IllegalStateException("a crawl pass is already running in this process");
        }
        Instant start = clock.instant();
        try {
            LOG.info("Crawl pass of {} sources as {}", profiles.size(), ownerId);
            crawler.seed();
            crawler.runOnce();
        } finally {
            running.set(null);
            CrawlPass pass = new CrawlPass(start, clock.instant(), crawler.progress());
            lastPass.set(pass);
            flagBlocked(pass);
            pass.progress().values().forEach(p -> LOG.info("Source {}: fetched {}, queued {}, failed {}, new {}, duplicate {}{}",
                    p.sourceId(), p.fetched(), p.queued(), p.failed(), p.newDocs(), p.duplicates(),
                    p.blocked() ? ", BLOCKED: " + p.lastBlock() : ""));
        }
        return lastPass.get();
    }

    /** Asks a running pass to stop after the URLs in hand. */
    public void stop() {
        Crawler crawler = running.get();
        if (crawler != null) {
            crawler.stop();
        }
    }

    /** @return the running pass's progress, else the last pass's, else empty */
    public Optional<CrawlPass> currentOrLastPass() {
        Crawler crawler = running.get();
        if (crawler != null) {
            return Optional.of(new CrawlPass(clock.instant(), null, crawler.progress()));
        }
        return Optional.ofNullable(lastPass.get());
    }

    /** @return the frontier's URLs of a source per status (all processes, all time) */
    public Map<CrawlStatus, Long> frontierCounts(String sourceId) {
        return frontier.countByStatus(sourceId);
    }

    /** @return this process's id in frontier leases */
    public String ownerId() {
        return ownerId;
    }

    private List<SourceProfile> profiles(Optional<String> sourceId) {
        List<SourceProfile> enabled = sources.enabledProfiles();
        if (sourceId.isEmpty()) {
            return enabled;
        }
        return List.of(enabled.stream().filter(p -> p.id().equals(sourceId.get())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no enabled source with id " + sourceId.get())));
    }

    private void flagBlocked(CrawlPass pass) {
        for (SourceProgress p : pass.progress().values()) {
            if (p.blocked()) {
                sources.flagBlocked(p.sourceId(), p.lastBlock(), pass.endedAt());
            }
        }
    }

    private static String newOwnerId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String pid = ManagementFactory.getRuntimeMXBean().getName().split("@")[0];
        return host + "-" + pid + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
