package org.qianliyan.portal.search;

import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.qianliyan.frontend.html.StaticHtml;

/**
 * A plant's coverage for its page: the newest articles linked to it (institutional sources for
 * the public), how many individual social posts mention it, and a link to all of them in search.
 * Drop it into any view: {@code add(new FacilityCoveragePanel(coverage, facilityId))}.
 */
public class FacilityCoveragePanel extends Div {

    static final int SHOWN = 20;

    public FacilityCoveragePanel(FacilityCoverage coverage, String facilityId) {
        setId("plant-coverage");
        addClassName("qly-plant-coverage");
        add(new H2(getTranslation("search.coverage.title")));
        SearchPage page = coverage.newest(facilityId, SHOWN);
        if (page.hits().isEmpty()) {
            add(new Paragraph(getTranslation("search.coverage.none")));
        } else {
            // Read-only links: one element for the list (see StaticHtml), not four components per article.
            StaticHtml articles = StaticHtml.root("ul");
            for (SearchHit hit : page.hits()) {
                articles.open("li").attribute("data-id", hit.id())
                        .open("a").attribute("href", hit.link()).attribute("target", "_blank")
                        .attribute("rel", "noopener noreferrer").text(hit.title().isBlank() ? hit.link() : hit.title()).close();
                if (!hit.date().isBlank()) {
                    articles.element("span", " · " + (hit.date().length() > 10 ? hit.date().substring(0, 10) : hit.date()));
                }
                articles.close();
            }
            add(articles.toComponent());
        }
        if (page.socialPosts() != null && page.socialPosts() > 0) {
            add(new Paragraph(getTranslation("search.coverage.social", page.socialPosts())));
        }
        SearchParameters all = new SearchParameters(page.query(), Optional.of(SearchHit.Kind.POST), Map.of(), SearchSort.DATE,
                "", SearchParameters.DEFAULT_SIZE);
        Anchor more = new Anchor(SearchLinks.page(all), getTranslation("search.coverage.all", page.total()));
        more.setId("plant-coverage-all");
        add(more);
    }
}
