package org.qianliyan.portal.incinerator.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

/**
 * Buffers index operations and sends them as {@code _bulk} requests of a fixed size. A
 * document the cluster refuses fails the import with the first refusals named: a partial
 * write of compliance data would be worse than none.
 */
public final class BulkSink implements AutoCloseable {

    private static final int BATCH = 2_000;

    private final ElasticsearchClient client;
    private final List<BulkOperation> pending = new ArrayList<>(BATCH);
    private long written;

    public BulkSink(ElasticsearchClient client) {
        this.client = client;
    }

    public void index(String alias, String id, Map<String, Object> document) throws IOException {
        pending.add(BulkOperation.of(op -> op.index(i -> i.index(alias).id(id).document(document))));
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    public void flush() throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        BulkResponse response = client.bulk(b -> b.operations(pending));
        if (response.errors()) {
            List<String> refusals = response.items().stream().filter(item -> item.error() != null).limit(3)
                    .map(BulkSink::describe).toList();
            throw new IndexWriteException("Elasticsearch refused documents: " + String.join("; ", refusals));
        }
        written += pending.size();
        pending.clear();
    }

    public long written() {
        return written;
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    private static String describe(BulkResponseItem item) {
        return "index=" + item.index() + " id=" + item.id() + " " + item.error().type() + ": " + item.error().reason();
    }
}
