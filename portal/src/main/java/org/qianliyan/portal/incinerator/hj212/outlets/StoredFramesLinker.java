package org.qianliyan.portal.incinerator.hj212.outlets;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.incinerator.store.IncineratorIndices;
import org.springframework.stereotype.Component;

/**
 * After a new mapping, moves the data stored under a now-mapped device number to its
 * outlet and judges the days it covers, so frames received before staff mapped the
 * device are not lost to the plant page.
 */
@Component
public class StoredFramesLinker {

    private static final int PAGE = 2_000;

    private final ElasticsearchClient client;
    private final IndexSchema schema;
    private final Hj212DayJudge judge;

    public StoredFramesLinker(ElasticsearchClient client, IndexSchema schema, Hj212DayJudge judge) {
        this.client = client;
        this.schema = schema;
        this.judge = judge;
    }

    /** @return how many outlet-days were judged */
    @SuppressWarnings("rawtypes")
    public int link(DeviceMap map) throws IOException {
        int judged = 0;
        for (DeviceOutlet outlet : map.outlets()) {
            Set<LocalDate> days = new LinkedHashSet<>();
            for (String index : List.of(IncineratorIndices.MONITORING_HOURS, IncineratorIndices.FURNACE_TEMPERATURES)) {
                String alias = schema.alias(index);
                while (true) {
                    List<Hit<Map>> hits = client.search(s -> s.index(alias).size(PAGE)
                            .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("facility_id").value("")))
                                    .filter(f -> f.term(t -> t.field("mn").value(outlet.mn()))))), Map.class).hits().hits();
                    if (hits.isEmpty()) {
                        break;
                    }
                    List<BulkOperation> updates = hits.stream().map(hit -> BulkOperation.of(op -> op.update(u -> u
                            .index(hit.index()).id(hit.id()).action(a -> a.doc(Map.of("facility_id", outlet.plantId(),
                                    "point_id", outlet.pointId())))))).toList();
                    hits.forEach(hit -> days.add(LocalDateTime.parse(String.valueOf(hit.source().get("time"))).toLocalDate()));
                    var response = client.bulk(b -> b.operations(updates).refresh(Refresh.True));
                    if (response.errors()) {
                        throw new IOException("linking the frames of device " + outlet.mn() + " failed");
                    }
                }
            }
            for (LocalDate day : days) {
                if (judge.judge(outlet, day).isPresent()) {
                    judged++;
                }
            }
        }
        return judged;
    }
}
