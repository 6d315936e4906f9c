package org.qianliyan.portal.search;

import java.util.List;
import java.util.Map;

/**
 * One page of a search.
 *
 * @param query       the query as given
 * @param totals      matches per dataset (all of them, not only this page)
 * @param hits        this page, best first in the chosen order, datasets interleaved
 * @param facets      per facet (and {@code dataset}), its values with counts over the whole result set
 * @param next        the cursor of the next page, or null on the last page
 * @param socialPosts for the public, how many individual social posts match (shown only as this count); null for staff
 * @param timedOut    whether Elasticsearch stopped early, so counts and hits may be incomplete
 */
public record SearchPage(String query, Map<SearchHit.Kind, Long> totals, List<SearchHit> hits,
                         Map<String, List<FacetCount>> facets, String next, Long socialPosts, boolean timedOut) {

    public long total() {
        return totals.values().stream().mapToLong(Long::longValue).sum();
    }
}
