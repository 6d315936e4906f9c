package org.qianliyan.portal.search;

/**
 * One result of a search across the portal's datasets.
 *
 * @param kind    which dataset it comes from
 * @param id      its id in that dataset
 * @param title   a plant's name, a case's party and decision number, an article's title
 * @param snippet the text around the first match, personal data masked for articles
 * @param date    the most relevant date (decision, publication), ISO, or empty
 * @param link    where to read it on the portal, or the article's own URL
 * @param demo    generated demo data (示例), to be labelled as such
 */
public record SearchHit(Kind kind, String id, String title, String snippet, String date, String link, boolean demo) {

    /** The datasets a search covers. */
    public enum Kind { FACILITY, CASE, POST }
}
