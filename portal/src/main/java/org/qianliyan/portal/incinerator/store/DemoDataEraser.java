package org.qianliyan.portal.incinerator.store;

import java.io.IOException;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.imports.DemoData;
import org.springframework.stereotype.Component;

/**
 * Removes generated demo data, so that a real import replaces it rather than mixing with it.
 * The embedded distribution has no reindex module and so no {@code _delete_by_query}: ids are
 * searched page by page and deleted in bulk.
 */
@Component
public class DemoDataEraser implements DemoData {

    private static final int PAGE = 5_000;

    private final ElasticsearchClient client;
    private final IndexSchema schema;

    public DemoDataEraser(ElasticsearchClient client, IndexSchema schema) {
        this.client = client;
        this.schema = schema;
    }

    private static final List<String> INCINERATOR = List.of(IncineratorIndices.FACILITIES,
            IncineratorIndices.MONITORING_DAYS, IncineratorIndices.MONITORING_HOURS,
            IncineratorIndices.FURNACE_TEMPERATURES, IncineratorIndices.COMPLIANCE_DAYS);
    /** Every index that may hold generated documents ({@code demo: true}): plants and their days, cases, posts. */
    private static final List<String> EVERY_KIND = java.util.stream.Stream.concat(INCINERATOR.stream(),
            java.util.stream.Stream.of("cases", "posts")).toList();

    /** @return how many demo plants and plant days were deleted */
    public long eraseDemoData() throws IOException {
        return erase(INCINERATOR);
    }

    @Override
    public long eraseEveryKind() throws IOException {
        return erase(EVERY_KIND);
    }

    private long erase(List<String> indices) throws IOException {
        long deleted = 0;
        for (String index : indices) {
            String alias = schema.alias(index);
            while (true) {
                List<Hit<Void>> hits = client.search(s -> s.index(alias).ignoreUnavailable(true).size(PAGE)
                        .source(src -> src.fetch(false))
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
