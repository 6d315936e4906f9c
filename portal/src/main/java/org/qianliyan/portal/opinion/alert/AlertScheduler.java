package org.qianliyan.portal.opinion.alert;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Detection every {@code qianliyan.alerts.interval} on a thread of its own, apart from the
 * crawl and its pipeline. A failed run is logged and the next one runs.
 */
class AlertScheduler implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(AlertScheduler.class);

    private final AlertDetection detection;
    private final AlertProperties properties;
    private ScheduledExecutorService executor;

    AlertScheduler(AlertDetection detection, AlertProperties properties) {
        this.detection = detection;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "alert-detection");
            t.setDaemon(true);
            return t;
        });
        long interval = properties.interval().toMillis();
        executor.scheduleWithFixedDelay(this::run, interval, interval, TimeUnit.MILLISECONDS);
        LOG.info("Alert detection every {}", properties.interval());
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    private void run() {
        try {
            detection.run();
        } catch (RuntimeException e) {
            LOG.error("Alert detection failed; the next run is in {}", properties.interval(), e);
        }
    }
}
