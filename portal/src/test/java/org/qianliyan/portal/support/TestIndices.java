package org.qianliyan.portal.support;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.qianliyan.index.ElasticsearchClients;
import org.qianliyan.index.schema.IndexDefinition;
import org.qianliyan.index.schema.IndexLifecycle;
import org.qianliyan.index.schema.IndexNames;
import org.qianliyan.index.testing.SharedElasticsearch;

/**
 * Some of the portal's indices on the test JVM's Elasticsearch ({@link SharedElasticsearch})
 * under a prefix of their own, created by the production lifecycle from the production
 * mappings and deleted by {@link #close()}. For tests that exercise a feature's services
 * without a whole Spring context.
 */
public class TestIndices implements AutoCloseable {

    private final List<IndexDefinition> definitions;
    private final ElasticsearchClient client;
    private final IndexNames names;
    private final IndexLifecycle lifecycle;

    public TestIndices(String feature, List<IndexDefinition> definitions) {
        this.definitions = List.copyOf(definitions);
        this.client = ElasticsearchClients.connect(SharedElasticsearch.uri());
        this.names = new IndexNames(feature + "-test-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT) + "-");
        this.lifecycle = new IndexLifecycle(client, names);
        try {
            lifecycle.ensure(this.definitions);
        } catch (RuntimeException e) {
            lifecycle.deleteAll(this.definitions);
            throw e;
        }
    }

    /** The test cluster's address, for a second process. */
    public static String url() {
        return SharedElasticsearch.uri().toString();
    }

    public ElasticsearchClient client() {
        return client;
    }

    public String prefix() {
        return names.prefix();
    }

    public String alias(String name) {
        return names.alias(name);
    }

    /** The number of documents in an index, after a refresh. */
    public long count(String alias) throws IOException {
        client.indices().refresh(r -> r.index(alias));
        return client.count(c -> c.index(alias)).count();
    }

    /** Deletes the indices and closes the client, whose I/O threads would otherwise keep a JVM alive. */
    @Override
    public void close() throws IOException {
        try {
            lifecycle.deleteAll(definitions);
        } finally {
            client._transport().close();
        }
    }
}
