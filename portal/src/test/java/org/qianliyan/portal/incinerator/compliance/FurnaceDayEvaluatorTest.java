package org.qianliyan.portal.incinerator.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qianliyan.portal.incinerator.domain.FurnaceDay;
import org.qianliyan.portal.incinerator.domain.Marking;
import org.qianliyan.portal.incinerator.domain.Pollutant;
import org.qianliyan.portal.incinerator.domain.Verdict;

class FurnaceDayEvaluatorTest {

    private final FurnaceDayEvaluator evaluator = new FurnaceDayEvaluator(ComplianceProperties.defaults());

    @Test
    void four_startup_hours_at_50_make_four_hourly_exceedances_but_a_compliant_daily_mean() {
        double[] particulate = HourlyMeanRuleTest.filled(10);
        Arrays.fill(particulate, 0, 4, 50);

        var result = evaluator.evaluate(day(particulate, new Marking[24], new boolean[24]), allowance());

        // (20 x 10 + 4 x 50) / 24 = 16.67 <= 20; each 50 > 30 is an hourly exceedance.
        assertThat(result.dailyMeans().get(Pollutant.PARTICULATE)).isCloseTo(16.667, within(0.001));
        assertThat(result.verdict().verdict()).isEqualTo(Verdict.EXCEEDANCE);
        assertThat(result.verdict().reasons()).extracting(Reason::ruleId).containsOnly("hourly-mean").hasSize(4);
    }

    @Test
    void the_same_hours_marked_as_startup_within_the_cap_are_exempt_and_shown_as_marked() {
        double[] particulate = HourlyMeanRuleTest.filled(10);
        Arrays.fill(particulate, 0, 4, 50);
        Marking[] markings = new Marking[24];
        Arrays.fill(markings, 0, 4, Marking.STARTUP);

        var result = evaluator.evaluate(day(particulate, markings, new boolean[24]), allowance());

        assertThat(result.dailyMeans().get(Pollutant.PARTICULATE)).isEqualTo(10.0);
        assertThat(result.verdict().verdict()).isEqualTo(Verdict.MARKED);
        assertThat(result.verdict().reasons()).singleElement().satisfies(r -> {
            assertThat(r.ruleId()).isEqualTo("marking");
            assertThat(r.value()).isEqualTo(4.0);
            assertThat(r.note()).isEqualTo("STARTUP");
        });
    }

    @Test
    void marked_hours_beyond_the_annual_cap_are_judged_like_any_other_hour() {
        double[] particulate = HourlyMeanRuleTest.filled(10);
        Arrays.fill(particulate, 0, 4, 50);
        Marking[] markings = new Marking[24];
        Arrays.fill(markings, 0, 4, Marking.STARTUP);
        var allowance = new MarkingAllowance(Duration.ofHours(60));
        Marking[] longShutdown = new Marking[24];
        Arrays.fill(longShutdown, Marking.SHUTDOWN);
        allowance.admit(longShutdown);
        allowance.admit(longShutdown);
        Arrays.fill(longShutdown, 0, 12, null);
        allowance.admit(longShutdown); // 24 + 24 + 12 = 60: the cap is used up

        var result = evaluator.evaluate(day(particulate, markings, new boolean[24]), allowance);

        assertThat(result.verdict().verdict()).isEqualTo(Verdict.EXCEEDANCE);
        assertThat(result.verdict().reasons()).extracting(Reason::ruleId).contains("marking-over-cap", "hourly-mean");
    }

    @Test
    void six_hours_of_cems_maintenance_leave_too_few_valid_hours_and_make_a_maintenance_day() {
        boolean[] maintenance = new boolean[24];
        Arrays.fill(maintenance, 8, 14, true); // 18 valid hours < 20

        var result = evaluator.evaluate(day(HourlyMeanRuleTest.filled(10), new Marking[24], maintenance), allowance());

        assertThat(result.verdict().verdict()).isEqualTo(Verdict.MAINTENANCE);
        assertThat(result.dailyMeans()).isEmpty();
    }

    @Test
    void a_day_with_too_few_hourly_values_is_missing_data() {
        double[] particulate = HourlyMeanRuleTest.filled(Double.NaN);
        Arrays.fill(particulate, 0, 19, 10); // 19 valid hours

        var result = evaluator.evaluate(day(particulate, new Marking[24], new boolean[24]), allowance());

        assertThat(result.verdict().verdict()).isEqualTo(Verdict.MISSING);
    }

    @Test
    void a_cold_furnace_for_five_hours_makes_the_day_an_exceedance() {
        double[] temperatures = FurnaceTemperatureRuleTest.day(900);
        Arrays.fill(temperatures, 0, 60, 800);
        var day = new FurnaceDay("P1", LocalDate.of(2025, 3, 1), Map.of(Pollutant.PARTICULATE, HourlyMeanRuleTest.filled(5)),
                temperatures, new Marking[24], new boolean[24], Map.of());

        var result = evaluator.evaluate(day, allowance());

        assertThat(result.verdict().verdict()).isEqualTo(Verdict.EXCEEDANCE);
        assertThat(result.verdict().reasons()).extracting(Reason::ruleId).containsExactly("furnace-temperature");
    }

    private static FurnaceDay day(double[] particulate, Marking[] markings, boolean[] maintenance) {
        return new FurnaceDay("P1", LocalDate.of(2025, 3, 1), Map.of(Pollutant.PARTICULATE, particulate), null,
                markings, maintenance, Map.of(Pollutant.PARTICULATE, 20.0));
    }

    private static MarkingAllowance allowance() {
        return new MarkingAllowance(Duration.ofHours(60));
    }
}
