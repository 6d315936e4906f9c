package org.qianliyan.portal.search;

import java.util.List;
import java.util.Map;

/**
 * What a search found.
 *
 * @param query  the query as given
 * @param totals matches per dataset (all of them, not only those returned)
 * @param hits   the best matches of each dataset, up to the page size each
 */
public record SearchResults(String query, Map<SearchHit.Kind, Long> totals, List<SearchHit> hits) {

    public long total() {
        return totals.values().stream().mapToLong(Long::longValue).sum();
    }
}
