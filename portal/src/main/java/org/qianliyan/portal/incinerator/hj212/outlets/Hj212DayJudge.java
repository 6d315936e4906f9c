package org.qianliyan.portal.incinerator.hj212.outlets;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.incinerator.compliance.ComplianceProperties;
import org.qianliyan.portal.incinerator.compliance.FurnaceDayEvaluator;
import org.qianliyan.portal.incinerator.compliance.FurnaceDayVerdict;
import org.qianliyan.portal.incinerator.compliance.MarkingAllowance;
import org.qianliyan.portal.incinerator.compliance.Reason;
import org.qianliyan.portal.incinerator.domain.DailyMean;
import org.qianliyan.portal.incinerator.domain.Furnace;
import org.qianliyan.portal.incinerator.domain.FurnaceDay;
import org.qianliyan.portal.incinerator.domain.Marking;
import org.qianliyan.portal.incinerator.domain.Pollutant;
import org.qianliyan.portal.incinerator.domain.Verdict;
import org.qianliyan.portal.incinerator.store.BulkSink;
import org.qianliyan.portal.incinerator.store.IncineratorDocuments;
import org.qianliyan.portal.incinerator.store.IncineratorIndices;
import org.qianliyan.portal.incinerator.store.PlantRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Judges one natural day of a mapped outlet from the HJ 212 hours stored for it, with the
 * engine that judges the platform's data: the daily mean from the hours that count (at
 * least {@code min-valid-hours-per-day}), hourly means, and the 850 °C furnace rule from
 * the 5-minute furnace temperatures ({@code CN=2111}) where there are any. The day and its
 * daily means are written as the plant page reads them ({@code source: hj212}).
 *
 * <p>Data flags: {@code N} (normal) and {@code T} (over the upper range, still a measured
 * value) count; {@code M} is CEMS maintenance; any other flag (stopped, fault, calibration,
 * manual input, communication failure) makes the hour invalid. HJ 212 carries no 启炉/停炉
 * markings, so none are exempt, and the yearly marking cap is not spent.
 */
@Component
public class Hj212DayJudge {

    static final String SOURCE = "hj212";
    private static final Logger log = LoggerFactory.getLogger(Hj212DayJudge.class);
    private static final Set<String> VALID_FLAGS = Set.of("N", "T");
    private static final int MAX_DOCUMENTS = 2_000;

    private final ElasticsearchClient client;
    private final IndexSchema schema;
    private final PlantRepository plants;
    private final ComplianceProperties compliance;
    private final FurnaceDayEvaluator evaluator;

    public Hj212DayJudge(ElasticsearchClient client, IndexSchema schema, PlantRepository plants,
                         ComplianceProperties compliance) {
        this.client = client;
        this.schema = schema;
        this.plants = plants;
        this.compliance = compliance;
        this.evaluator = new FurnaceDayEvaluator(compliance);
    }

    /** @return the verdict written, empty when the mapping names a plant we do not have */
    public Optional<Verdict> judge(DeviceOutlet outlet, LocalDate date) throws IOException {
        var plant = plants.byId(outlet.plantId());
        if (plant.isEmpty()) {
            log.warn("HJ 212 device {} is mapped to plant {}, which is not imported: day {} not judged",
                    outlet.mn(), outlet.plantId(), date);
            return Optional.empty();
        }
        FurnaceDay day = measuredDay(outlet, date);
        FurnaceDayVerdict verdict = evaluator.evaluate(day, new MarkingAllowance(compliance.markingCapPerFurnaceYear()));
        String outletName = plant.get().furnaces().stream().filter(f -> f.pointId().equals(outlet.pointId()))
                .map(Furnace::outletName).findFirst().orElse(outlet.pointId());
        Map<Pollutant, Verdict> perPollutant = new EnumMap<>(Pollutant.class);
        for (Reason reason : verdict.verdict().reasons()) {
            if (reason.pollutant() != null) {
                perPollutant.merge(reason.pollutant(), reason.verdict(), Verdict::worse);
            }
        }
        try (BulkSink sink = new BulkSink(client)) {
            for (var mean : verdict.dailyMeans().entrySet()) {
                sink.index(schema.alias(IncineratorIndices.MONITORING_DAYS),
                        IncineratorDocuments.measurementId(outlet.pointId(), mean.getKey().name(), date),
                        IncineratorDocuments.monitoringDay(outlet.plantId(), outlet.pointId(), date,
                                new DailyMean(mean.getKey(), mean.getValue(), null, ""),
                                compliance.dailyLimits().get(mean.getKey()),
                                perPollutant.getOrDefault(mean.getKey(), Verdict.COMPLIANT), false, SOURCE, false));
            }
            sink.index(schema.alias(IncineratorIndices.COMPLIANCE_DAYS),
                    IncineratorDocuments.dayId(outlet.plantId(), outlet.pointId(), date),
                    IncineratorDocuments.complianceDay(plant.get().plant(), outlet.pointId(), outletName, date,
                            verdict.verdict(), SOURCE));
            sink.flush();
        }
        client.indices().refresh(r -> r.index(schema.alias(IncineratorIndices.MONITORING_DAYS),
                schema.alias(IncineratorIndices.COMPLIANCE_DAYS)));
        return Optional.of(verdict.verdict().verdict());
    }

    @SuppressWarnings("rawtypes")
    private FurnaceDay measuredDay(DeviceOutlet outlet, LocalDate date) throws IOException {
        Map<Pollutant, double[]> hourly = new EnumMap<>(Pollutant.class);
        boolean[] maintenance = new boolean[FurnaceDay.HOURS];
        for (Hit<Map> hit : search(IncineratorIndices.MONITORING_HOURS, outlet, date)) {
            Map source = hit.source();
            Pollutant pollutant = Pollutant.valueOf(String.valueOf(source.get("pollutant")));
            int hour = LocalDateTime.parse(String.valueOf(source.get("time"))).getHour();
            String flag = String.valueOf(source.get("flag"));
            double[] values = hourly.computeIfAbsent(pollutant, p -> nans(FurnaceDay.HOURS));
            if ("M".equals(flag)) {
                maintenance[hour] = true;
            } else if (VALID_FLAGS.contains(flag) && source.get("value") instanceof Number value) {
                values[hour] = value.doubleValue();
            }
        }
        double[] temperature = null;
        for (Hit<Map> hit : search(IncineratorIndices.FURNACE_TEMPERATURES, outlet, date)) {
            Map source = hit.source();
            Object value = source.get("average") != null ? source.get("average") : source.get("dcs");
            if (value instanceof Number number) {
                LocalDateTime time = LocalDateTime.parse(String.valueOf(source.get("time")));
                temperature = temperature == null ? nans(FurnaceDay.FIVE_MINUTE_SLOTS) : temperature;
                temperature[(time.getHour() * 60 + time.getMinute()) / 5] = number.doubleValue();
            }
        }
        return new FurnaceDay(outlet.pointId(), date, hourly, temperature, new Marking[FurnaceDay.HOURS], maintenance,
                Map.of());
    }

    @SuppressWarnings("rawtypes")
    private List<Hit<Map>> search(String index, DeviceOutlet outlet, LocalDate date) throws IOException {
        Query query = Query.of(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field("facility_id").value(outlet.plantId())))
                .filter(f -> f.term(t -> t.field("point_id").value(outlet.pointId())))
                .filter(f -> f.range(r -> r.date(d -> d.field("time").gte(date.atStartOfDay().toString())
                        .lt(date.plusDays(1).atStartOfDay().toString()))))));
        return client.search(s -> s.index(schema.alias(index)).size(MAX_DOCUMENTS).query(query), Map.class)
                .hits().hits();
    }

    private static double[] nans(int length) {
        double[] values = new double[length];
        Arrays.fill(values, Double.NaN);
        return values;
    }
}
