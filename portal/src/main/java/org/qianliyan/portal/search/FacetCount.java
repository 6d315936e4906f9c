package org.qianliyan.portal.search;

/** One value of a facet and how many results have it. */
public record FacetCount(String value, long count) {
}
