package org.qianliyan.portal.incinerator.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qianliyan.portal.incinerator.catalogue.PlantSummary;
import org.qianliyan.portal.incinerator.compliance.Reason;
import org.qianliyan.portal.incinerator.domain.Furnace;
import org.qianliyan.portal.incinerator.domain.Period;
import org.qianliyan.portal.incinerator.domain.Plant;
import org.qianliyan.portal.incinerator.domain.Verdict;
import org.qianliyan.portal.incinerator.store.FacilityDay;
import org.qianliyan.portal.incinerator.store.MeasuredMean;

/** The API's JSON shapes: snake_case keys, verdicts in lower case, nulls kept so columns are stable. */
final class FacilityJson {

    private FacilityJson() {
    }

    static Map<String, Object> summary(PlantSummary summary) {
        Plant p = summary.plant();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", p.id());
        json.put("name", p.name());
        json.put("credit_code", p.creditCode());
        json.put("province", p.province());
        json.put("city", p.city());
        json.put("county", p.county());
        json.put("longitude", p.longitude());
        json.put("latitude", p.latitude());
        json.put("capacity_tpd", p.capacityTonnesPerDay());
        json.put("furnaces", p.furnaceCount());
        json.put("worst_verdict", summary.worst().map(FacilityJson::verdict).orElse(null));
        Map<String, Long> days = new LinkedHashMap<>();
        for (Verdict v : Verdict.values()) {
            days.put(verdict(v), summary.days(v));
        }
        json.put("days", days);
        json.put("demo", p.demo());
        return json;
    }

    static Map<String, Object> detail(PlantSummary summary, Period period) {
        Plant p = summary.plant();
        Map<String, Object> json = summary(summary);
        json.put("address", p.address());
        json.put("power_kw", p.powerKilowatts());
        json.put("start_date", p.startDate() == null ? null : p.startDate().toString());
        json.put("from", period.from().toString());
        json.put("to", period.to().toString());
        List<Map<String, Object>> furnaces = new ArrayList<>();
        for (Furnace f : summary.furnaces()) {
            Map<String, Object> furnace = new LinkedHashMap<>();
            furnace.put("point_id", f.pointId());
            furnace.put("outlet_name", f.outletName());
            furnace.put("name", f.name());
            furnace.put("type", f.type());
            furnace.put("capacity_tpd", f.capacityTonnesPerDay());
            furnace.put("start_date", f.startDate() == null ? null : f.startDate().toString());
            furnace.put("stopped", f.stopped());
            furnace.put("stop_reason", f.stopReason());
            furnaces.add(furnace);
        }
        json.put("furnace_list", furnaces);
        return json;
    }

    static Map<String, Object> days(String id, Period period, List<FacilityDay> days, List<MeasuredMean> means) {
        Map<String, List<Map<String, Object>>> byPointDay = new LinkedHashMap<>();
        for (MeasuredMean m : means) {
            Map<String, Object> mean = new LinkedHashMap<>();
            mean.put("pollutant", m.pollutant().name().toLowerCase());
            mean.put("value", m.value());
            mean.put("limit", m.limit());
            mean.put("limit_source", m.limitSource());
            mean.put("remark", m.remark());
            mean.put("verdict", verdict(m.verdict()));
            byPointDay.computeIfAbsent(m.pointId() + "|" + m.date(), k -> new ArrayList<>()).add(mean);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FacilityDay day : days) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", day.date().toString());
            row.put("point_id", day.pointId());
            row.put("point_name", day.pointName());
            row.put("verdict", verdict(day.verdict()));
            row.put("reasons", day.reasons().stream().map(FacilityJson::reason).toList());
            row.put("means", byPointDay.getOrDefault(day.pointId() + "|" + day.date(), List.of()));
            rows.add(row);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("facility_id", id);
        json.put("from", period.from().toString());
        json.put("to", period.to().toString());
        json.put("count", rows.size());
        json.put("days", rows);
        return json;
    }

    private static Map<String, Object> reason(Reason r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rule", r.ruleId());
        json.put("verdict", verdict(r.verdict()));
        json.put("pollutant", r.pollutant() == null ? null : r.pollutant().name().toLowerCase());
        json.put("value", r.value());
        json.put("limit", r.limit());
        json.put("note", r.note());
        json.put("source", r.rule().source());
        json.put("legal_basis", r.rule().legalBasis());
        json.put("consequence", r.rule().consequence());
        return json;
    }

    static String verdict(Verdict verdict) {
        return verdict.name().toLowerCase();
    }
}
