package org.qianliyan.portal.incinerator.store;

import java.io.IOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.springframework.stereotype.Component;

/** Removes generated demo data, so that a real import replaces it rather than mixing with it. */
@Component
public class DemoDataEraser {

    private final ElasticsearchClient client;
    private final IndexSchema schema;

    public DemoDataEraser(ElasticsearchClient client, IndexSchema schema) {
        this.client = client;
        this.schema = schema;
    }

    public void eraseDemoData() throws IOException {
        for (String index : new String[] {IncineratorIndices.FACILITIES, IncineratorIndices.MONITORING_DAYS,
                IncineratorIndices.MONITORING_HOURS, IncineratorIndices.FURNACE_TEMPERATURES,
                IncineratorIndices.COMPLIANCE_DAYS}) {
            client.deleteByQuery(d -> d.index(schema.alias(index)).refresh(true).conflicts(
                    co.elastic.clients.elasticsearch._types.Conflicts.Proceed)
                    .query(q -> q.term(t -> t.field("demo").value(true))));
        }
    }
}
