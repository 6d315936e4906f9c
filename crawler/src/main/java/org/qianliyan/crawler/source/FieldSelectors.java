package org.qianliyan.crawler.source;

/**
 * CSS selectors (jsoup syntax) for a site's article fields; any may be null, in which case
 * the generic extractor finds that field.
 *
 * @param title  the title element
 * @param date   the element holding the publication date
 * @param author the element holding the author or 来源
 * @param body   the article body
 */
public record FieldSelectors(String title, String date, String author, String body) {

    /** No selectors: everything from the generic extractor. */
    public static final FieldSelectors NONE = new FieldSelectors(null, null, null, null);
}
