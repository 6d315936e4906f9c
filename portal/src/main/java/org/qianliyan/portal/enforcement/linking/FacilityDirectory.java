package org.qianliyan.portal.enforcement.linking;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.core.ScrollResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the facilities the incinerator feature writes, for linking. That index belongs to
 * another feature, so only a few fields are read, under the names it may use (its own
 * camel case or the ministry export's snake case), and a missing index means no facilities.
 */
public class FacilityDirectory {

    private static final int PAGE = 1000;
    private static final Time KEEP_ALIVE = Time.of(t -> t.time("1m"));

    private final ElasticsearchClient client;
    private final String index;

    public FacilityDirectory(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    /** Every facility, read with a scroll (the index holds a few thousand at most). */
    public List<FacilityRecord> all() throws IOException {
        if (!client.indices().exists(e -> e.index(index)).value()) {
            return List.of();
        }
        List<FacilityRecord> facilities = new ArrayList<>();
        ScrollResponse<ObjectNode> page;
        SearchResponse<ObjectNode> first = client.search(s -> s.index(index).size(PAGE).scroll(KEEP_ALIVE),
                ObjectNode.class);
        String scrollId = first.scrollId();
        List<Hit<ObjectNode>> hits = first.hits().hits();
        try {
            while (!hits.isEmpty()) {
                for (Hit<ObjectNode> hit : hits) {
                    facilities.add(record(hit.id(), hit.source()));
                }
                String current = scrollId;
                page = client.scroll(s -> s.scrollId(current).scroll(KEEP_ALIVE), ObjectNode.class);
                scrollId = page.scrollId();
                hits = page.hits().hits();
            }
        } finally {
            String last = scrollId;
            client.clearScroll(c -> c.scrollId(last));
        }
        return facilities;
    }

    /** The facility with id {@code id}, if the index has it. */
    public java.util.Optional<FacilityRecord> byId(String id) throws IOException {
        if (!client.indices().exists(e -> e.index(index)).value()) {
            return java.util.Optional.empty();
        }
        var response = client.get(g -> g.index(index).id(id), ObjectNode.class);
        return response.found() ? java.util.Optional.of(record(id, response.source())) : java.util.Optional.empty();
    }

    static FacilityRecord record(String id, JsonNode source) {
        String[] region = first(source, "fullRegionName", "fullregion_name", "region").split("-");
        String province = first(source, "province");
        String city = first(source, "city");
        String county = first(source, "county");
        return new FacilityRecord(id, first(source, "name", "psName", "ps_name"),
                first(source, "creditCode", "credit_code"),
                province.isEmpty() && region.length > 0 ? region[0] : province,
                city.isEmpty() && region.length > 1 ? region[1] : city,
                county.isEmpty() && region.length > 2 ? region[2] : county);
    }

    private static String first(JsonNode source, String... fields) {
        for (String field : fields) {
            JsonNode value = source == null ? null : source.get(field);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return "";
    }
}
