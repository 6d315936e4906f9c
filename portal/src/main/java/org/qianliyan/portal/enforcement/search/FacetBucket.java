package org.qianliyan.portal.enforcement.search;

/** One value of a facet and how many cases of the current list have it. */
public record FacetBucket(String value, long count) {
}
