package org.qianliyan.portal.enforcement.store;

import java.io.IOException;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.qianliyan.index.ingest.BulkReport;
import org.qianliyan.index.ingest.BulkWriter;
import org.qianliyan.index.ingest.BulkWriterSettings;
import org.qianliyan.portal.enforcement.domain.EnforcementCase;

/**
 * Writes cases through the index module's {@link BulkWriter} under their deterministic ids, so a repeated import overwrites
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
        BulkReport report;
        try (BulkWriter writer = new BulkWriter(client, BulkWriterSettings.defaults())) {
            for (EnforcementCase value : cases) {
                writer.index(index, value.id(), CaseDocuments.toDocument(value));
            }
            report = writer.flush();
        }
        return report.failures().stream().map(failure -> new Refusal(failure.id(), failure.reason())).toList();
    }

    /** Makes what was written visible to searches (end of an import). */
    public void refresh() throws IOException {
        client.indices().refresh(r -> r.index(index));
    }

}
