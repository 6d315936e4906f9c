package org.qianliyan.portal.incinerator.compliance;

import org.qianliyan.portal.incinerator.domain.DailyMean;
import org.qianliyan.portal.incinerator.domain.Pollutant;
import org.qianliyan.portal.incinerator.domain.Verdict;

/**
 * A daily mean above the applicable daily limit is an exceedance; the outlet's own limit
 * wins over the national one because local limits are often stricter. Maintenance and
 * missing values are classified first: neither is a finding of compliance.
 */
public final class DailyMeanRule {

    private final ComplianceProperties properties;

    public DailyMeanRule(ComplianceProperties properties) {
        this.properties = properties;
    }

    /** The limit that applies: the plant's own when known, else GB 18485-2014. */
    public double applicableLimit(Pollutant pollutant, Double plantLimit) {
        return plantLimit != null ? plantLimit : properties.dailyLimits().get(pollutant);
    }

    public ComplianceVerdict evaluate(DailyMean mean) {
        double limit = applicableLimit(mean.pollutant(), mean.plantLimit());
        if (mean.remark().contains(properties.maintenanceRemark())) {
            return ComplianceVerdict.of(new Reason(ComplianceRules.MAINTENANCE.id(), Verdict.MAINTENANCE,
                    mean.pollutant(), mean.value(), limit, mean.remark()));
        }
        if (mean.value() == null) {
            return ComplianceVerdict.of(new Reason(ComplianceRules.MISSING.id(), Verdict.MISSING,
                    mean.pollutant(), null, limit, ""));
        }
        if (mean.value() > limit) {
            return ComplianceVerdict.of(new Reason(ComplianceRules.DAILY_MEAN.id(), Verdict.EXCEEDANCE,
                    mean.pollutant(), mean.value(), limit, ""));
        }
        return ComplianceVerdict.COMPLIANT;
    }
}
