package org.qianliyan.portal.search.syntax;

/**
 * Bounds that keep a hostile query cheap: it is refused before anything reaches
 * Elasticsearch rather than answered slowly.
 *
 * @param maxLength  characters in the query
 * @param maxDepth   nesting of brackets and NOT
 * @param maxTerms   words, phrases, prefixes and field conditions in the whole query
 * @param maxPrefixes prefix wildcards in the whole query (each expands to many terms)
 */
public record QueryLimits(int maxLength, int maxDepth, int maxTerms, int maxPrefixes) {

    public static final QueryLimits DEFAULT = new QueryLimits(1000, 8, 32, 4);
}
