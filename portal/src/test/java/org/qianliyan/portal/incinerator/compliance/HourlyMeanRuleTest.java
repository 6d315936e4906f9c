package org.qianliyan.portal.incinerator.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.qianliyan.portal.incinerator.domain.Pollutant;

class HourlyMeanRuleTest {

    private final HourlyMeanRule rule = new HourlyMeanRule(ComplianceProperties.defaults());

    @Test
    void each_hourly_mean_above_the_one_hour_limit_is_an_exceedance_naming_its_hour() {
        double[] hourly = filled(10);
        hourly[14] = 31; // particulate 1-hour limit is 30
        hourly[15] = 30; // equal is not above

        var reasons = rule.evaluate(Pollutant.PARTICULATE, hourly, all(true));

        assertThat(reasons).singleElement().satisfies(r -> {
            assertThat(r.note()).isEqualTo("14:00");
            assertThat(r.value()).isEqualTo(31.0);
            assertThat(r.limit()).isEqualTo(30.0);
        });
    }

    @Test
    void an_hour_that_does_not_count_is_not_judged() {
        double[] hourly = filled(10);
        hourly[3] = 500;
        boolean[] counted = all(true);
        counted[3] = false;

        assertThat(rule.evaluate(Pollutant.PARTICULATE, hourly, counted)).isEmpty();
    }

    static double[] filled(double value) {
        double[] values = new double[24];
        Arrays.fill(values, value);
        return values;
    }

    static boolean[] all(boolean value) {
        boolean[] values = new boolean[24];
        Arrays.fill(values, value);
        return values;
    }
}
