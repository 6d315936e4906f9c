package org.qianliyan.portal.opinion.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OpinionFilterTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 10);

    @Test
    void no_parameters_mean_the_last_seven_china_days_by_day() {
        OpinionFilter f = OpinionFilter.parse(Map.of(), TODAY);

        assertThat(f.from()).isEqualTo(Instant.parse("2024-03-03T16:00:00Z"));
        assertThat(f.to()).isEqualTo(Instant.parse("2024-03-10T16:00:00Z"));
        assertThat(f.interval()).isEqualTo(Interval.DAY);
        assertThat(f.topic()).isNull();
        assertThat(f.complaintOnly()).isFalse();
    }

    @Test
    void a_to_date_includes_its_whole_day_and_an_instant_is_exact() {
        OpinionFilter days = OpinionFilter.parse(Map.of("from", "2024-03-01", "to", "2024-03-01"), TODAY);
        OpinionFilter hour = OpinionFilter.parse(Map.of("from", "2024-03-01T01:00:00Z", "to", "2024-03-01T02:00:00Z"), TODAY);

        assertThat(days.to()).isEqualTo(Instant.parse("2024-03-01T16:00:00Z"));
        assertThat(hour.from()).isEqualTo(Instant.parse("2024-03-01T01:00:00Z"));
        assertThat(hour.to()).isEqualTo(Instant.parse("2024-03-01T02:00:00Z"));
    }

    @Test
    void parameters_round_trip_through_the_url() {
        Map<String, String> p = Map.of("from", "2024-03-01", "to", "2024-03-05", "interval", "hour", "topic", "air",
                "sentiment", "negative", "kind", "weibo", "facility", "demo-001", "province", "浙江省", "complaint", "true",
                "keyword", "黑烟");
        OpinionFilter f = OpinionFilter.parse(p, TODAY);

        assertThat(f.topic()).isEqualTo("AIR");
        assertThat(f.sentiment()).isEqualTo("NEGATIVE");
        assertThat(f.kind()).isEqualTo("WEIBO");
        assertThat(OpinionFilter.parse(f.toParameters(), TODAY)).isEqualTo(f);
        assertThat(f.toParameters()).containsEntry("from", "2024-03-01").containsEntry("to", "2024-03-05")
                .containsEntry("complaint", "true");
    }

    @Test
    void narrowing_keeps_everything_else() {
        OpinionFilter f = OpinionFilter.parse(Map.of("from", "2024-03-01", "to", "2024-03-05", "kind", "rss"), TODAY);

        OpinionFilter narrowed = f.with("sentiment", "NEGATIVE");

        assertThat(narrowed.sentiment()).isEqualTo("NEGATIVE");
        assertThat(narrowed.kind()).isEqualTo("RSS");
        assertThat(narrowed.from()).isEqualTo(f.from());
        assertThat(narrowed.to()).isEqualTo(f.to());
    }

    @Test
    void the_background_is_the_periods_just_before() {
        OpinionFilter f = OpinionFilter.parse(Map.of("from", "2024-03-08", "to", "2024-03-09"), TODAY);

        OpinionFilter background = f.background(4);

        assertThat(background.to()).isEqualTo(f.from());
        assertThat(background.from()).isEqualTo(OpinionFilter.startOf(LocalDate.of(2024, 3, 0 + 8).minusDays(8)));
    }

    @Test
    void bad_values_are_refused_with_the_parameter_named() {
        assertThatThrownBy(() -> OpinionFilter.parse(Map.of("interval", "minute"), TODAY)).hasMessageContaining("interval");
        assertThatThrownBy(() -> OpinionFilter.parse(Map.of("topic", "weather"), TODAY)).hasMessageContaining("topic");
        assertThatThrownBy(() -> OpinionFilter.parse(Map.of("from", "2024-13-01"), TODAY)).hasMessageContaining("from");
        assertThatThrownBy(() -> OpinionFilter.parse(Map.of("complaint", "maybe"), TODAY)).hasMessageContaining("complaint");
        assertThatThrownBy(() -> OpinionFilter.parse(Map.of("from", "2024-03-05", "to", "2024-03-01"), TODAY))
                .isInstanceOf(InvalidFilterException.class).hasMessageContaining("before");
        assertThatThrownBy(() -> OpinionFilter.parse(Map.of("from", "2023-01-01", "to", "2024-03-01", "interval", "hour"), TODAY))
                .hasMessageContaining("buckets");
    }
}
