package org.qianliyan.portal.search.syntax;

import java.util.List;

/**
 * A parsed search query: the typed tree {@link QueryParser} builds from what a journalist
 * typed, which {@code SearchQueries} turns into Elasticsearch queries per dataset.
 */
public sealed interface SearchExpression {

    /** Every part must match (AND, 与, or words side by side). */
    record AllOf(List<SearchExpression> parts) implements SearchExpression {
    }

    /** At least one part must match (OR, 或). */
    record AnyOf(List<SearchExpression> parts) implements SearchExpression {
    }

    /** The part must not match (NOT, 非, a leading minus). */
    record Not(SearchExpression part) implements SearchExpression {
    }

    /** A bare word or run of characters: segmented words for recall, the raw text as a phrase for precision. */
    record Words(String text) implements SearchExpression {
    }

    /** {@code "…"}: these characters, adjacent and in this order. */
    record Phrase(String text) implements SearchExpression {
    }

    /** {@code 词*}: words starting with {@code prefix}. */
    record Prefix(String prefix) implements SearchExpression {
    }

    /** {@code province:浙江}, {@code authority:"…"}, {@code type:大气*}: a value of a named field. */
    record FieldValue(SearchField field, String value, boolean prefix) implements SearchExpression {
    }

    /**
     * {@code amount:>=10}, {@code date:[2023-01-01 TO 2023-12-31]}: a range of a numeric or date
     * field; a missing bound is open. Bounds are already checked and normalised (numbers as plain
     * decimals in the field's unit, dates as ISO {@code yyyy-MM-dd}).
     */
    record Range(SearchField field, String lower, boolean lowerInclusive, String upper, boolean upperInclusive)
            implements SearchExpression {
    }
}
