package org.qianliyan.portal.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;
import org.qianliyan.nlp.link.RegionNames;
import org.qianliyan.portal.search.syntax.SearchExpression;
import org.qianliyan.portal.search.syntax.SearchField;

/**
 * Turns a parsed {@link SearchExpression} into the Elasticsearch query of one dataset. Free
 * words match as an exact phrase on the raw text (names, places, 文号 as written) or as HanLP
 * words on the segmented fields (recall); a named field the dataset does not have matches
 * nothing there (so {@code authority:…} narrows to cases). Nothing is passed to Elasticsearch
 * as query syntax: every clause is built here.
 */
final class SearchQueries {

    /** Terms one prefix wildcard may expand to (Lucene's top-terms rewrite keeps the best). */
    static final String PREFIX_REWRITE = "top_terms_64";
    private static final int MAX_WORDS = 12;
    private static final float EXACT_BOOST = 3f;

    private final Function<String, List<String>> segmenter;

    /** @param segmenter the same HanLP segmentation the index uses ({@code TextAnalyzer::segmentForIndex}) */
    SearchQueries(Function<String, List<String>> segmenter) {
        this.segmenter = segmenter;
    }

    Query toQuery(SearchExpression expression, DatasetFields fields) {
        if (expression instanceof SearchExpression.AllOf all) {
            return Query.of(q -> q.bool(b -> b.must(all.parts().stream().map(part -> toQuery(part, fields)).toList())));
        }
        if (expression instanceof SearchExpression.AnyOf any) {
            return Query.of(q -> q.bool(b -> b.should(any.parts().stream().map(part -> toQuery(part, fields)).toList())
                    .minimumShouldMatch("1")));
        }
        if (expression instanceof SearchExpression.Not not) {
            return Query.of(q -> q.bool(b -> b.mustNot(toQuery(not.part(), fields))));
        }
        if (expression instanceof SearchExpression.Words words) {
            return words(words.text(), fields);
        }
        if (expression instanceof SearchExpression.Phrase phrase) {
            return phrase(phrase.text(), fields);
        }
        if (expression instanceof SearchExpression.Prefix prefix) {
            return prefix(prefix.prefix(), fields);
        }
        if (expression instanceof SearchExpression.FieldValue value) {
            return fieldValue(value, fields);
        }
        return range((SearchExpression.Range) expression, fields);
    }

    private Query words(String text, DatasetFields fields) {
        List<Query> any = new ArrayList<>(phraseClauses(text, fields));
        fields.exactFields().forEach(field -> any.add(term(field, text)));
        fields.fieldsOf(SearchField.PROVINCE).ifPresent(f -> any.add(terms(f, RegionNames.provinceSpellings(text))));
        fields.fieldsOf(SearchField.CITY).ifPresent(f -> any.add(terms(f, RegionNames.citySpellings("", text))));
        List<String> segmented = segmenter.apply(text).stream().filter(w -> !w.isBlank()).limit(MAX_WORDS).toList();
        if (!segmented.isEmpty()) {
            String joined = String.join(" ", segmented);
            fields.wordFields().forEach(field -> any.add(Query.of(q -> q.match(m -> m.field(field).query(joined)
                    .operator(Operator.And)))));
            if (fields.wordFields().isEmpty() && segmented.size() > 1) {
                // No word field in this dataset: every word as a phrase somewhere, in any order.
                any.add(Query.of(q -> q.bool(b -> b.must(segmented.stream()
                        .map(word -> anyOf(phraseClauses(word, fields))).toList()))));
            }
        }
        return anyOf(any);
    }

    private Query phrase(String text, DatasetFields fields) {
        List<Query> any = new ArrayList<>(phraseClauses(text, fields));
        fields.exactFields().forEach(field -> any.add(term(field, text)));
        return anyOf(any);
    }

    private Query prefix(String prefix, DatasetFields fields) {
        List<Query> any = new ArrayList<>();
        String lower = prefix.toLowerCase(Locale.ROOT);
        fields.wordFields().forEach(field -> any.add(prefixQuery(field, lower)));
        fields.prefixFields().forEach(field -> any.add(prefixQuery(field, prefix)));
        return anyOf(any);
    }

    private Query fieldValue(SearchExpression.FieldValue value, DatasetFields fields) {
        List<String> keywordFields = fields.fieldsOf(value.field()).orElse(List.of());
        if (keywordFields.isEmpty()) {
            return matchNone();
        }
        List<String> spellings = switch (value.field()) {
            case PROVINCE -> RegionNames.provinceSpellings(value.value());
            case CITY -> RegionNames.citySpellings("", value.value());
            case VERDICT -> List.of(VerdictNames.stored(value.value()));
            default -> List.of();
        };
        List<Query> any = new ArrayList<>();
        for (String field : keywordFields) {
            boolean id = DatasetFields.ID.equals(field);
            if (value.prefix()) {
                // Elasticsearch refuses prefix queries on _id; the name fields beside it take the prefix.
                if (!id) {
                    any.add(prefixQuery(field, value.value()));
                }
            } else if (id) {
                any.add(Query.of(q -> q.ids(i -> i.values(value.value()))));
            } else {
                any.add(terms(field, spellings.isEmpty() ? List.of(value.value()) : spellings));
                fields.textTwinOf(field).ifPresent(text -> any.add(Query.of(q -> q.matchPhrase(m -> m.field(text)
                        .query(value.value())))));
            }
        }
        return anyOf(any);
    }

    private Query range(SearchExpression.Range range, DatasetFields fields) {
        List<String> rangeFields = fields.fieldsOf(range.field()).orElse(List.of());
        if (rangeFields.isEmpty()) {
            return matchNone();
        }
        boolean amount = range.field() == SearchField.AMOUNT;
        return anyOf(rangeFields.stream().map(field -> Query.of(q -> q.range(r -> r.untyped(u -> {
            u.field(field);
            if (range.lower() != null) {
                JsonData lower = bound(range.lower(), amount);
                u = range.lowerInclusive() ? u.gte(lower) : u.gt(lower);
            }
            if (range.upper() != null) {
                JsonData upper = bound(range.upper(), amount);
                u = range.upperInclusive() ? u.lte(upper) : u.lt(upper);
            }
            return u;
        })))).toList());
    }

    /** Amounts are written in 万元 and stored in yuan; dates go as written (ISO). */
    private static JsonData bound(String value, boolean amount) {
        return amount ? JsonData.of(new BigDecimal(value).multiply(BigDecimal.valueOf(10_000)).doubleValue()) : JsonData.of(value);
    }

    private static List<Query> phraseClauses(String text, DatasetFields fields) {
        List<Query> clauses = new ArrayList<>();
        for (Map.Entry<String, Float> field : fields.phraseFields().entrySet()) {
            clauses.add(Query.of(q -> q.matchPhrase(m -> m.field(field.getKey()).query(text).boost(field.getValue()))));
        }
        return clauses;
    }

    private static Query prefixQuery(String field, String prefix) {
        return Query.of(q -> q.prefix(p -> p.field(field).value(prefix).rewrite(PREFIX_REWRITE)));
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value).boost(EXACT_BOOST)));
    }

    private static Query terms(List<String> fieldNames, List<String> values) {
        return anyOf(fieldNames.stream().map(field -> terms(field, values)).toList());
    }

    private static Query terms(String field, List<String> values) {
        if (values.isEmpty()) {
            return matchNone();
        }
        return Query.of(q -> q.terms(t -> t.field(field).boost(EXACT_BOOST)
                .terms(v -> v.value(values.stream().map(FieldValue::of).toList()))));
    }

    static Query anyOf(List<Query> queries) {
        if (queries.isEmpty()) {
            return matchNone();
        }
        return queries.size() == 1 ? queries.get(0)
                : Query.of(q -> q.bool(b -> b.should(queries).minimumShouldMatch("1")));
    }

    static Query matchNone() {
        return Query.of(q -> q.matchNone(m -> m));
    }
}
