package org.qianliyan.portal.search;

import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

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
            UnorderedList articles = new UnorderedList();
            for (SearchHit hit : page.hits()) {
                Anchor title = new Anchor(hit.link(), hit.title().isBlank() ? hit.link() : hit.title());
                title.setTarget("_blank");
                title.getElement().setAttribute("rel", "noopener noreferrer");
                ListItem item = new ListItem(title);
                item.getElement().setAttribute("data-id", hit.id());
                if (!hit.date().isBlank()) {
                    item.add(new Span(" · " + (hit.date().length() > 10 ? hit.date().substring(0, 10) : hit.date())));
                }
                articles.add(item);
            }
            add(articles);
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
