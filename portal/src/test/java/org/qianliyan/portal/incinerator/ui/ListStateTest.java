package org.qianliyan.portal.incinerator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qianliyan.portal.incinerator.catalogue.PlantSort;
import org.qianliyan.portal.incinerator.domain.Period;
import org.qianliyan.portal.incinerator.domain.Verdict;

class ListStateTest {

    @Test
    void the_url_state_round_trips_and_the_csv_link_asks_the_api_for_the_same_rows() {
        var state = ListState.parse(Map.of("q", List.of("环保"), "province", List.of("山东"), "verdict", List.of("exceedance"),
                "sort", List.of("capacity"), "order", List.of("desc"), "from", List.of("2023-12-01"),
                "to", List.of("2023-12-03")));

        assertThat(state.filter().verdict()).isEqualTo(Verdict.EXCEEDANCE);
        assertThat(state.filter().sort()).isEqualTo(PlantSort.CAPACITY);
        assertThat(ListState.parse(state.parameters().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())))))
                .isEqualTo(state);
        assertThat(state.csvUrl()).startsWith("/api/v1/facilities?q=%E7%8E%AF%E4%BF%9D&province=")
                .contains("verdict=exceedance", "sort=capacity", "order=desc", "from=2023-12-01", "to=2023-12-03")
                .endsWith("format=csv");
    }

    @Test
    void unreadable_parameters_fall_back_to_defaults_instead_of_failing_the_page() {
        var state = ListState.parse(Map.of("verdict", List.of("bogus"), "from", List.of("yesterday"),
                "min_capacity", List.of("-5")));
        var fallback = new Period(LocalDate.of(2023, 11, 4), LocalDate.of(2023, 12, 3));

        assertThat(state.filter().verdict()).isNull();
        assertThat(state.filter().minCapacity()).isNull();
        assertThat(state.period(fallback)).isEqualTo(fallback);
    }
}
