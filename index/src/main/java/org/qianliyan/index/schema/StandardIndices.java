package org.qianliyan.index.schema;

import java.util.List;

/**
 * The definitions of the indices whose mappings several modules' tests share; in the portal each is declared (as an
 * {@link IndexDefinition} bean, with its {@link DocumentUpgrade}) by the feature that owns it.
 */
public final class StandardIndices {

    /** Monitored facilities (incineration plants and other sources), one document per facility. */
    public static final IndexDefinition FACILITIES = IndexDefinition.of("facilities");
    /** Enforcement cases: penalties, listed supervision, electronic supervision orders. */
    public static final IndexDefinition CASES = IndexDefinition.of("cases");
    /** Crawled posts and articles with their analysis. */
    public static final IndexDefinition POSTS = IndexDefinition.of("posts");
    /** Crawl source profiles. */
    public static final IndexDefinition SOURCES = IndexDefinition.of("sources");
    /** The crawl frontier: one document per canonical URL. */
    public static final IndexDefinition CRAWL_STATUS = IndexDefinition.of("crawl-status");

    /** All of the above. */
    public static final List<IndexDefinition> ALL = List.of(FACILITIES, CASES, POSTS, SOURCES, CRAWL_STATUS);

    private StandardIndices() {
    }
}
