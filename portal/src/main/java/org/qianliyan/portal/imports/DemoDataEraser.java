package org.qianliyan.portal.imports;

import java.io.IOException;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.qianliyan.index.schema.IndexDefinition;
import org.qianliyan.portal.elasticsearch.IndexSchema;

/**
 * Removes generated demo data (documents flagged {@code demo: true}) from every index of the
 * schema, so that real data replaces it rather than mixing with it. Asking every index keeps
 * this class free of the features that generate demo data; an index without the flag has no
 * hit. The embedded distribution has no reindex module and so no {@code _delete_by_query}:
 * ids are searched page by page and deleted in bulk.
 */
class DemoDataEraser {

    private static final int PAGE = 5_000;

    private final ElasticsearchClient client;
    private final IndexSchema schema;

    DemoDataEraser(ElasticsearchClient client, IndexSchema schema) {
        this.client = client;
        this.schema = schema;
    }

    /** @return how many demo documents of every kind were deleted */
    long eraseEveryKind() throws IOException {
        long deleted = 0;
        for (IndexDefinition index : schema.definitions()) {
            deleted += erase(schema.alias(index.name()));
        }
        return deleted;
    }

    private long erase(String alias) throws IOException {
        long deleted = 0;
        while (true) {
            List<Hit<Void>> hits = client.search(s -> s.index(alias).ignoreUnavailable(true).size(PAGE)
                    .source(src -> src.fetch(false))
                    .query(q -> q.term(t -> t.field("demo").value(true))), Void.class).hits().hits();
            if (hits.isEmpty()) {
                return deleted;
            }
            List<BulkOperation> deletes = hits.stream()
                    .map(hit -> BulkOperation.of(op -> op.delete(d -> d.index(hit.index()).id(hit.id())))).toList();
            client.bulk(b -> b.operations(deletes).refresh(Refresh.True));
            deleted += deletes.size();
        }
    }
}
