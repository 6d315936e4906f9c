package org.qianliyan.index.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.qianliyan.index.schema.IndexNames;

/**
 * What a test class gets from {@link ElasticsearchExtension}: a client of the shared test
 * cluster and an index prefix of its own.
 */
public final class TestElasticsearch {

    private final URI uri;
    private final ElasticsearchClient client;
    private final IndexNames indexNames;

    TestElasticsearch(URI uri, ElasticsearchClient client, IndexNames indexNames) {
        this.uri = uri;
        this.client = client;
        this.indexNames = indexNames;
    }

    public URI uri() {
        return uri;
    }

    public ElasticsearchClient client() {
        return client;
    }

    /** Names with this test class's prefix; everything under it is deleted after the class. */
    public IndexNames indexNames() {
        return indexNames;
    }

    /** Makes every write to this class's indices visible to searches. */
    public void refresh() {
        try {
            client.indices().refresh(refresh -> refresh.index(indexNames.prefix() + "*").allowNoIndices(true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
