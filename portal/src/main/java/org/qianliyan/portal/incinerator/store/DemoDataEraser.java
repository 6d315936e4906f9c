package org.qianliyan.portal.incinerator.store;

import java.io.IOException;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.springframework.stereotype.Component;

/**
 * Removes generated demo data, so that a real import replaces it rather than mixing with it.
 * The embedded distribution has no reindex module and so no {@code _delete_by_query}: ids are
 * searched page by page and deleted in bulk.
 */
@Component
public class DemoDataEraser {

    private static final int PAGE = 5_000;

    private final ElasticsearchClient client;
    private final IndexSchema schema;

    public DemoDataEraser(ElasticsearchClient client, IndexSchema schema) {
        this.client = client;
        this.schema = schema;
    }

    /** @return how many demo documents were deleted */
    public long eraseDemoData() throws IOException {
        long deleted = 0;
        for (String index : new String[] {IncineratorIndices.FACILITIES, IncineratorIndices.MONITORING_DAYS,
                IncineratorIndices.MONITORING_HOURS, IncineratorIndices.FURNACE_TEMPERATURES,
                IncineratorIndices.COMPLIANCE_DAYS}) {
            String alias = schema.alias(index);
            while (true) {
                List<Hit<Void>> hits = client.search(s -> s.index(alias).size(PAGE).source(src -> src.fetch(false))
                        .query(q -> q.term(t -> t.field("demo").value(true))), Void.class).hits().hits();
                if (hits.isEmpty()) {
                    break;
                }
                List<BulkOperation> deletes = hits.stream()
                        .map(hit -> BulkOperation.of(op -> op.delete(d -> d.index(hit.index()).id(hit.id())))).toList();
                client.bulk(b -> b.operations(deletes).refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
                deleted += deletes.size();
            }
        }
        return deleted;
    }
}
