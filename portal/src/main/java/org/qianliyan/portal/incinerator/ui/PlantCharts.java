package org.qianliyan.portal.incinerator.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.qianliyan.portal.incinerator.domain.Period;
import org.qianliyan.portal.incinerator.domain.Pollutant;
import org.qianliyan.portal.incinerator.domain.Verdict;
import org.qianliyan.portal.incinerator.store.FacilityDay;
import org.qianliyan.portal.incinerator.store.MeasuredMean;

/** ECharts options of the plant page: one pollutant's daily means against its limit, and the verdict calendar. */
final class PlantCharts {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Verdict colours as in the stylesheet's --qly-* variables (ECharts cannot read CSS variables). */
    private static final Map<Verdict, String> COLOURS = Map.of(Verdict.COMPLIANT, "#2e7d32", Verdict.EXCEEDANCE, "#c62828",
            Verdict.MAINTENANCE, "#6d4c41", Verdict.MISSING, "#9e9e9e", Verdict.MARKED, "#ef6c00");

    private PlantCharts() {
    }

    /**
     * Daily means of one pollutant, one line per outlet, with the limit as a dashed line.
     *
     * @param outletName the display name of an outlet by point id
     */
    static String pollutantOption(Pollutant pollutant, String title, String limitLabel, List<MeasuredMean> means,
                                  Function<String, String> outletName) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("title").put("text", title).put("left", "center").putObject("textStyle").put("fontSize", 14);
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("bottom", 0);
        option.putObject("grid").put("containLabel", true).put("left", 8).put("right", 16).put("bottom", 40);
        option.putObject("xAxis").put("type", "time");
        option.putObject("yAxis").put("type", "value").put("name", "mg/m³");
        ArrayNode series = option.putArray("series");
        Map<String, List<MeasuredMean>> byOutlet = new TreeMap<>();
        for (MeasuredMean m : means) {
            if (m.pollutant() == pollutant) {
                byOutlet.computeIfAbsent(m.pointId(), k -> new java.util.ArrayList<>()).add(m);
            }
        }
        boolean limitDrawn = false;
        for (var entry : byOutlet.entrySet()) {
            ObjectNode line = series.addObject().put("type", "line").put("name", outletName.apply(entry.getKey()))
                    .put("showSymbol", false).put("connectNulls", false);
            ArrayNode data = line.putArray("data");
            for (MeasuredMean m : entry.getValue()) {
                ArrayNode point = data.addArray().add(m.date().toString());
                if (m.value() == null) {
                    point.addNull();
                } else {
                    point.add(m.value());
                }
            }
            if (!limitDrawn && !entry.getValue().isEmpty()) {
                // The limit can change over time or differ by outlet; draw each distinct limit once.
                ObjectNode markLine = line.putObject("markLine").put("symbol", "none");
                markLine.putObject("lineStyle").put("type", "dashed").put("color", COLOURS.get(Verdict.EXCEEDANCE));
                ArrayNode lines = markLine.putArray("data");
                entry.getValue().stream().map(MeasuredMean::limit).distinct()
                        .forEach(limit -> lines.addObject().put("yAxis", limit).put("name", limitLabel));
                limitDrawn = true;
            }
        }
        return option.toString();
    }

    /** A calendar of the period, each day coloured by its most severe verdict across outlets. */
    static String calendarOption(Period period, List<FacilityDay> days, Function<Verdict, String> label) {
        Map<LocalDate, Verdict> worst = new TreeMap<>();
        for (FacilityDay day : days) {
            worst.merge(day.date(), day.verdict(), Verdict::worse);
        }
        ObjectNode option = JSON.createObjectNode();
        option.putObject("tooltip");
        ObjectNode visualMap = option.putObject("visualMap").put("type", "piecewise").put("orient", "horizontal")
                .put("left", "center").put("bottom", 0);
        ArrayNode pieces = visualMap.putArray("pieces");
        for (Verdict v : Verdict.values()) {
            pieces.addObject().put("value", v.ordinal()).put("label", label.apply(v)).put("color", COLOURS.get(v));
        }
        int years = period.to().getYear() - period.from().getYear() + 1;
        ArrayNode calendars = option.putArray("calendar");
        ArrayNode series = option.putArray("series");
        for (int i = 0; i < years; i++) {
            int year = period.from().getYear() + i;
            LocalDate start = i == 0 ? period.from() : LocalDate.of(year, 1, 1);
            LocalDate end = year == period.to().getYear() ? period.to() : LocalDate.of(year, 12, 31);
            ObjectNode calendar = calendars.addObject().put("top", 30 + i * 170).put("left", 40).put("right", 16);
            calendar.putArray("cellSize").add("auto").add(16);
            calendar.putArray("range").add(start.toString()).add(end.toString());
            calendar.putObject("yearLabel").put("show", true);
            ObjectNode heatmap = series.addObject().put("type", "heatmap").put("coordinateSystem", "calendar")
                    .put("calendarIndex", i);
            ArrayNode data = heatmap.putArray("data");
            worst.forEach((date, verdict) -> {
                if (date.getYear() == year) {
                    data.addArray().add(date.toString()).add(verdict.ordinal());
                }
            });
        }
        return option.toString();
    }

    /** Height of the calendar chart in pixels for a period. */
    static int calendarHeight(Period period) {
        return 80 + 170 * (period.to().getYear() - period.from().getYear() + 1);
    }
}
