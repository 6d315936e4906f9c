package org.qianliyan.portal.incinerator.catalogue;

import java.io.StringWriter;
import java.util.List;

import org.qianliyan.portal.csv.CsvWriter;
import org.qianliyan.portal.incinerator.domain.Period;
import org.qianliyan.portal.incinerator.domain.Verdict;
import org.qianliyan.portal.incinerator.store.FacilityDay;
import org.qianliyan.portal.incinerator.store.MeasuredMean;

/** The CSV exports of the plant list and of a plant's days, with stable English column names. */
public final class PlantCsv {

    private PlantCsv() {
    }

    public static String plants(List<PlantSummary> plants, Period period) {
        StringWriter text = new StringWriter();
        var csv = new CsvWriter(text).row(List.of("id", "name", "credit_code", "province", "city", "county", "address",
                "longitude", "latitude", "capacity_tpd", "power_kw", "start_date", "furnaces", "period_from",
                "period_to", "exceedance_days", "missing_days", "maintenance_days", "marked_days", "compliant_days",
                "demo"));
        for (PlantSummary s : plants) {
            var p = s.plant();
            csv.row(java.util.Arrays.asList(p.id(), p.name(), p.creditCode(), p.province(), p.city(), p.county(),
                    p.address(), p.longitude(), p.latitude(), p.capacityTonnesPerDay(), p.powerKilowatts(),
                    p.startDate(), p.furnaceCount(), period.from(), period.to(), s.days(Verdict.EXCEEDANCE),
                    s.days(Verdict.MISSING), s.days(Verdict.MAINTENANCE), s.days(Verdict.MARKED),
                    s.days(Verdict.COMPLIANT), p.demo()));
        }
        return text.toString();
    }

    /** One row per outlet-day and pollutant, plus one per verdict without a measured value. */
    public static String days(List<FacilityDay> days, List<MeasuredMean> means) {
        StringWriter text = new StringWriter();
        var csv = new CsvWriter(text).row(List.of("date", "point_id", "point_name", "day_verdict", "pollutant", "value_mg_m3",
                "limit_mg_m3", "limit_source", "remark", "pollutant_verdict", "reasons"));
        var byPointDay = new java.util.HashMap<String, List<MeasuredMean>>();
        means.forEach(m -> byPointDay.computeIfAbsent(m.pointId() + "|" + m.date(), k -> new java.util.ArrayList<>()).add(m));
        for (FacilityDay day : days) {
            String reasons = String.join("; ", day.reasons().stream().map(PlantCsv::describe).toList());
            List<MeasuredMean> measured = byPointDay.getOrDefault(day.pointId() + "|" + day.date(), List.of());
            if (measured.isEmpty()) {
                csv.row(java.util.Arrays.asList(day.date(), day.pointId(), day.pointName(), day.verdict(), null, null,
                        null, null, null, null, reasons));
            }
            for (MeasuredMean m : measured) {
                csv.row(java.util.Arrays.asList(day.date(), day.pointId(), day.pointName(), day.verdict(),
                        m.pollutant(), m.value(), m.limit(), m.limitSource(), m.remark(), m.verdict(), reasons));
            }
        }
        return text.toString();
    }

    static String describe(org.qianliyan.portal.incinerator.compliance.Reason r) {
        StringBuilder text = new StringBuilder(r.ruleId());
        if (r.pollutant() != null) {
            text.append(' ').append(r.pollutant());
        }
        if (r.value() != null) {
            text.append(' ').append(r.value());
        }
        if (r.limit() != null) {
            text.append(" limit ").append(r.limit());
        }
        if (!r.note().isEmpty()) {
            text.append(" (").append(r.note()).append(')');
        }
        return text.toString();
    }
}
