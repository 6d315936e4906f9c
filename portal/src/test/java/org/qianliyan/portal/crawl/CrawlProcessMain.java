package org.qianliyan.portal.crawl;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.qianliyan.crawler.fetch.HttpFetcher;
import org.qianliyan.crawler.ssrf.AddressGuard;
import org.qianliyan.crawler.ssrf.HostResolver;
import org.qianliyan.index.ElasticsearchClients;
import org.qianliyan.nlp.NlpSettings;
import org.qianliyan.nlp.TextAnalyzer;
import org.qianliyan.nlp.link.FacilitySource;
import org.qianliyan.portal.crawl.frontier.ElasticsearchFrontierStore;
import org.qianliyan.portal.opinion.intake.PostSink;
import org.qianliyan.portal.crawl.sources.SourceRepository;
import org.springframework.util.unit.DataSize;

/**
 * A crawler process for {@link CrawlKillAndResumeIT}: one {@code crawl --once} pass over the
 * sources in the given indices, as the portal wires it, in a JVM the test can kill.
 *
 * <p>Arguments: Elasticsearch URL, sources alias, crawl-status alias, posts alias, allowed
 * {@code host:port}, lease seconds, host delay milliseconds.
 */
public final class CrawlProcessMain {

    private CrawlProcessMain() {
    }

    public static void main(String[] args) throws Exception {
        ElasticsearchClient client = ElasticsearchClients.connect(URI.create(args[0]));
        CrawlerProperties properties = new CrawlerProperties(false, Duration.ofMinutes(30),
                "https://qianliyan.example/crawler", "qianliyan", List.of(args[4]), 1, Duration.ofMillis(Long.parseLong(args[6])),
                Duration.ofSeconds(2), Duration.ofSeconds(5), DataSize.ofMegabytes(5), Duration.ofSeconds(Long.parseLong(args[5])),
                2, Duration.ofHours(1), Duration.ofHours(1));
        try (HttpFetcher fetcher = new HttpFetcher(properties.fetcherConfig(),
                new AddressGuard(HostResolver.SYSTEM, new HashSet<>(properties.allowHosts())))) {
            PostSink sink = new PostSink(new TextAnalyzer(NlpSettings.defaults(), FacilitySource.none()), client, args[3]);
            CrawlService crawls = new CrawlService(new SourceRepository(client, args[1]),
                    new ElasticsearchFrontierStore(client, args[2]), fetcher, sink, properties, Clock.systemUTC());
            System.out.println("crawling as " + crawls.ownerId());
            CrawlPass pass = crawls.runPass(Optional.empty());
            System.out.println("done: " + pass.progress());
        } finally {
            client._transport().close();
        }
        System.exit(0);
    }
}
