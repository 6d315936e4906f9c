package org.qianliyan.portal.crawl;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Crawl passes every {@code qianliyan.crawler.interval} while the portal serves, when
 * {@code qianliyan.crawler.enabled} is true. A failed pass is logged and the next one runs.
 */
public class CrawlScheduler implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(CrawlScheduler.class);

    private final CrawlService crawls;
    private final CrawlerProperties properties;
    private ScheduledExecutorService executor;

    public CrawlScheduler(CrawlService crawls, CrawlerProperties properties) {
        this.crawls = crawls;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "crawl-scheduler");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::pass, 0, properties.interval().toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Scheduled crawling every {}", properties.interval());
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            crawls.stop();
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    private void pass() {
        try {
            crawls.runPass(Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Crawl pass failed; the next one runs in {}", properties.interval(), e);
        }
    }
}
