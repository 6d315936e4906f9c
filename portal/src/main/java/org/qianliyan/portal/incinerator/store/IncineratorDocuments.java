package org.qianliyan.portal.incinerator.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qianliyan.portal.incinerator.compliance.ComplianceVerdict;
import org.qianliyan.portal.incinerator.compliance.Reason;
import org.qianliyan.portal.incinerator.domain.DailyMean;
import org.qianliyan.portal.incinerator.domain.Furnace;
import org.qianliyan.portal.incinerator.domain.Plant;
import org.qianliyan.portal.incinerator.domain.Pollutant;
import org.qianliyan.portal.incinerator.domain.Verdict;

/**
 * Domain objects as index documents, and their deterministic ids: the same content always
 * lands on the same id, so importing twice changes nothing.
 */
public final class IncineratorDocuments {

    /** The value of the facilities index's {@code kind} for incineration plants. */
    public static final String KIND = "incinerator";

    private IncineratorDocuments() {
    }

    public static String dayId(String facilityId, String pointId, LocalDate date) {
        return facilityId + "|" + pointId + "|" + date;
    }

    public static String measurementId(String pointId, String pollutant, LocalDate date) {
        return pointId + "|" + pollutant + "|" + date;
    }

    public static Map<String, Object> plant(Plant plant, List<Furnace> furnaces, String source) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(FacilityFields.KIND, KIND);
        doc.put(FacilityFields.NAME, plant.name());
        doc.put(FacilityFields.CREDIT_CODE, plant.creditCode());
        doc.put(FacilityFields.PROVINCE, plant.province());
        doc.put(FacilityFields.CITY, plant.city());
        doc.put(FacilityFields.COUNTY, plant.county());
        doc.put(FacilityFields.ADDRESS, plant.address());
        if (plant.longitude() != null && plant.latitude() != null) {
            doc.put(FacilityFields.LOCATION, Map.of("lon", plant.longitude(), "lat", plant.latitude()));
        }
        doc.put(FacilityFields.CAPACITY_TPD, plant.capacityTonnesPerDay());
        doc.put(FacilityFields.POWER_KW, plant.powerKilowatts());
        doc.put(FacilityFields.START_DATE, plant.startDate() == null ? null : plant.startDate().toString());
        doc.put(FacilityFields.FURNACE_COUNT, plant.furnaceCount());
        doc.put(FacilityFields.OPERATOR_GROUP, plant.operatorGroup());
        List<Map<String, Object>> furnaceDocs = new ArrayList<>();
        for (Furnace furnace : furnaces) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("point_id", furnace.pointId());
            f.put("outlet_name", furnace.outletName());
            f.put("name", furnace.name());
            f.put("type", furnace.type());
            f.put("capacity_tpd", furnace.capacityTonnesPerDay());
            f.put("start_date", furnace.startDate() == null ? null : furnace.startDate().toString());
            f.put("stopped", furnace.stopped());
            f.put("stopped_since", furnace.stoppedSince() == null ? null : furnace.stoppedSince().toString());
            f.put("stop_reason", furnace.stopReason());
            furnaceDocs.add(f);
        }
        doc.put(FacilityFields.FURNACES, furnaceDocs);
        doc.put(FacilityFields.SOURCE, source);
        doc.put(FacilityFields.DEMO, plant.demo());
        return doc;
    }

    public static Map<String, Object> monitoringDay(String facilityId, String pointId, LocalDate date, DailyMean mean,
                                                    double limit, Verdict verdict, boolean platformExceeds,
                                                    String source, boolean demo) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("facility_id", facilityId);
        doc.put("point_id", pointId);
        doc.put("date", date.toString());
        doc.put("pollutant", mean.pollutant().name());
        doc.put("value", mean.value());
        doc.put("limit", limit);
        doc.put("limit_source", mean.plantLimit() != null ? "plant" : "national");
        doc.put("remark", mean.remark());
        doc.put("verdict", verdict.name());
        doc.put("platform_exceeds", platformExceeds);
        doc.put("source", source);
        doc.put("demo", demo);
        return doc;
    }

    /** @param facility the plant, for the name and region the list pages filter on */
    public static Map<String, Object> complianceDay(Plant facility, String pointId, String pointName, LocalDate date,
                                                    ComplianceVerdict verdict, String source) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("facility_id", facility.id());
        doc.put("facility_name", facility.name());
        doc.put("province", facility.province());
        doc.put("city", facility.city());
        doc.put("point_id", pointId);
        doc.put("point_name", pointName);
        doc.put("date", date.toString());
        doc.put("verdict", verdict.verdict().name());
        List<Map<String, Object>> reasons = new ArrayList<>();
        for (Reason reason : verdict.reasons()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("rule", reason.ruleId());
            r.put("verdict", reason.verdict().name());
            r.put("pollutant", reason.pollutant() == null ? null : reason.pollutant().name());
            r.put("value", reason.value());
            r.put("limit", reason.limit());
            r.put("note", reason.note());
            r.put("legal_basis", reason.rule().legalBasis());
            reasons.add(r);
        }
        doc.put("reasons", reasons);
        doc.put("source", source);
        doc.put("demo", facility.demo());
        return doc;
    }

    /** The reasons of a stored compliance day, as {@link #complianceDay} wrote them. */
    @SuppressWarnings("unchecked")
    public static List<Reason> reasons(Map<String, Object> complianceDay) {
        List<Reason> reasons = new ArrayList<>();
        for (Map<String, Object> r : (List<Map<String, Object>>) complianceDay.getOrDefault("reasons", List.of())) {
            Object pollutant = r.get("pollutant");
            reasons.add(new Reason((String) r.get("rule"), Verdict.valueOf((String) r.get("verdict")),
                    pollutant == null ? null : Pollutant.valueOf(pollutant.toString()), number(r.get("value")),
                    number(r.get("limit")), r.get("note") == null ? "" : r.get("note").toString()));
        }
        return reasons;
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
