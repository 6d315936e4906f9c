package org.qianliyan.portal.enforcement.support;

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
 * The {@code cases} and {@code facilities} indices on a real Elasticsearch
 * (QIANLIYAN_TEST_ES_URL, default http://127.0.0.1:9200) under a prefix of their own,
 * created by the production lifecycle from the production mappings, deleted by {@link #close()}.
 */
public final class EnforcementIndices implements AutoCloseable {

    private static final List<IndexDefinition> DEFINITIONS = List.of(StandardIndices.CASES, StandardIndices.FACILITIES);

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final IndexLifecycle lifecycle;

    public EnforcementIndices() {
        String url = System.getenv().getOrDefault("QIANLIYAN_TEST_ES_URL", "http://127.0.0.1:9200");
        this.client = ElasticsearchClients.connect(URI.create(url));
        this.names = new IndexNames("enforcement-test-" + UUID.randomUUID().toString().substring(0, 8)
                .toLowerCase(Locale.ROOT) + "-");
        this.lifecycle = new IndexLifecycle(client, names);
        lifecycle.ensure(DEFINITIONS);
    }

    public ElasticsearchClient client() {
        return client;
    }

    public String prefix() {
        return names.prefix();
    }

    public String cases() {
        return names.alias("cases");
    }

    public String facilities() {
        return names.alias("facilities");
    }

    public long count(String index) throws IOException {
        client.indices().refresh(r -> r.index(index));
        return client.count(c -> c.index(index)).count();
    }

    /** Deletes the indices and closes the client, whose I/O threads would otherwise keep a JVM alive. */
    @Override
    public void close() throws IOException {
        try {
            lifecycle.deleteAll(DEFINITIONS);
        } finally {
            client._transport().close();
        }
    }
}
