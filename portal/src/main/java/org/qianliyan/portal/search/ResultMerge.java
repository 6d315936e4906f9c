package org.qianliyan.portal.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * Interleaves the sorted hits of each dataset into one page, best first: a k-way merge on
 * the leading sort values (score, date, amount), datasets in a fixed order on ties. Each
 * dataset was asked for one hit more than a page, so whether more follow is known exactly.
 */
final class ResultMerge<T> {

    /** A hit and the dataset it came from. */
    record Taken<T>(SearchHit.Kind kind, Hit<T> hit) {
    }

    /**
     * @param page      the hits of this page, in order
     * @param lastTaken per dataset that contributed, the sort values of its last hit on this page
     * @param more      whether any dataset has hits beyond this page
     */
    record Merged<T>(List<Taken<T>> page, Map<SearchHit.Kind, List<FieldValue>> lastTaken, boolean more) {
    }

    private ResultMerge() {
    }

    static <T> Merged<T> merge(Map<SearchHit.Kind, List<Hit<T>>> byKind, int size, SearchSort sort) {
        Map<SearchHit.Kind, Integer> next = new EnumMap<>(SearchHit.Kind.class);
        byKind.keySet().forEach(kind -> next.put(kind, 0));
        List<Taken<T>> page = new ArrayList<>();
        Map<SearchHit.Kind, List<FieldValue>> lastTaken = new EnumMap<>(SearchHit.Kind.class);
        int comparable = DatasetOrder.comparableValues(sort);
        while (page.size() < size) {
            SearchHit.Kind best = null;
            for (SearchHit.Kind kind : SearchHit.Kind.values()) {
                List<Hit<T>> hits = byKind.get(kind);
                if (hits == null || next.get(kind) >= hits.size()) {
                    continue;
                }
                if (best == null || before(hits.get(next.get(kind)), byKind.get(best).get(next.get(best)), comparable)) {
                    best = kind;
                }
            }
            if (best == null) {
                break;
            }
            Hit<T> hit = byKind.get(best).get(next.get(best));
            next.put(best, next.get(best) + 1);
            page.add(new Taken<>(best, hit));
            lastTaken.put(best, hit.sort());
        }
        boolean more = byKind.entrySet().stream().anyMatch(e -> next.get(e.getKey()) < e.getValue().size());
        return new Merged<>(page, lastTaken, more);
    }

    /** Whether {@code a} sorts strictly before {@code b}: larger leading values first (every order here is descending). */
    private static boolean before(Hit<?> a, Hit<?> b, int comparable) {
        for (int i = 0; i < comparable; i++) {
            int compared = Double.compare(number(a.sort(), i), number(b.sort(), i));
            if (compared != 0) {
                return compared > 0;
            }
        }
        return false;
    }

    private static double number(List<FieldValue> values, int index) {
        if (values.size() <= index) {
            return Double.NEGATIVE_INFINITY;
        }
        FieldValue value = values.get(index);
        if (value.isDouble()) {
            return value.doubleValue();
        }
        if (value.isLong()) {
            return value.longValue();
        }
        try {
            return value.isString() ? Double.parseDouble(value.stringValue()) : Double.NEGATIVE_INFINITY;
        } catch (NumberFormatException e) {
            return Double.NEGATIVE_INFINITY;
        }
    }
}
