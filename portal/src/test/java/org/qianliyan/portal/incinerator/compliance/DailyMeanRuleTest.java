package org.qianliyan.portal.incinerator.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qianliyan.portal.incinerator.domain.DailyMean;
import org.qianliyan.portal.incinerator.domain.Pollutant;
import org.qianliyan.portal.incinerator.domain.Verdict;

class DailyMeanRuleTest {

    private final DailyMeanRule rule = new DailyMeanRule(ComplianceProperties.defaults());

    @Test
    void daily_mean_above_plant_limit_is_an_exceedance_even_below_the_national_limit() {
        var verdict = rule.evaluate(new DailyMean(Pollutant.PARTICULATE, 12.0, 10.0, ""));

        assertThat(verdict.verdict()).isEqualTo(Verdict.EXCEEDANCE);
        Reason reason = verdict.reasons().get(0);
        assertThat(reason.ruleId()).isEqualTo("daily-mean");
        assertThat(reason.value()).isEqualTo(12.0);
        assertThat(reason.limit()).isEqualTo(10.0);
        assertThat(reason.rule().legalBasis()).contains("第九十九条");
    }

    @Test
    void daily_mean_equal_to_the_limit_is_compliant() {
        assertThat(rule.evaluate(new DailyMean(Pollutant.HCL, 50.0, 50.0, "")).verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    void the_national_daily_limit_applies_when_the_plant_has_none() {
        var verdict = rule.evaluate(new DailyMean(Pollutant.NOX, 251.0, null, ""));

        assertThat(verdict.verdict()).isEqualTo(Verdict.EXCEEDANCE);
        assertThat(verdict.reasons().get(0).limit()).isEqualTo(250.0);
    }

    @Test
    void cems_maintenance_is_maintenance_even_when_the_value_is_above_the_limit() {
        var verdict = rule.evaluate(new DailyMean(Pollutant.SO2, 95.0, 80.0, "CEMS维护"));

        assertThat(verdict.verdict()).isEqualTo(Verdict.MAINTENANCE);
        assertThat(verdict.reasons().get(0).ruleId()).isEqualTo("maintenance");
    }

    @Test
    void a_blank_value_is_missing_data_not_compliance() {
        assertThat(rule.evaluate(new DailyMean(Pollutant.CO, null, 80.0, "")).verdict()).isEqualTo(Verdict.MISSING);
    }

    @Test
    void a_configured_national_limit_overrides_the_default() {
        var stricter = new ComplianceProperties(850, Duration.ofHours(4), Duration.ofHours(60), 20, "CEMS维护",
                Map.of(Pollutant.PARTICULATE, 10.0), null);

        var verdict = new DailyMeanRule(stricter).evaluate(new DailyMean(Pollutant.PARTICULATE, 15.0, null, ""));

        assertThat(verdict.verdict()).isEqualTo(Verdict.EXCEEDANCE);
        assertThat(stricter.dailyLimits().get(Pollutant.NOX)).isEqualTo(250.0);
    }
}
