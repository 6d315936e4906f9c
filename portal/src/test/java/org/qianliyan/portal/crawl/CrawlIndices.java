package org.qianliyan.portal.crawl;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.qianliyan.index.ElasticsearchClients;
import org.qianliyan.index.schema.IndexDefinition;
import org.qianliyan.index.schema.IndexLifecycle;
import org.qianliyan.index.schema.IndexNames;
import org.qianliyan.index.schema.StandardIndices;

/**
 * The crawl's indices ({@code crawl-status}, {@code sources}, {@code posts}) on a real
 * Elasticsearch (QIANLIYAN_TEST_ES_URL, default http://127.0.0.1:9200) under a prefix of
 * their own, created from the production mappings and deleted by {@link #close()}.
 */
public final class CrawlIndices implements AutoCloseable {

    private static final List<IndexDefinition> DEFINITIONS =
            List.of(StandardIndices.CRAWL_STATUS, StandardIndices.SOURCES, StandardIndices.POSTS);

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final IndexLifecycle lifecycle;

    public CrawlIndices() {
        this.client = ElasticsearchClients.connect(URI.create(url()));
        this.names = new IndexNames("crawl-test-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT) + "-");
        this.lifecycle = new IndexLifecycle(client, names);
        try {
            lifecycle.ensure(DEFINITIONS);
        } catch (RuntimeException e) {
            lifecycle.deleteAll(DEFINITIONS);
            throw e;
        }
    }

    /** @return the Elasticsearch URL tests use */
    public static String url() {
        return System.getenv().getOrDefault("QIANLIYAN_TEST_ES_URL", "http://127.0.0.1:9200");
    }

    public ElasticsearchClient client() {
        return client;
    }

    public String prefix() {
        return names.prefix();
    }

    public String crawlStatus() {
        return names.alias("crawl-status");
    }

    public String sources() {
        return names.alias("sources");
    }

    public String posts() {
        return names.alias("posts");
    }

    /** @return the number of documents in an index, after a refresh */
    public long count(String alias) throws IOException {
        client.indices().refresh(r -> r.index(alias));
        return client.count(c -> c.index(alias)).count();
    }

    @Override
    public void close() throws IOException {
        try {
            lifecycle.deleteAll(DEFINITIONS);
        } finally {
            client._transport().close();
        }
    }
}
