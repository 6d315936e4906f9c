package org.qianliyan.portal.incinerator.compliance;

import java.util.Optional;

import org.qianliyan.portal.incinerator.domain.Verdict;

/**
 * Furnace temperature: the time with 5-minute means below the minimum, summed over a
 * natural day, must not exceed the allowance (850 °C and 4 hours by default). Marked
 * periods within the cap do not count; missing slots are not counted as cold.
 */
public final class FurnaceTemperatureRule {

    static final int MINUTES_PER_SLOT = 5;

    private final ComplianceProperties properties;

    public FurnaceTemperatureRule(ComplianceProperties properties) {
        this.properties = properties;
    }

    /**
     * @param fiveMinuteMeans the day's 288 5-minute means, {@code NaN} where there is none
     * @param counted         which slots count
     * @return the finding when the day's cold time exceeds the allowance; its value is the cold time in minutes
     */
    public Optional<Reason> evaluate(double[] fiveMinuteMeans, boolean[] counted) {
        int coldSlots = 0;
        for (int slot = 0; slot < fiveMinuteMeans.length; slot++) {
            if (counted[slot] && fiveMinuteMeans[slot] < properties.minFurnaceTemperature()) {
                coldSlots++;
            }
        }
        long coldMinutes = (long) coldSlots * MINUTES_PER_SLOT;
        if (coldMinutes <= properties.lowTemperatureAllowance().toMinutes()) {
            return Optional.empty();
        }
        return Optional.of(new Reason(ComplianceRules.FURNACE_TEMPERATURE.id(), Verdict.EXCEEDANCE, null,
                (double) coldMinutes, (double) properties.lowTemperatureAllowance().toMinutes(),
                "< " + properties.minFurnaceTemperature() + " °C"));
    }
}
