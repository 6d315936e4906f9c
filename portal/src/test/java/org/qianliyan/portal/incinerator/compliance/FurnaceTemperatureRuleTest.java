package org.qianliyan.portal.incinerator.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class FurnaceTemperatureRuleTest {

    private final FurnaceTemperatureRule rule = new FurnaceTemperatureRule(ComplianceProperties.defaults());

    @Test
    void exactly_four_hours_below_850_degrees_is_still_compliant() {
        double[] temperatures = day(900);
        Arrays.fill(temperatures, 0, 48, 849.9); // 48 slots x 5 min = 240 min

        assertThat(rule.evaluate(temperatures, counted(true))).isEmpty();
    }

    @Test
    void more_than_four_hours_below_850_degrees_in_a_day_is_a_breach_with_its_minutes() {
        double[] temperatures = day(900);
        Arrays.fill(temperatures, 100, 149, 820); // 49 slots = 245 min

        var reason = rule.evaluate(temperatures, counted(true)).orElseThrow();

        assertThat(reason.ruleId()).isEqualTo("furnace-temperature");
        assertThat(reason.value()).isEqualTo(245.0);
        assertThat(reason.limit()).isEqualTo(240.0);
        assertThat(reason.rule().legalBasis()).contains("第一百一十七条");
    }

    @Test
    void cold_slots_in_exempt_periods_and_missing_slots_do_not_count() {
        double[] temperatures = day(900);
        Arrays.fill(temperatures, 0, 60, 700);          // 5 h cold, all of it exempt (startup)
        Arrays.fill(temperatures, 60, 160, Double.NaN); // no data is not "cold"
        boolean[] counted = counted(true);
        Arrays.fill(counted, 0, 60, false);

        assertThat(rule.evaluate(temperatures, counted)).isEmpty();
    }

    static double[] day(double value) {
        double[] values = new double[288];
        Arrays.fill(values, value);
        return values;
    }

    static boolean[] counted(boolean value) {
        boolean[] values = new boolean[288];
        Arrays.fill(values, value);
        return values;
    }
}
