package org.qianliyan.portal.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.incinerator.store.FacilityFields;

/**
 * The names of plants by id, read from the {@code facilities} index in one request: articles
 * store the ids of the plants they are linked to, and a result links to each by name.
 */
final class PlantNames {

    private final ElasticsearchClient client;
    private final IndexSchema schema;

    PlantNames(ElasticsearchClient client, IndexSchema schema) {
        this.client = client;
        this.schema = schema;
    }

    /** The plants among {@code ids} that exist, with their names. */
    @SuppressWarnings("rawtypes")
    Map<String, String> of(Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        try {
            MgetResponse<Map> response = client.mget(m -> m.index(schema.alias(DatasetFields.of(SearchHit.Kind.FACILITY).alias()))
                    .ids(List.copyOf(ids)).sourceIncludes(FacilityFields.NAME), Map.class);
            response.docs().stream().filter(doc -> doc.isResult() && doc.result().found() && doc.result().source() != null)
                    .forEach(doc -> names.put(doc.result().id(), String.valueOf(doc.result().source().get(FacilityFields.NAME))));
            return names;
        } catch (IOException e) {
            throw new SearchFailedException("the names of linked plants could not be read", e);
        }
    }
}
