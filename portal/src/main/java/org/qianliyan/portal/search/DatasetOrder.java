package org.qianliyan.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import co.elastic.clients.elasticsearch._types.FieldSort;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.util.ObjectBuilder;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;

/**
 * The sort of one dataset for a {@link SearchSort}, ending in a unique tiebreak so that
 * {@code search_after} pages neither skip nor repeat; and how two hits of different datasets
 * compare, which uses only the leading values that mean the same in every dataset (score,
 * date, amount).
 */
final class DatasetOrder {

    private DatasetOrder() {
    }

    static List<SortOptions> sort(SearchSort sort, SearchHit.Kind kind) {
        DatasetFields fields = DatasetFields.of(kind);
        List<SortOptions> options = new ArrayList<>();
        switch (sort) {
            case RELEVANCE -> options.add(SortOptions.of(s -> s.score(score -> score.order(SortOrder.Desc))));
            case DATE -> options.add(dateDescending(fields));
            case AMOUNT -> {
                // Plants and articles have no amount: 0, so they follow every fined case.
                options.add(field(f -> f.field(DatasetFields.AMOUNT_FIELD).order(SortOrder.Desc)
                        .unmappedType(FieldType.Double).missing(FieldValue.of(0))));
                options.add(dateDescending(fields));
            }
        }
        options.add(field(f -> f.field(fields.tiebreak()).order(SortOrder.Asc).unmappedType(FieldType.Keyword)
                .missing(FieldValue.of("_last"))));
        options.add(field(f -> f.field("_doc").order(SortOrder.Asc)));
        return options;
    }

    /** How many leading sort values are comparable across datasets. */
    static int comparableValues(SearchSort sort) {
        return sort == SearchSort.AMOUNT ? 2 : 1;
    }

    private static SortOptions dateDescending(DatasetFields fields) {
        return field(f -> f.field(fields.dateField()).order(SortOrder.Desc).missing(FieldValue.of("_last")));
    }

    private static SortOptions field(Function<FieldSort.Builder, ObjectBuilder<FieldSort>> sort) {
        return SortOptions.of(s -> s.field(sort));
    }
}
