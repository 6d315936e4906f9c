package org.qianliyan.portal.elasticsearch;

import java.io.IOException;
import java.time.Duration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Whether Elasticsearch answers now (cluster health not red), asked at most once a second
 * however many requests want to know. Logs each change, once.
 */
@Component
public class ElasticsearchAvailability {

    private static final Duration FRESH = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(ElasticsearchAvailability.class);

    private final ElasticsearchClient client;
    private long checkedAt = Long.MIN_VALUE;
    private boolean available = true;

    ElasticsearchAvailability(ElasticsearchClient client) {
        this.client = client;
    }

    public synchronized boolean available() {
        long now = System.nanoTime();
        if (checkedAt != Long.MIN_VALUE && now - checkedAt < FRESH.toNanos()) {
            return available;
        }
        boolean answering = probe();
        checkedAt = System.nanoTime();
        if (answering != available) {
            if (answering) {
                log.info("Elasticsearch is available again");
            } else {
                log.warn("Elasticsearch is unavailable: the API answers 503 and pages say so until it is back");
            }
        }
        available = answering;
        return available;
    }

    private boolean probe() {
        try {
            return client.cluster().health().status() != HealthStatus.Red;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
