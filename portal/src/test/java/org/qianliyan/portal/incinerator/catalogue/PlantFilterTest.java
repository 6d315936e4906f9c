package org.qianliyan.portal.incinerator.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qianliyan.portal.incinerator.domain.Plant;
import org.qianliyan.portal.incinerator.domain.Verdict;

class PlantFilterTest {

    private final List<PlantSummary> plants = List.of(
            summary("A", "金乡盛运环保电力有限公司", "山东", "济宁", 1050, Map.of(Verdict.EXCEEDANCE, 1L, Verdict.COMPLIANT, 5L)),
            summary("B", "温州龙湾伟明环保能源有限公司", "浙江", "温州", 1350, Map.of(Verdict.MISSING, 3L)),
            summary("C", "济宁中科环保电力有限公司", "山东", "济宁", 600, Map.of(Verdict.COMPLIANT, 6L)));

    @Test
    void a_name_fragment_and_a_province_narrow_the_list() {
        var filter = new PlantFilter("环保", "山东", "", null, null, PlantSort.NAME, false);

        assertThat(filter.apply(plants)).extracting(s -> s.plant().id()).containsExactlyInAnyOrder("A", "C");
    }

    @Test
    void a_verdict_keeps_plants_with_at_least_one_day_of_it() {
        var filter = new PlantFilter("", "", "", Verdict.EXCEEDANCE, null, null, false);

        assertThat(filter.apply(plants)).extracting(s -> s.plant().id()).containsExactly("A");
    }

    @Test
    void sorting_by_capacity_descending_puts_the_largest_first_and_minimum_capacity_filters() {
        var filter = new PlantFilter("", "", "", null, 1000, PlantSort.CAPACITY, true);

        assertThat(filter.apply(plants)).extracting(s -> s.plant().id()).containsExactly("B", "A");
    }

    @Test
    void the_worst_verdict_of_a_period_is_the_most_severe_day() {
        assertThat(plants.get(0).worst()).contains(Verdict.EXCEEDANCE);
        assertThat(plants.get(1).worst()).contains(Verdict.MISSING);
        assertThat(summary("D", "x", "", "", null, Map.of()).worst()).isEmpty();
    }

    static PlantSummary summary(String id, String name, String province, String city, Integer capacity,
                                Map<Verdict, Long> days) {
        return new PlantSummary(new Plant(id, name, "", province, city, "", "", 116.0, 35.0, capacity, null, null, 2, "",
                false), List.of(), days);
    }
}
