package org.qianliyan.portal.enforcement.search;

import java.util.List;
import java.util.Map;

import org.qianliyan.portal.enforcement.domain.EnforcementCase;

/** One page of the list: the total matching, the cases on this page and the facet counts. */
public record CasePage(long total, List<EnforcementCase> cases, Map<CaseFacet, List<FacetBucket>> facets) {
}
