package org.qianliyan.portal.incinerator.hj212.outlets;

import java.io.IOException;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.incinerator.store.IncineratorIndices;
import org.springframework.stereotype.Component;

/** The devices whose frames are stored but not linked to an outlet, for staff to map. */
@Component
public class UnmappedDevices {

    private static final int MOST = 1_000;

    /**
     * @param mn       the device number
     * @param records  stored hourly means and furnace temperatures
     * @param lastTime the latest data time, as sent (Beijing time)
     */
    public record UnmappedDevice(String mn, long records, String lastTime) {
    }

    private final ElasticsearchClient client;
    private final IndexSchema schema;

    public UnmappedDevices(ElasticsearchClient client, IndexSchema schema) {
        this.client = client;
        this.schema = schema;
    }

    /** Devices with unlinked data, most data first. */
    public List<UnmappedDevice> list() throws IOException {
        var response = client.search(s -> s.index(schema.alias(IncineratorIndices.MONITORING_HOURS),
                        schema.alias(IncineratorIndices.FURNACE_TEMPERATURES)).size(0)
                .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("facility_id").value("")))
                        .filter(f -> f.exists(e -> e.field("mn")))))
                .aggregations("devices", a -> a.terms(t -> t.field("mn").size(MOST))
                        .aggregations("last", last -> last.max(m -> m.field("time")))), Void.class);
        Aggregate devices = response.aggregations().get("devices");
        return devices.sterms().buckets().array().stream()
                .map(bucket -> new UnmappedDevice(bucket.key().stringValue(), bucket.docCount(),
                        bucket.aggregations().get("last").max().valueAsString()))
                .toList();
    }
}
