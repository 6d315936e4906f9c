package org.qianliyan.portal.incinerator.compliance;

import java.util.ArrayList;
import java.util.List;

import org.qianliyan.portal.incinerator.domain.Pollutant;
import org.qianliyan.portal.incinerator.domain.Verdict;

/** Each valid, non-exempt hourly mean above the national 1-hour limit is an exceedance of its own. */
public final class HourlyMeanRule {

    private final ComplianceProperties properties;

    public HourlyMeanRule(ComplianceProperties properties) {
        this.properties = properties;
    }

    /**
     * @param hourly  24 hourly means, {@code NaN} where there is none
     * @param counted which hours count (not marked within the cap, not maintenance)
     */
    public List<Reason> evaluate(Pollutant pollutant, double[] hourly, boolean[] counted) {
        double limit = properties.hourlyLimits().get(pollutant);
        List<Reason> reasons = new ArrayList<>();
        for (int hour = 0; hour < hourly.length; hour++) {
            if (counted[hour] && !Double.isNaN(hourly[hour]) && hourly[hour] > limit) {
                reasons.add(new Reason(ComplianceRules.HOURLY_MEAN.id(), Verdict.EXCEEDANCE, pollutant,
                        hourly[hour], limit, String.format("%02d:00", hour)));
            }
        }
        return reasons;
    }
}
