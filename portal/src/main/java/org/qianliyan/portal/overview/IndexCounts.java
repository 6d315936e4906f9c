package org.qianliyan.portal.overview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.qianliyan.index.schema.IndexDefinition;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.springframework.stereotype.Service;

/** How many documents each of the portal's indices holds. */
@Service
public class IndexCounts {

    private final ElasticsearchClient client;
    private final IndexSchema schema;

    IndexCounts(ElasticsearchClient client, IndexSchema schema) {
        this.client = client;
        this.schema = schema;
    }

    /** Document count per index name, in name order. */
    public Map<String, Long> byIndex() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (IndexDefinition definition : schema.definitions()) {
            counts.put(definition.name(), count(schema.alias(definition.name())));
        }
        return counts;
    }

    private long count(String alias) {
        try {
            return client.count(request -> request.index(alias)).count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count documents in " + alias, e);
        }
    }
}
