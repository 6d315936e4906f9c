package org.qianliyan.portal.search;

import java.util.List;

/**
 * One result of a search across the portal's datasets.
 *
 * @param kind      which dataset it comes from
 * @param id        its id in that dataset
 * @param title     a plant's name, a case's party and decision number, an article's title
 * @param snippet   plain text around the matches (personal data masked for articles)
 * @param highlight the same as HTML: everything escaped, matches in {@code <mark>}; empty when nothing was highlighted
 * @param date      the most relevant date (opening, decision, publication), ISO, or empty
 * @param region    province and city, or empty
 * @param amountYuan the penalty in yuan for a case with a fine, else null
 * @param link      where to read it on the portal, or the article's own URL
 * @param demo      generated demo data (示例), to be labelled as such
 * @param plants    the plants a case or an article is linked to, each with its page
 */
public record SearchHit(Kind kind, String id, String title, String snippet, String highlight, String date, String region,
                        Double amountYuan, String link, boolean demo, List<PlantLink> plants) {

    public SearchHit {
        plants = List.copyOf(plants);
    }

    /** The datasets a search covers. */
    public enum Kind { FACILITY, CASE, POST }

    /** A plant a result is linked to, and its page on the portal. */
    public record PlantLink(String id, String name, String link) {

        public PlantLink(String id, String name) {
            this(id, name, "/incinerators/" + id);
        }
    }
}
