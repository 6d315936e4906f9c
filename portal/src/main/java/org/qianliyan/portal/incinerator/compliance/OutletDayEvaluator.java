package org.qianliyan.portal.incinerator.compliance;

import java.util.List;

import org.qianliyan.portal.incinerator.domain.DailyMean;

/**
 * Judges an outlet-day from the platform's published daily means: each pollutant on its
 * own, the day named by the most severe finding. Two outlets of one plant are two days.
 */
public final class OutletDayEvaluator {

    private final DailyMeanRule dailyMeanRule;

    public OutletDayEvaluator(ComplianceProperties properties) {
        this.dailyMeanRule = new DailyMeanRule(properties);
    }

    public ComplianceVerdict evaluate(List<DailyMean> means) {
        ComplianceVerdict verdict = ComplianceVerdict.COMPLIANT;
        for (DailyMean mean : means) {
            verdict = verdict.and(dailyMeanRule.evaluate(mean));
        }
        return verdict;
    }

    public DailyMeanRule dailyMeanRule() {
        return dailyMeanRule;
    }
}
