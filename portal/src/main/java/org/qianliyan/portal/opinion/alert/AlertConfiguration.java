package org.qianliyan.portal.opinion.alert;

import java.time.Clock;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.qianliyan.index.schema.IndexDefinition;
import org.qianliyan.portal.crawl.CrawlTrouble;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The {@code alerts} index, detection over posts and the crawl, webhooks and the scheduler. */
@Configuration
class AlertConfiguration {

    @Bean
    IndexDefinition alertsIndex() {
        return IndexDefinition.of("alerts");
    }

    @Bean
    AlertStore alertStore(ElasticsearchClient client, IndexSchema schema) {
        return new AlertStore(client, schema.alias("alerts"));
    }

    @Bean(destroyMethod = "close")
    WebhookDelivery webhookDelivery(AlertProperties properties, AlertStore store, ObjectMapper json) {
        return new WebhookDelivery(properties.webhooks(), new WebhookMessages(json, properties.publicUrl()), store,
                properties.deliveryAttempts(), properties.deliveryBackoff(), Clock.systemUTC());
    }

    @Bean
    AlertDetection alertDetection(ElasticsearchClient client, IndexSchema schema, CrawlTrouble crawl, AlertStore store,
            WebhookDelivery delivery, AlertProperties properties) {
        return new AlertDetection(new PostCounts(client, schema.alias("posts")),
                crawl, store, delivery, properties, Clock.systemUTC());
    }

    @Bean
    AlertHandling alertHandling(AlertStore store) {
        return new AlertHandling(store, Clock.systemUTC());
    }

    @Bean
    AlertDigest alertDigest(AlertStore store) {
        return new StoredAlertDigest(store);
    }

    @Bean
    @Profile("!cli")
    @ConditionalOnProperty(prefix = "qianliyan.alerts", name = "enabled", havingValue = "true", matchIfMissing = true)
    AlertScheduler alertScheduler(AlertDetection detection, AlertProperties properties) {
        return new AlertScheduler(detection, properties);
    }
}
