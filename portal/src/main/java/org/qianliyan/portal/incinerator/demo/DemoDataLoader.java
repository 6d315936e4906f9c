package org.qianliyan.portal.incinerator.demo;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.imports.DemoSeeding;
import org.qianliyan.portal.imports.DemoSwitch;
import org.qianliyan.portal.incinerator.IncineratorProperties;
import org.qianliyan.portal.incinerator.compliance.ComplianceProperties;
import org.qianliyan.portal.incinerator.compliance.FurnaceDayEvaluator;
import org.qianliyan.portal.incinerator.compliance.FurnaceDayVerdict;
import org.qianliyan.portal.incinerator.compliance.MarkingAllowance;
import org.qianliyan.portal.incinerator.compliance.Reason;
import org.qianliyan.portal.incinerator.domain.DailyMean;
import org.qianliyan.portal.incinerator.domain.Furnace;
import org.qianliyan.portal.incinerator.domain.FurnaceDay;
import org.qianliyan.portal.incinerator.domain.Pollutant;
import org.qianliyan.portal.incinerator.domain.Verdict;
import org.qianliyan.portal.incinerator.store.BulkSink;
import org.qianliyan.portal.incinerator.store.IncineratorDocuments;
import org.qianliyan.portal.incinerator.store.IncineratorIndices;
import org.qianliyan.portal.incinerator.store.PlantRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * On a start with no incinerator at all, generates labelled demo plants (示例…, demo=true)
 * with a year of hourly data judged by the real engine, so a fresh portal shows something
 * alive. Not in one-shot commands. A real import deletes every demo document and turns the
 * demo off for good ({@link DemoSwitch}).
 */
@Component
@Profile("!cli")
class DemoDataLoader implements ApplicationRunner {

    static final String SOURCE = "demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    /** Fixed, so the demo set (and its ids) is the same on every machine. */
    private static final long SEED = 20_191_012L;

    private final ElasticsearchClient client;
    private final IndexSchema schema;
    private final PlantRepository plants;
    private final IncineratorProperties properties;
    private final ComplianceProperties compliance;
    private final DemoSwitch demo;
    private final DemoSeeding seeding;

    DemoDataLoader(ElasticsearchClient client, IndexSchema schema, PlantRepository plants,
                   IncineratorProperties properties, ComplianceProperties compliance, DemoSwitch demo,
                   DemoSeeding seeding) {
        this.client = client;
        this.schema = schema;
        this.plants = plants;
        this.properties = properties;
        this.compliance = compliance;
        this.demo = demo;
        this.seeding = seeding;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!properties.demo() || demo.retired() || !plants.all().isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        long documents;
        try (var underway = seeding.begin()) {
            documents = generate(LocalDate.now().minusDays(1));
        }
        LOG.info("Generated incinerator demo data: {} plants, {} days, {} documents in {} ms",
                properties.demoPlants(), properties.demoDays(), documents, (System.nanoTime() - started) / 1_000_000);
    }

    long generate(LocalDate lastDay) throws IOException {
        Random random = new Random(SEED);
        var evaluator = new FurnaceDayEvaluator(compliance);
        var days = new DemoFurnaceDays(random, compliance.dailyLimits());
        LocalDate firstDay = lastDay.minusDays(properties.demoDays() - 1L);
        try (var sink = new BulkSink(client)) {
            for (var demo : DemoPlants.generate(properties.demoPlants(), random)) {
                sink.index(schema.alias(IncineratorIndices.FACILITIES), demo.plant().id(),
                        IncineratorDocuments.plant(demo.plant(), demo.furnaces(), SOURCE));
                Map<Pollutant, Double> plantLimits = random.nextBoolean()
                        ? Map.of(Pollutant.PARTICULATE, 10.0) : Map.of();
                for (Furnace furnace : demo.furnaces()) {
                    Map<Integer, MarkingAllowance> allowances = new HashMap<>();
                    for (LocalDate date = firstDay; !date.isAfter(lastDay); date = date.plusDays(1)) {
                        FurnaceDay day = days.generate(furnace.pointId(), date, plantLimits);
                        var allowance = allowances.computeIfAbsent(date.getYear(),
                                y -> new MarkingAllowance(compliance.markingCapPerFurnaceYear()));
                        FurnaceDayVerdict verdict = evaluator.evaluate(day, allowance);
                        write(sink, demo.plant(), furnace, day, verdict, date.isAfter(lastDay.minusDays(3)));
                    }
                }
            }
            sink.flush();
            client.indices().refresh(r -> r.index(schema.alias(IncineratorIndices.FACILITIES),
                    schema.alias(IncineratorIndices.MONITORING_DAYS), schema.alias(IncineratorIndices.COMPLIANCE_DAYS),
                    schema.alias(IncineratorIndices.MONITORING_HOURS)));
            return sink.written();
        }
    }

    /** Daily means and the verdict; hourly means only for the last days, to keep the demo quick to generate. */
    private void write(BulkSink sink, org.qianliyan.portal.incinerator.domain.Plant plant, Furnace furnace, FurnaceDay day,
                       FurnaceDayVerdict verdict, boolean withHours) throws IOException {
        Map<Pollutant, Verdict> perPollutant = new EnumMap<>(Pollutant.class);
        for (Reason reason : verdict.verdict().reasons()) {
            if (reason.pollutant() != null) {
                perPollutant.merge(reason.pollutant(), reason.verdict(), Verdict::worse);
            }
        }
        boolean maintained = false;
        for (boolean hour : day.maintenance()) {
            maintained |= hour;
        }
        for (Pollutant pollutant : Pollutant.values()) {
            Double plantLimit = day.plantLimits().get(pollutant);
            double limit = plantLimit != null ? plantLimit : compliance.dailyLimits().get(pollutant);
            var mean = new DailyMean(pollutant, verdict.dailyMeans().get(pollutant), plantLimit,
                    maintained ? compliance.maintenanceRemark() : "");
            sink.index(schema.alias(IncineratorIndices.MONITORING_DAYS),
                    IncineratorDocuments.measurementId(furnace.pointId(), pollutant.name(), day.date()),
                    IncineratorDocuments.monitoringDay(plant.id(), furnace.pointId(), day.date(), mean, limit,
                            perPollutant.getOrDefault(pollutant, Verdict.COMPLIANT), false, SOURCE, true));
            if (withHours) {
                double[] hourly = day.hourlyMeans().get(pollutant);
                for (int hour = 0; hour < hourly.length; hour++) {
                    LocalDateTime time = day.date().atTime(hour, 0);
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("facility_id", plant.id());
                    doc.put("point_id", furnace.pointId());
                    doc.put("time", time.toString());
                    doc.put("pollutant", pollutant.name());
                    doc.put("value", Double.isNaN(hourly[hour]) ? null : hourly[hour]);
                    doc.put("flag", day.maintenance()[hour] ? "M" : "N");
                    doc.put("source", SOURCE);
                    doc.put("demo", true);
                    sink.index(schema.alias(IncineratorIndices.MONITORING_HOURS),
                            furnace.pointId() + "|" + pollutant.name() + "|" + time, doc);
                }
            }
        }
        sink.index(schema.alias(IncineratorIndices.COMPLIANCE_DAYS),
                IncineratorDocuments.dayId(plant.id(), furnace.pointId(), day.date()),
                IncineratorDocuments.complianceDay(plant, furnace.pointId(), furnace.outletName(), day.date(),
                        verdict.verdict(), SOURCE));
    }
}
