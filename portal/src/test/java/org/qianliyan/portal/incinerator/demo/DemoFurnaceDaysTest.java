package org.qianliyan.portal.incinerator.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.qianliyan.portal.incinerator.compliance.ComplianceProperties;
import org.qianliyan.portal.incinerator.compliance.FurnaceDayEvaluator;
import org.qianliyan.portal.incinerator.compliance.MarkingAllowance;
import org.qianliyan.portal.incinerator.domain.Verdict;

class DemoFurnaceDaysTest {

    @Test
    void a_generated_year_of_ten_furnaces_shows_every_verdict_and_mostly_compliance() {
        var properties = ComplianceProperties.defaults();
        var days = new DemoFurnaceDays(new Random(7), properties.dailyLimits());
        var evaluator = new FurnaceDayEvaluator(properties);
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (int furnace = 0; furnace < 10; furnace++) {
            var allowance = new MarkingAllowance(Duration.ofHours(60));
            for (LocalDate date = LocalDate.of(2025, 1, 1); date.getYear() == 2025; date = date.plusDays(1)) {
                var verdict = evaluator.evaluate(days.generate("P" + furnace, date, Map.of()), allowance);
                counts.merge(verdict.verdict().verdict(), 1, Integer::sum);
            }
        }
        assertThat(counts.keySet()).containsExactlyInAnyOrder(Verdict.values());
        assertThat(counts.get(Verdict.COMPLIANT)).isGreaterThan(3_300);
    }

    @Test
    void the_demo_plants_are_named_and_flagged_as_demo() {
        var plants = DemoPlants.generate(3, new Random(1));

        assertThat(plants).allSatisfy(p -> {
            assertThat(p.plant().name()).startsWith("示例").contains("演示");
            assertThat(p.plant().demo()).isTrue();
            assertThat(p.furnaces()).hasSize(2);
        });
    }
}
