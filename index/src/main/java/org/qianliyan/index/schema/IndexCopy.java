package org.qianliyan.index.schema;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.qianliyan.index.IndexException;
import org.qianliyan.index.query.IndexScan;

/**
 * Copies documents by id from one concrete index into another, each upgraded on the way; this server distribution
 * has no {@code _reindex}.
 */
final class IndexCopy {

    private static final int BATCH = 500;

    private IndexCopy() {
    }

    /**
     * @param keep    which documents (by their source) to copy
     * @param upgrade what each kept document becomes in the target
     * @return the documents copied
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static long copy(ElasticsearchClient client, String source, String target, Predicate<Map<String, Object>> keep,
                     DocumentUpgrade upgrade) {
        List<BulkOperation> batch = new ArrayList<>();
        long[] copied = {0};
        IndexScan.of(client, source, BATCH).forEach(Map.class, hit -> {
            if (!keep.test(hit.source())) {
                return;
            }
            Map<String, Object> document = upgrade.upgrade(hit.source());
            batch.add(BulkOperation.of(op -> op.index(index -> index.index(target).id(hit.id()).document(document))));
            copied[0]++;
            if (batch.size() == BATCH) {
                write(client, source, target, batch);
            }
        });
        write(client, source, target, batch);
        try {
            client.indices().refresh(refresh -> refresh.index(target));
        } catch (IOException | ElasticsearchException e) {
            throw new IndexException("cannot refresh " + target + " after copying " + source + " into it", e);
        }
        return copied[0];
    }

    private static void write(ElasticsearchClient client, String source, String target, List<BulkOperation> batch) {
        if (batch.isEmpty()) {
            return;
        }
        BulkResponse response;
        try {
            response = client.bulk(bulk -> bulk.operations(List.copyOf(batch)));
        } catch (IOException | ElasticsearchException e) {
            throw new IndexException("cannot copy " + source + " into " + target + ": " + e.getMessage(), e);
        }
        batch.clear();
        if (response.errors()) {
            var failed = response.items().stream().filter(item -> item.error() != null).toList();
            throw new IndexException("copying " + source + " into " + target + " failed for " + failed.size()
                    + " documents, first: " + failed.get(0).error().reason()
                    + "; the alias still points at the old index, nothing was lost");
        }
    }
}
