package org.qianliyan.portal.enforcement.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.qianliyan.portal.enforcement.domain.EnforcementCase;

/**
 * Writes cases in bulk under their deterministic ids, so a repeated import overwrites
 * rather than duplicates. A document Elasticsearch refuses is reported, not thrown: the
 * caller decides whether one refusal fails the import.
 */
public class CaseWriter {

    private final ElasticsearchClient client;
    private final String index;

    public CaseWriter(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    /** A document Elasticsearch refused, with its reason. */
    public record Refusal(String caseId, String reason) {
    }

    public List<Refusal> write(List<EnforcementCase> cases) throws IOException {
        if (cases.isEmpty()) {
            return List.of();
        }
        BulkRequest.Builder request = new BulkRequest.Builder().index(index);
        for (EnforcementCase value : cases) {
            request.operations(op -> op.index(i -> i.id(value.id()).document(CaseDocuments.toDocument(value))));
        }
        BulkResponse response = client.bulk(request.build());
        List<Refusal> refusals = new ArrayList<>();
        if (response.errors()) {
            for (BulkResponseItem item : response.items()) {
                if (item.error() != null) {
                    refusals.add(new Refusal(item.id(), item.error().type() + ": " + item.error().reason()));
                }
            }
        }
        return refusals;
    }

    /** Makes what was written visible to searches (end of an import). */
    public void refresh() throws IOException {
        client.indices().refresh(r -> r.index(index));
    }

}
