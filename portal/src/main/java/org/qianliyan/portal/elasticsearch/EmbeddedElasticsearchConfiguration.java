package org.qianliyan.portal.elasticsearch;

import java.net.URI;
import java.util.List;

import org.qianliyan.index.server.EmbeddedElasticsearch;
import org.qianliyan.index.server.EmbeddedElasticsearchSettings;
import org.qianliyan.index.server.SupervisedElasticsearch;
import org.qianliyan.portal.config.QianliyanProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the official Elasticsearch server shipped inside the jar (or reuses one already
 * running on the port) when no external cluster is configured, and points Spring Boot's
 * client at it. A server that dies is started again ({@link SupervisedElasticsearch}); it
 * stops with the portal.
 */
@Configuration
@Conditional(NoExternalCluster.class)
class EmbeddedElasticsearchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedElasticsearchConfiguration.class);

    @Bean(destroyMethod = "close")
    SupervisedElasticsearch embeddedElasticsearch(QianliyanProperties portal, ElasticsearchProperties settings,
                                                  ElasticsearchArchive archive) {
        var embedded = new EmbeddedElasticsearch(new EmbeddedElasticsearchSettings(
                archive.extractTo(portal.dataDir()),
                portal.dataDir(),
                settings.embeddedPort(),
                settings.embeddedHeap(),
                settings.startTimeout()));
        var running = SupervisedElasticsearch.start(embedded, progress -> log.info("{}", progress));
        log.info("Elasticsearch ready at {} ({})", running.httpUri(),
                running.ownedByUs() ? "started by this portal" : "already running, reused");
        return running;
    }

    @Bean
    ElasticsearchConnectionDetails embeddedConnectionDetails(SupervisedElasticsearch elasticsearch) {
        URI uri = elasticsearch.httpUri();
        var node = new ElasticsearchConnectionDetails.Node(uri.getHost(), uri.getPort(),
                ElasticsearchConnectionDetails.Node.Protocol.HTTP, null, null);
        return () -> List.of(node);
    }
}
