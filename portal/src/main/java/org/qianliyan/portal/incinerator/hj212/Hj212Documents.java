package org.qianliyan.portal.incinerator.hj212;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qianliyan.portal.incinerator.domain.Pollutant;

/**
 * What of a frame is stored: hourly means ({@code CN=2061}), daily means ({@code 2031}) and
 * 5-minute furnace temperatures ({@code 2111}, or {@code a01901} in minute data). Values
 * corrected to reference oxygen ({@code ZsAvg}) are preferred, since limits apply to them.
 * Frames are keyed by device number ({@code MN}) until a device is linked to an outlet.
 */
public final class Hj212Documents {

    /** One document to write: index name, id, source. */
    public record Document(String index, String id, Map<String, Object> source) {
    }

    static final String MONITORING_HOURS = "monitoring-hours";
    static final String MONITORING_DAYS = "monitoring-days";
    static final String FURNACE_TEMPERATURES = "furnace-temperatures";
    private static final String FURNACE_AVERAGE = "a01901";
    private static final String FURNACE_DCS = "a01902";

    private Hj212Documents() {
    }

    public static List<Document> of(Hj212Frame frame) {
        List<Document> documents = new ArrayList<>();
        if (frame.dataTime().isEmpty()) {
            return documents;
        }
        LocalDateTime time = frame.dataTime().get();
        var command = frame.command();
        if (command.isEmpty()) {
            return documents;
        }
        switch (command.get()) {
            case HOURLY -> pollutants(frame, time, MONITORING_HOURS, documents);
            case DAILY -> pollutants(frame, time, MONITORING_DAYS, documents);
            case FURNACE_TEMPERATURE_5_MINUTE, MINUTE -> furnace(frame, time, documents);
            default -> { }
        }
        return documents;
    }

    private static void pollutants(Hj212Frame frame, LocalDateTime time, String index, List<Document> documents) {
        for (Pollutant pollutant : Pollutant.values()) {
            var value = frame.value(pollutant.hj212Code(), "ZsAvg").or(() -> frame.value(pollutant.hj212Code(), "Avg"));
            if (value.isEmpty()) {
                continue;
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("facility_id", "");
            doc.put("point_id", frame.mn());
            if (index.equals(MONITORING_DAYS)) {
                doc.put("date", time.toLocalDate().toString());
                doc.put("pollutant", pollutant.name());
                doc.put("value", value.get());
                doc.put("remark", "N".equals(frame.dataFlag(pollutant.hj212Code())) ? "" : frame.dataFlag(pollutant.hj212Code()));
                doc.put("source", "hj212");
                doc.put("demo", false);
                documents.add(new Document(index, frame.mn() + "|" + pollutant.name() + "|" + time.toLocalDate(), doc));
            } else {
                doc.put("mn", frame.mn());
                doc.put("time", time.toString());
                doc.put("pollutant", pollutant.name());
                doc.put("value", value.get());
                doc.put("flag", frame.dataFlag(pollutant.hj212Code()));
                doc.put("source", "hj212");
                doc.put("demo", false);
                documents.add(new Document(index, frame.mn() + "|" + pollutant.name() + "|" + time, doc));
            }
        }
    }

    private static void furnace(Hj212Frame frame, LocalDateTime time, List<Document> documents) {
        var average = frame.value(FURNACE_AVERAGE, "Avg");
        var dcs = frame.value(FURNACE_DCS, "Avg");
        if (average.isEmpty() && dcs.isEmpty()) {
            return;
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("facility_id", "");
        doc.put("point_id", frame.mn());
        doc.put("mn", frame.mn());
        doc.put("time", time.toString());
        doc.put("average", average.orElse(null));
        doc.put("dcs", dcs.orElse(null));
        doc.put("flag", frame.dataFlag(FURNACE_AVERAGE));
        doc.put("source", "hj212");
        doc.put("demo", false);
        documents.add(new Document(FURNACE_TEMPERATURES, frame.mn() + "|" + time, doc));
    }
}
