package org.qianliyan.portal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.qianliyan.index.query.IndexScan;
import org.qianliyan.nlp.link.FacilityName;
import org.qianliyan.nlp.link.FacilitySource;
import org.qianliyan.portal.elasticsearch.IndexSchema;

/** The NLP gazetteer's facilities: every document of the facilities index, read page by page. */
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
        IndexScan.of(client, schema.alias("facilities"), PAGE).forEach(Map.class,
                hit -> names.add(toName(hit.id(), hit.source())),
                "name", "credit_code", "province", "city", "county", "operator_group");
        return names;
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
