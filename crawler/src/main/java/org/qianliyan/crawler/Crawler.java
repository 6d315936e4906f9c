package org.qianliyan.crawler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.qianliyan.crawler.fetch.PageFetcher;
import org.qianliyan.crawler.frontier.FrontierEntry;
import org.qianliyan.crawler.frontier.FrontierStore;
import org.qianliyan.crawler.source.SourceProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crawl loop: leases due URLs from a {@link FrontierStore}, fetches them politely,
 * extracts, hands documents to a {@link DocumentSink}, adds discovered links, and records
 * every outcome with its reason. Several instances (processes) may share one store.
 *
 * <pre>{@code
 * Crawler crawler = new Crawler(store, fetcher, sink, profiles, CrawlerSettings.defaults("crawler-1"), Clock.systemUTC());
 * crawler.seed();
 * crawler.runOnce();              // until nothing is due: the CLI's "crawl --once"
 * // or crawler.runContinuously() on a thread, and crawler.stop() to end it gracefully
 * }</pre>
 */
public final class Crawler {

    private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);
    private static final int ONCE_IDLE_POLLS = 10;
    /** Pauses before asking a failing frontier store again; then the pass gives up (about half a minute). */
    private static final List<Duration> STORE_RETRY_PAUSES = List.of(
            Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(16));

    private final FrontierStore store;
    private final Map<String, SourceProfile> profiles;
    private final CrawlerSettings settings;
    private final Clock clock;
    private final ProgressCounters progress = new ProgressCounters();
    private final UrlProcessor processor;
    private final AtomicBoolean stopping = new AtomicBoolean();

    /**
     * @param store    the shared frontier
     * @param fetcher  the polite fetcher
     * @param sink     where documents go (idempotent by canonical URL)
     * @param profiles the sources (disabled ones are not crawled)
     * @param settings loop settings
     * @param clock    time source
     */
    public Crawler(FrontierStore store, PageFetcher fetcher, DocumentSink sink, List<SourceProfile> profiles,
            CrawlerSettings settings, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.profiles = profiles.stream().collect(Collectors.toUnmodifiableMap(SourceProfile::id, Function.identity()));
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.processor = new UrlProcessor(store, fetcher, sink, settings, clock, progress, new RecentHashes(100_000));
    }

    /** Adds the seed URLs of every enabled source to the frontier (known ones are left as they are). */
    public void seed() {
        Instant now = clock.instant();
        for (SourceProfile profile : profiles.values()) {
            if (profile.enabled()) {
                for (String seed : profile.seedUrls()) {
                    if (store.add(seed, profile.id(), now)) {
                        progress.of(profile.id()).queued.incrementAndGet();
                    }
                }
            }
        }
    }

    /** Crawls until nothing is due (or {@link #stop()}); the CLI's {@code crawl --once}. */
    public void runOnce() throws InterruptedException {
        run(true);
    }

    /** Crawls until {@link #stop()}, polling for due URLs when idle. */
    public void runContinuously() throws InterruptedException {
        run(false);
    }

    /** Asks the loop to end: URLs in hand are finished, leased but unstarted ones released. */
    public void stop() {
        stopping.set(true);
    }

    /** @return per-source counters since this crawler started */
    public Map<String, SourceProgress> progress() {
        return progress.snapshot(clock.instant());
    }

    private void run(boolean once) throws InterruptedException {
        stopping.set(false);
        ExecutorService pool = Executors.newFixedThreadPool(settings.workers(), r -> {
            Thread t = new Thread(r, "crawler-" + settings.ownerId());
            t.setDaemon(true);
            return t;
        });
        AtomicInteger busy = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        try {
            for (int i = 0; i < settings.workers(); i++) {
                workers.add(pool.submit(() -> {
                    workLoop(once, busy);
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                try {
                    w.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new CrawlerException("Crawler worker failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
        LOG.info("Crawl {} ended: {}", once ? "pass" : "loop", progress());
    }

    private void workLoop(boolean once, AtomicInteger busy) throws InterruptedException {
        long idleSince = -1;
        while (!stopping.get() && !Thread.currentThread().isInterrupted()) {
            List<FrontierEntry> batch = retryingStore(() -> store.lease(settings.ownerId(), settings.batchSize(),
                    settings.leaseDuration(), clock.instant()));
            if (batch.isEmpty()) {
                if (once && busy.get() == 0) {
                    // Due URLs may still be held by other instances (or by a dead one until its lease
                    // expires): wait a while for them, then end the pass.
                    long nowNanos = System.nanoTime();
                    idleSince = idleSince < 0 ? nowNanos : idleSince;
                    if (!retryingStore(() -> store.anyDue(clock.instant()))
                            || nowNanos - idleSince > settings.idlePoll().multipliedBy(ONCE_IDLE_POLLS).toNanos()) {
                        return;
                    }
                }
                Thread.sleep(once ? Math.min(20, settings.idlePoll().toMillis()) : settings.idlePoll().toMillis());
                continue;
            }
            idleSince = -1;
            busy.incrementAndGet();
            try {
                processor.process(batch, profiles::get, stopping::get);
            } finally {
                busy.decrementAndGet();
            }
            LOG.info("Batch of {} done: {}", batch.size(), progress());
        }
    }

    /**
     * A frontier call that may fail for a while: a shared store on an Elasticsearch cluster that
     * just lost a node answers 503 or refuses connections until its shards have moved. Ends the
     * pass only when the store still fails after {@link #STORE_RETRY_PAUSES}.
     */
    private <T> T retryingStore(Supplier<T> call) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                return call.get();
            } catch (RuntimeException e) {
                if (attempt == STORE_RETRY_PAUSES.size()) {
                    throw e;
                }
                Duration pause = STORE_RETRY_PAUSES.get(attempt);
                LOG.warn("Frontier store failed ({}); asking again in {} s", e.toString(), pause.toSeconds());
                Thread.sleep(pause.toMillis());
            }
        }
    }
}
