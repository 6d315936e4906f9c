package org.qianliyan.portal.elasticsearch;

import java.util.List;

import org.qianliyan.index.server.EmbeddedElasticsearch;
import org.qianliyan.index.server.SupervisedElasticsearch;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Points Spring Boot's client at the official Elasticsearch server shipped inside the jar
 * (or one already running on the port) when no external cluster is configured. The server
 * starts beside the context ({@link EarlyElasticsearchStart}): the client is built at once,
 * and {@link IndexSchema}, which every service that reads or writes takes, waits until the
 * server is healthy. A server that dies is started again ({@link SupervisedElasticsearch});
 * it stops with the portal.
 */
@Configuration
@Conditional(NoExternalCluster.class)
class EmbeddedElasticsearchConfiguration {

    /** The server {@link EarlyElasticsearchStart} began starting before the context, once it is healthy. */
    @Bean(destroyMethod = "close")
    SupervisedElasticsearch embeddedElasticsearch(ElasticsearchStartup startup) {
        return startup.await();
    }

    /** The server's address is known before it runs: it starts, or is found running, on the configured port. */
    @Bean
    ElasticsearchConnectionDetails embeddedConnectionDetails(ElasticsearchProperties settings) {
        var node = new ElasticsearchConnectionDetails.Node(EmbeddedElasticsearch.HOST, settings.embeddedPort(),
                ElasticsearchConnectionDetails.Node.Protocol.HTTP, null, null);
        return () -> List.of(node);
    }
}
