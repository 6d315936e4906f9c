package org.qianliyan.portal.incinerator.compliance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.qianliyan.portal.incinerator.domain.DailyMean;
import org.qianliyan.portal.incinerator.domain.FurnaceDay;
import org.qianliyan.portal.incinerator.domain.Marking;
import org.qianliyan.portal.incinerator.domain.Pollutant;
import org.qianliyan.portal.incinerator.domain.Verdict;

/**
 * Judges a furnace-day from hourly data: markings first (they decide which hours count),
 * then each pollutant's daily mean and hourly means, then the furnace temperature.
 */
public final class FurnaceDayEvaluator {

    private final ComplianceProperties properties;
    private final DailyMeanRule dailyMeanRule;
    private final HourlyMeanRule hourlyMeanRule;
    private final FurnaceTemperatureRule temperatureRule;

    public FurnaceDayEvaluator(ComplianceProperties properties) {
        this.properties = properties;
        this.dailyMeanRule = new DailyMeanRule(properties);
        this.hourlyMeanRule = new HourlyMeanRule(properties);
        this.temperatureRule = new FurnaceTemperatureRule(properties);
    }

    /** @param allowance the furnace's marking allowance for the day's year, spent by this call */
    public FurnaceDayVerdict evaluate(FurnaceDay day, MarkingAllowance allowance) {
        boolean[] exempt = allowance.admit(day.markings());
        List<Reason> reasons = new ArrayList<>(markingReasons(day.markings(), exempt));
        boolean[] counted = new boolean[FurnaceDay.HOURS];
        int exemptHours = 0;
        for (int hour = 0; hour < FurnaceDay.HOURS; hour++) {
            counted[hour] = !exempt[hour] && !day.maintenance()[hour];
            exemptHours += exempt[hour] ? 1 : 0;
        }
        Map<Pollutant, Double> means = new EnumMap<>(Pollutant.class);
        for (var entry : day.hourlyMeans().entrySet()) {
            Pollutant pollutant = entry.getKey();
            double[] hourly = entry.getValue();
            double sum = 0;
            int valid = 0;
            boolean anyMaintenance = false;
            for (int hour = 0; hour < FurnaceDay.HOURS; hour++) {
                anyMaintenance |= day.maintenance()[hour];
                if (counted[hour] && !Double.isNaN(hourly[hour])) {
                    sum += hourly[hour];
                    valid++;
                }
            }
            Double plantLimit = day.plantLimits().get(pollutant);
            if (valid >= properties.minValidHoursPerDay()) {
                double mean = sum / valid;
                means.put(pollutant, mean);
                reasons.addAll(dailyMeanRule.evaluate(new DailyMean(pollutant, mean, plantLimit, "")).reasons());
                reasons.addAll(hourlyMeanRule.evaluate(pollutant, hourly, counted));
            } else if (anyMaintenance) {
                reasons.addAll(dailyMeanRule.evaluate(
                        new DailyMean(pollutant, null, plantLimit, properties.maintenanceRemark())).reasons());
            } else if (valid + exemptHours < properties.minValidHoursPerDay()) {
                reasons.addAll(dailyMeanRule.evaluate(new DailyMean(pollutant, null, plantLimit, "")).reasons());
            }
        }
        if (day.furnaceTemperature() != null) {
            boolean[] countedSlots = new boolean[FurnaceDay.FIVE_MINUTE_SLOTS];
            for (int slot = 0; slot < countedSlots.length; slot++) {
                countedSlots[slot] = !exempt[slot / 12];
            }
            temperatureRule.evaluate(day.furnaceTemperature(), countedSlots).ifPresent(reasons::add);
        }
        return new FurnaceDayVerdict(ComplianceVerdict.ofAll(reasons), means);
    }

    private static List<Reason> markingReasons(Marking[] markings, boolean[] exempt) {
        Map<Marking, Integer> within = new EnumMap<>(Marking.class);
        Map<Marking, Integer> over = new EnumMap<>(Marking.class);
        for (int hour = 0; hour < markings.length; hour++) {
            if (markings[hour] != null) {
                (exempt[hour] ? within : over).merge(markings[hour], 1, Integer::sum);
            }
        }
        List<Reason> reasons = new ArrayList<>();
        within.forEach((marking, hours) -> reasons.add(new Reason(ComplianceRules.MARKING.id(), Verdict.MARKED,
                null, hours.doubleValue(), null, marking.name())));
        // Over the cap the hours are judged normally; the reason only says why they were not exempt.
        over.forEach((marking, hours) -> reasons.add(new Reason(ComplianceRules.MARKING_OVER_CAP.id(),
                Verdict.COMPLIANT, null, hours.doubleValue(), null, marking.name())));
        return reasons;
    }
}
