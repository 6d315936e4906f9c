package org.qianliyan.portal.incinerator.imports;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qianliyan.portal.incinerator.compliance.OutletDayEvaluator;
import org.qianliyan.portal.incinerator.domain.DailyMean;
import org.qianliyan.portal.incinerator.domain.Furnace;
import org.qianliyan.portal.incinerator.store.BulkSink;
import org.qianliyan.portal.incinerator.store.IncineratorDocuments;

/**
 * The verdicts of a daily file's outlet-days, each judged and written as soon as the file moves on to another
 * outlet-day, so that they go to Elasticsearch with the daily rows rather than in a pass after the whole file (the
 * platform's export lists an outlet-day's pollutants together). An outlet-day whose rows come back later in the
 * file is judged again on all its means and written again; the sink keeps the order of writes to one document,
 * so the last, complete verdict is the one stored.
 */
final class OutletDayVerdicts {

    private record OutletDay(String plantId, String pointId, LocalDate day) {
    }

    private final Map<OutletDay, List<DailyMean>> means = new HashMap<>();
    private final PlantDirectory directory;
    private final OutletDayEvaluator evaluator;
    private final BulkSink sink;
    private final String index;
    private OutletDay current;

    OutletDayVerdicts(PlantDirectory directory, OutletDayEvaluator evaluator, BulkSink sink, String index) {
        this.directory = directory;
        this.evaluator = evaluator;
        this.sink = sink;
        this.index = index;
    }

    void add(String plantId, String pointId, LocalDate day, DailyMean mean) throws IOException {
        OutletDay outletDay = new OutletDay(plantId, pointId, day);
        if (current != null && !current.equals(outletDay)) {
            write(current);
        }
        current = outletDay;
        means.computeIfAbsent(outletDay, k -> new ArrayList<>()).add(mean);
    }

    /** Writes the verdict of the last outlet-day; call once the file is read. */
    void finish() throws IOException {
        if (current != null) {
            write(current);
            current = null;
        }
    }

    private void write(OutletDay outletDay) throws IOException {
        Furnace furnace = directory.furnaceAt(outletDay.pointId());
        sink.index(index, IncineratorDocuments.dayId(outletDay.plantId(), outletDay.pointId(), outletDay.day()),
                IncineratorDocuments.complianceDay(directory.plant(outletDay.plantId()), outletDay.pointId(),
                        furnace.outletName(), outletDay.day(), evaluator.evaluate(means.get(outletDay)), LjgkImporter.SOURCE));
    }
}
