package org.qianliyan.portal.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.qianliyan.nlp.link.FacilityName;
import org.qianliyan.nlp.link.FacilitySource;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.springframework.stereotype.Component;

/** The NLP gazetteer's facilities: every document of the facilities index, read page by page. */
@Component
class IndexedFacilities implements FacilitySource {

    private static final int PAGE = 1000;

    private final ElasticsearchClient client;
    private final IndexSchema schema;

    IndexedFacilities(ElasticsearchClient client, IndexSchema schema) {
        this.client = client;
        this.schema = schema;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List<FacilityName> facilities() {
        List<FacilityName> names = new ArrayList<>();
        List<FieldValue> after = null;
        try {
            while (true) {
                List<FieldValue> searchAfter = after;
                SearchResponse<Map> page = client.search(search -> {
                    search.index(schema.alias("facilities")).size(PAGE)
                            .sort(sort -> sort.field(field -> field.field("_id").order(SortOrder.Asc)))
                            .source(source -> source.filter(filter -> filter.includes(
                                    "name", "credit_code", "province", "city", "county", "operator_group")));
                    if (searchAfter != null) {
                        search.searchAfter(searchAfter);
                    }
                    return search;
                }, Map.class);
                List<Hit<Map>> hits = page.hits().hits();
                hits.forEach(hit -> names.add(toName(hit.id(), hit.source())));
                if (hits.size() < PAGE) {
                    return names;
                }
                after = hits.get(hits.size() - 1).sort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the facilities for linking", e);
        }
    }

    private static FacilityName toName(String id, Map<?, ?> source) {
        return new FacilityName(id, text(source, "name"), text(source, "credit_code"), text(source, "province"),
                text(source, "city"), text(source, "county"), text(source, "operator_group"));
    }

    private static String text(Map<?, ?> source, String field) {
        Object value = source == null ? null : source.get(field);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
