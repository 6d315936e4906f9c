package org.qianliyan.portal.incinerator.imports;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.qianliyan.index.schema.StagedIndices;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.incinerator.compliance.ComplianceProperties;
import org.qianliyan.portal.incinerator.compliance.ComplianceRules;
import org.qianliyan.portal.incinerator.compliance.ComplianceVerdict;
import org.qianliyan.portal.incinerator.compliance.DailyMeanRule;
import org.qianliyan.portal.incinerator.compliance.OutletDayEvaluator;
import org.qianliyan.portal.incinerator.compliance.Reason;
import org.qianliyan.portal.incinerator.domain.Furnace;
import org.qianliyan.portal.incinerator.domain.Verdict;
import org.qianliyan.portal.incinerator.store.BulkSink;
import org.qianliyan.portal.imports.DataImported;
import org.qianliyan.portal.incinerator.store.IncineratorDocuments;
import org.qianliyan.portal.incinerator.store.IncineratorIndices;
import org.qianliyan.portal.incinerator.store.PlantRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports the ministry platform's exports (docs/design-notes.md, Incinerator rules): validates every row first, then,
 * unless invalid rows were found and skipping was not asked for, writes plants, daily
 * means and the verdicts judged from them. Ids are content keys, so a second import of
 * the same files changes nothing; any real import removes the generated demo data. The
 * writes go to new generations of the indices ({@link StagedIndices}), so readers see the
 * whole import or, until it commits, and forever if the process dies, none of it. The
 * generations are created while the rows are validated, and abandoned if the files are refused.
 */
@Service
public class LjgkImporter {

    static final String SOURCE = "ljgk";
    /** The indices an import writes: readers see all of it, once complete, or none of it. */
    private static final List<String> STAGED = List.of(IncineratorIndices.FACILITIES,
            IncineratorIndices.MONITORING_DAYS, IncineratorIndices.COMPLIANCE_DAYS);
    private static final Logger LOG = LoggerFactory.getLogger(LjgkImporter.class);

    private final ElasticsearchClient client;
    private final IndexSchema schema;
    private final PlantRepository plants;
    private final OutletDayEvaluator evaluator;
    private final DailyMeanRule dailyMeanRule;
    private final ApplicationEventPublisher events;

    public LjgkImporter(ElasticsearchClient client, IndexSchema schema, PlantRepository plants,
                        ComplianceProperties compliance, ApplicationEventPublisher events) {
        this.client = client;
        this.schema = schema;
        this.plants = plants;
        this.evaluator = new OutletDayEvaluator(compliance);
        this.dailyMeanRule = evaluator.dailyMeanRule();
        this.events = events;
    }

    /**
     * @param force write even a plant list that would rename most stored plants
     * @throws InvalidFileException when a file cannot be read as a whole, or would rename most stored plants
     *                              without {@code force}; nothing is written then
     */
    public ImportReport importFiles(LjgkFiles files, boolean skipInvalid, boolean force, ImportProgress progress)
            throws IOException {
        var report = new ImportReport();
        try (StagingAhead staging = StagingAhead.begin(() -> schema.stage(STAGED,
                document -> !Boolean.TRUE.equals(document.get("demo"))))) {
            PlantDirectory directory = PlantDirectory.of(plants.all());
            PlantRenames renames = new PlantRenames(directory.plantCount());
            validate(files, directory, renames, report, progress);
            if (report.invalid() > 0 && !skipInvalid) {
                LOG.info("ljgk import refused: {} invalid rows of {}", report.invalid(), report.read());
                report.committed(false);
                return report;
            }
            if (renames.renameMost() && !force) {
                throw new InvalidFileException(renames.refusal(files.plants().getFileName().toString()));
            }
            progress.update("copying", 0);
            StagedIndices staged = staging.generations();
            try (var sink = new BulkSink(client)) {
                writePlants(directory, sink, staged);
                report.countImported(plantAndFurnaceRows(files, directory));
                if (files.daily() != null) {
                    report.countImported(writeDaily(files, directory, sink, staged, progress));
                }
            }
            staged.commit();
        }
        // The staged indices were copied without demo documents; DataImported erases the others'.
        report.committed(true);
        events.publishEvent(new DataImported(SOURCE, true));
        LOG.info("ljgk import: {}", report.summary().lines().findFirst().orElse(""));
        return report;
    }

    private void validate(LjgkFiles files, PlantDirectory directory, PlantRenames renames, ImportReport report,
                          ImportProgress progress) throws IOException {
        Consumer<RowProblem> problems = report::problem;
        long[] rows = {0};
        Runnable tick = () -> progress.update("validating", ++rows[0]);
        if (files.plants() != null) {
            Map<String, Integer> seen = new HashMap<>();
            PlatformFile.each(files.plants(), PlantRowParser.COLUMNS, new PlantRowParser()::parse, (plant, line) -> {
                Integer first = seen.putIfAbsent(plant.id(), line);
                if (first != null) {
                    throw new InvalidRowException("duplicate ps_code " + plant.id() + ", first on line " + first);
                }
                renames.compare(directory.plant(plant.id()), plant);
                directory.putPlant(plant);
                return null;
            }, report, problems, tick);
        }
        if (files.furnaces() != null) {
            PlatformFile.each(files.furnaces(), FurnaceRowParser.COLUMNS, new FurnaceRowParser()::parse, (furnace, line) -> {
                if (!directory.hasPlant(furnace.plantId())) {
                    throw new InvalidRowException("ps_code " + furnace.plantId()
                            + " is not a known plant (import the plant list with it)");
                }
                directory.putFurnace(furnace);
                return null;
            }, report, problems, tick);
        }
        if (files.daily() != null) {
            PlatformFile.each(files.daily(), DailyRowParser.COLUMNS, new DailyRowParser()::parse,
                    (row, line) -> refusal(row, directory), report, problems, tick);
        }
    }

    /**
     * Why a daily row cannot be stored: invalid when its codes are unknown; skipped (valid, not stored) when a
     * "no data" row names no known plant, since the platform's names drift from its plant list.
     */
    private static String refusal(PlatformDailyRow row, PlantDirectory directory) throws InvalidRowException {
        if (row instanceof PlatformDailyRow.NoData noData) {
            return directory.idsNamed(noData.company()).isEmpty()
                    ? "no-data row names no known plant: " + noData.company() : null;
        }
        var measurement = (PlatformDailyRow.Measurement) row;
        if (!directory.hasPlant(measurement.plantId())) {
            throw new InvalidRowException("ps_code " + measurement.plantId() + " is not a known plant");
        }
        Furnace furnace = directory.furnaceAt(measurement.pointId());
        if (furnace == null || !furnace.plantId().equals(measurement.plantId())) {
            throw new InvalidRowException("mp_code " + measurement.pointId()
                    + " is not a known monitoring point of plant " + measurement.plantId());
        }
        return null;
    }

    private void writePlants(PlantDirectory directory, BulkSink sink, StagedIndices staged) throws IOException {
        String facilities = staged.index(IncineratorIndices.FACILITIES);
        for (String id : directory.touched()) {
            sink.index(facilities, id, IncineratorDocuments.plant(directory.plant(id), directory.furnacesOf(id), SOURCE));
        }
    }

    /** Valid rows of the plant and furnace files, all of which are in the directory now. */
    private static long plantAndFurnaceRows(LjgkFiles files, PlantDirectory directory) {
        long rows = 0;
        for (String id : directory.touched()) {
            rows += (files.plants() != null ? 1 : 0) + (files.furnaces() != null ? directory.furnacesOf(id).size() : 0);
        }
        return rows;
    }

    private long writeDaily(LjgkFiles files, PlantDirectory directory, BulkSink sink, StagedIndices staged,
                            ImportProgress progress) throws IOException {
        String days = staged.index(IncineratorIndices.MONITORING_DAYS);
        String verdicts = staged.index(IncineratorIndices.COMPLIANCE_DAYS);
        var outletDays = new OutletDayVerdicts(directory, evaluator, sink, verdicts);
        Set<String> noDataDays = new HashSet<>();
        long[] written = {0};
        long[] rows = {0};
        PlatformFile.each(files.daily(), DailyRowParser.COLUMNS, new DailyRowParser()::parse, (row, line) -> {
            String refusal = refusal(row, directory);
            if (refusal != null) {
                return refusal;
            }
            if (row instanceof PlatformDailyRow.Measurement m) {
                ComplianceVerdict verdict = dailyMeanRule.evaluate(m.mean());
                double limit = dailyMeanRule.applicableLimit(m.mean().pollutant(), m.mean().plantLimit());
                sink.index(days, IncineratorDocuments.measurementId(m.pointId(), m.mean().pollutant().name(), m.day()),
                        IncineratorDocuments.monitoringDay(m.plantId(), m.pointId(), m.day(), m.mean(), limit,
                                verdict.verdict(), m.platformExceeds(), SOURCE, false));
                outletDays.add(m.plantId(), m.pointId(), m.day(), m.mean());
            } else {
                for (String plantId : directory.idsNamed(row.company())) {
                    if (noDataDays.add(plantId + row.day())) {
                        var missing = ComplianceVerdict.of(new Reason(ComplianceRules.MISSING.id(), Verdict.MISSING,
                                null, null, null, "no data reported"));
                        sink.index(verdicts, IncineratorDocuments.dayId(plantId, "", row.day()),
                                IncineratorDocuments.complianceDay(directory.plant(plantId), "", "", row.day(), missing, SOURCE));
                    }
                }
            }
            written[0]++;
            return null;
        }, null, problem -> { }, () -> progress.update("writing", ++rows[0]));
        outletDays.finish();
        return written[0];
    }
}
