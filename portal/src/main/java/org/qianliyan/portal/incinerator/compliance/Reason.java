package org.qianliyan.portal.incinerator.compliance;

import org.qianliyan.portal.incinerator.domain.Pollutant;
import org.qianliyan.portal.incinerator.domain.Verdict;

/**
 * One finding behind a verdict, kept with the verdict so the public can see why.
 *
 * @param ruleId    the {@link ComplianceRule} that found it
 * @param verdict   what this finding alone makes of the day
 * @param pollutant the pollutant concerned, {@code null} for furnace-wide findings
 * @param value     the measured value (mg/m³, or minutes for time-based rules), {@code null} if none
 * @param limit     the limit it was held against, {@code null} if none
 * @param note      detail such as the hour ({@code 14:00}) or the marking ({@code STARTUP 3h})
 */
public record Reason(String ruleId, Verdict verdict, Pollutant pollutant, Double value, Double limit, String note) {

    public ComplianceRule rule() {
        return ComplianceRules.byId(ruleId);
    }
}
