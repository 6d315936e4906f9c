package org.qianliyan.portal.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The facet lists beside the results: each value with its count is a link to the same search
 * filtered on it (or, when already chosen, without it), so every narrowing is a shareable URL.
 */
class SearchFacetPanel extends Div {

    SearchFacetPanel(Map<String, List<FacetCount>> facets, SearchParameters current) {
        setId("search-facets");
        addClassName("qly-search-facets");
        getStyle().set("min-width", "14em").set("max-width", "18em");
        facets.forEach((name, counts) -> {
            if (counts.isEmpty()) {
                return;
            }
            UnorderedList list = new UnorderedList();
            list.getStyle().set("padding-left", "1em").set("margin-top", "0");
            for (FacetCount count : counts) {
                list.add(new ListItem(link(name, count, current)));
            }
            add(new H3(getTranslation("search.facet." + name)), list);
        });
    }

    private Anchor link(String facetName, FacetCount count, SearchParameters current) {
        String label = label(facetName, count.value()) + " (" + count.count() + ")";
        if (FacetCounts.DATASET.equals(facetName)) {
            SearchHit.Kind kind = SearchHit.Kind.valueOf(count.value().toUpperCase(Locale.ROOT));
            boolean chosen = current.dataset().equals(Optional.of(kind));
            Anchor anchor = new Anchor(SearchLinks.page(current.withDataset(chosen ? Optional.empty() : Optional.of(kind))),
                    (chosen ? "✓ " : "") + label);
            anchor.getElement().setAttribute("data-facet", facetName);
            return anchor;
        }
        SearchFacet facet = SearchFacet.ofParameter(facetName).orElseThrow();
        boolean chosen = current.filters().getOrDefault(facet, List.of()).contains(count.value());
        Anchor anchor = new Anchor(SearchLinks.page(current.toggled(facet, count.value())), (chosen ? "✓ " : "") + label);
        anchor.getElement().setAttribute("data-facet", facetName);
        anchor.getElement().setAttribute("data-value", count.value());
        return anchor;
    }

    /** Coded values (datasets, penalty bands, source kinds, sentiments, verdicts) have translations; names and years show as stored. */
    private String label(String facetName, String value) {
        return switch (facetName) {
            case FacetCounts.DATASET -> getTranslation("search.kind." + value);
            case "band", "source", "sentiment" -> translatedOr("search.value." + facetName + "." + value, value);
            case "verdict" -> translatedOr("incinerator.verdict." + value, value);
            default -> value;
        };
    }

    private String translatedOr(String key, String fallback) {
        String translated = getTranslation(key);
        return translated == null || translated.isBlank() || translated.startsWith("!") ? fallback : translated;
    }
}
