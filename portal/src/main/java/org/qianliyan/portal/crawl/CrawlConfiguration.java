package org.qianliyan.portal.crawl;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.qianliyan.crawler.DocumentSink;
import org.qianliyan.crawler.fetch.HttpFetcher;
import org.qianliyan.crawler.ssrf.AddressGuard;
import org.qianliyan.crawler.ssrf.HostResolver;
import org.qianliyan.index.schema.IndexDefinition;
import org.qianliyan.index.schema.StandardIndices;
import org.qianliyan.portal.crawl.frontier.ElasticsearchFrontierStore;
import org.qianliyan.portal.crawl.frontier.FailedFetches;
import org.qianliyan.portal.crawl.sources.SourceRepository;
import org.qianliyan.portal.crawl.sources.SourceTrial;
import org.qianliyan.portal.crawl.sources.SourcesAddCommand;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Wires the crawler leaf to the portal: the frontier and the sources in Elasticsearch, the
 * polite fetcher behind the SSRF guard, handing every crawled document to the
 * {@link DocumentSink} beans of other features (the opinion intake writes {@code posts});
 * the {@code crawl} and {@code sources add} commands; the scheduler when enabled.
 */
@Configuration
public class CrawlConfiguration {

    /** The indices this feature owns: the sources and the frontier. */
    @Bean
    IndexDefinition sourcesIndex() {
        return StandardIndices.SOURCES;
    }

    @Bean
    IndexDefinition crawlStatusIndex() {
        return StandardIndices.CRAWL_STATUS;
    }

    @Bean(destroyMethod = "close")
    HttpFetcher crawlFetcher(CrawlerProperties properties) {
        Set<String> allowList = new HashSet<>(properties.allowHosts());
        return new HttpFetcher(properties.fetcherConfig(), new AddressGuard(HostResolver.SYSTEM, allowList));
    }

    @Bean
    ElasticsearchFrontierStore crawlFrontier(ElasticsearchClient client, IndexSchema schema) {
        return new ElasticsearchFrontierStore(client, schema.alias("crawl-status"));
    }

    @Bean
    SourceRepository sourceRepository(ElasticsearchClient client, IndexSchema schema) {
        return new SourceRepository(client, schema.alias("sources"));
    }

    /**
     * Every crawled document goes to every {@link DocumentSink} bean (the opinion intake, and
     * any other feature's, such as an intake of 行政处罚 disclosures) without this package
     * knowing them. The sinks, and HanLP behind the posts one, are built on the first document.
     */
    @Bean
    CrawlService crawlService(SourceRepository sources, ElasticsearchFrontierStore frontier, HttpFetcher fetcher,
            ObjectProvider<DocumentSink> sinks, CrawlerProperties properties) {
        return new CrawlService(sources, frontier, fetcher, new EveryDocumentSink(sinks::orderedStream),
                properties, Clock.systemUTC());
    }

    @Bean
    CrawlTrouble crawlTrouble(SourceRepository sources, ElasticsearchClient client, IndexSchema schema) {
        return new CrawlTrouble(sources, new FailedFetches(client, schema.alias("crawl-status")));
    }

    /** Before every other sink: a real crawl's first page retires the demo before any post of it is stored. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    DocumentSink crawledDataSignal(ApplicationEventPublisher events) {
        return new CrawledDataSignal(events);
    }

    @Bean
    SourceTrial sourceTrial(HttpFetcher fetcher) {
        return new SourceTrial(fetcher, Clock.systemUTC());
    }

    @Bean
    CrawlCommand crawlCommand(CrawlService crawls, CrawlerProperties properties) {
        return new CrawlCommand(crawls, properties);
    }

    @Bean
    SourcesAddCommand sourcesAddCommand(SourceRepository sources) {
        return new SourcesAddCommand(sources, Clock.systemUTC());
    }

    @Bean
    @Profile("!cli")
    @ConditionalOnProperty(prefix = "qianliyan.crawler", name = "enabled", havingValue = "true")
    CrawlScheduler crawlScheduler(CrawlService crawls, CrawlerProperties properties) {
        return new CrawlScheduler(crawls, properties);
    }
}
