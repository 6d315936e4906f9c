package org.qianliyan.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.FieldValue;
import org.junit.jupiter.api.Test;

class SearchCursorTest {

    @Test
    void a_cursor_round_trips_its_sort_values() {
        SearchCursor cursor = SearchCursor.first(SearchSort.DATE).advanced(Map.of(
                SearchHit.Kind.CASE, List.of(FieldValue.of(1_700_000_000_000L), FieldValue.of("case-1"), FieldValue.of(7)),
                SearchHit.Kind.POST, List.of(FieldValue.of(2.5), FieldValue.NULL, FieldValue.of(3))));

        SearchCursor decoded = SearchCursor.decode(cursor.encode(), SearchSort.DATE);

        assertThat(decoded.after(SearchHit.Kind.CASE)).extracting(FieldValue::_toJsonString)
                .containsExactly("1700000000000", "case-1", "7");
        assertThat(decoded.after(SearchHit.Kind.POST).get(0).doubleValue()).isEqualTo(2.5);
        assertThat(decoded.after(SearchHit.Kind.POST).get(1).isNull()).as("a missing tiebreak").isTrue();
        assertThat(decoded.after(SearchHit.Kind.FACILITY)).isEmpty();
        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void a_cursor_of_another_sort_or_garbage_is_refused_clearly() {
        String dated = SearchCursor.first(SearchSort.DATE).advanced(Map.of(SearchHit.Kind.CASE,
                List.of(FieldValue.of(1L)))).encode();
        assertThatThrownBy(() -> SearchCursor.decode(dated, SearchSort.AMOUNT)).isInstanceOf(InvalidSearchException.class)
                .hasMessageContaining("another sort");
        for (String garbage : List.of("!!!", "eyJ9", "e30", "x".repeat(5000), "eyJzIjoiZGF0ZSIsIkNBU0UiOnsiYSI6MX19")) {
            assertThatThrownBy(() -> SearchCursor.decode(garbage, SearchSort.DATE)).as(garbage)
                    .isInstanceOf(InvalidSearchException.class).hasMessageContaining("cursor");
        }
    }
}
