package org.qianliyan.portal.overview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** Document count of each of {@code names} that the portal defines, in the given order. */
    public Map<String, Long> of(List<String> names) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String name : names) {
            if (schema.definitions().stream().map(IndexDefinition::name).anyMatch(name::equals)) {
                counts.put(name, count(schema.alias(name)));
            }
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
