package org.qianliyan.portal.incinerator.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.qianliyan.portal.elasticsearch.DocumentIds;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.incinerator.domain.Furnace;
import org.qianliyan.portal.incinerator.domain.Plant;

/** Incineration plants in the facilities index, with their furnaces. */
public class PlantRepository {

    /** China has about a thousand plants; one page holds them all with room to spare. */
    private static final int ALL = 10_000;

    private final ElasticsearchClient client;
    private final IndexSchema schema;

    public PlantRepository(ElasticsearchClient client, IndexSchema schema) {
        this.client = client;
        this.schema = schema;
    }

    public record PlantWithFurnaces(Plant plant, List<Furnace> furnaces) {
    }

    /** Every incineration plant, demo or real. */
    @SuppressWarnings("rawtypes")
    public List<PlantWithFurnaces> all() {
        try {
            var response = client.search(s -> s.index(schema.alias(IncineratorIndices.FACILITIES)).size(ALL)
                    .query(q -> q.term(t -> t.field(FacilityFields.KIND).value(IncineratorDocuments.KIND))), Map.class);
            List<PlantWithFurnaces> plants = new ArrayList<>();
            for (Hit<Map> hit : response.hits().hits()) {
                plants.add(fromSource(hit.id(), hit.source()));
            }
            return plants;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plants from Elasticsearch", e);
        }
    }

    @SuppressWarnings("rawtypes")
    public Optional<PlantWithFurnaces> byId(String id) {
        if (!DocumentIds.plausible(id)) {
            return Optional.empty();
        }
        try {
            var response = client.get(g -> g.index(schema.alias(IncineratorIndices.FACILITIES)).id(id), Map.class);
            if (!response.found() || !IncineratorDocuments.KIND.equals(response.source().get(FacilityFields.KIND))) {
                return Optional.empty();
            }
            return Optional.of(fromSource(id, response.source()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plant " + id + " from Elasticsearch", e);
        }
    }

    @SuppressWarnings("unchecked")
    static PlantWithFurnaces fromSource(String id, Map<String, Object> source) {
        Map<String, Object> location = (Map<String, Object>) source.get(FacilityFields.LOCATION);
        var plant = new Plant(id, text(source, FacilityFields.NAME), text(source, FacilityFields.CREDIT_CODE), text(source, FacilityFields.PROVINCE),
                text(source, FacilityFields.CITY), text(source, FacilityFields.COUNTY), text(source, FacilityFields.ADDRESS),
                location == null ? null : number(location.get("lon")), location == null ? null : number(location.get("lat")),
                integer(source.get(FacilityFields.CAPACITY_TPD)), integer(source.get(FacilityFields.POWER_KW)), date(source.get(FacilityFields.START_DATE)),
                integer(source.get(FacilityFields.FURNACE_COUNT)) == null ? 0 : integer(source.get(FacilityFields.FURNACE_COUNT)),
                text(source, FacilityFields.OPERATOR_GROUP), Boolean.TRUE.equals(source.get(FacilityFields.DEMO)));
        List<Furnace> furnaces = new ArrayList<>();
        for (Map<String, Object> f : (List<Map<String, Object>>) source.getOrDefault(FacilityFields.FURNACES, List.of())) {
            furnaces.add(new Furnace(id, text(f, "point_id"), text(f, "outlet_name"), text(f, "name"), text(f, "type"),
                    integer(f.get("capacity_tpd")), date(f.get("start_date")), Boolean.TRUE.equals(f.get("stopped")),
                    date(f.get("stopped_since")), text(f, "stop_reason")));
        }
        return new PlantWithFurnaces(plant, furnaces);
    }

    private static String text(Map<String, Object> source, String field) {
        Object value = source.get(field);
        return value == null ? "" : value.toString();
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse(value.toString());
    }
}
