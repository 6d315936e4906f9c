package org.qianliyan.portal.search;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * One search result: dataset, title link, date, region, fine, the plants it is linked to, and the snippet with the matches
 * marked. The highlight is our own escaped HTML whose only tags are {@code <mark>} (see
 * {@link Highlights}); anything else shows as plain text.
 */
class SearchHitCard extends Div {

    SearchHitCard(SearchHit hit) {
        addClassNames("qly-card", "qly-search-hit");
        getElement().setAttribute("data-kind", hit.kind().name());
        getElement().setAttribute("data-id", hit.id());
        Span kind = new Span(getTranslation("search.kind." + hit.kind().name().toLowerCase(Locale.ROOT)));
        kind.getElement().getThemeList().add("badge");
        Anchor title = new Anchor(hit.link(), hit.title().isBlank() ? hit.id() : hit.title());
        if (hit.kind() == SearchHit.Kind.POST) {
            title.setTarget("_blank");
            title.getElement().setAttribute("rel", "noopener noreferrer");
        }
        add(kind, new Span(" "), title);
        if (hit.demo()) {
            Span demo = new Span(getTranslation("search.demo"));
            demo.getElement().getThemeList().add("badge contrast");
            add(demo);
        }
        Div meta = new Div();
        meta.addClassName("qly-search-date");
        if (!hit.date().isBlank()) {
            meta.add(new Span(hit.date().length() > 10 ? hit.date().substring(0, 10) : hit.date()));
        }
        if (!hit.region().isBlank()) {
            meta.add(new Span(" · " + hit.region()));
        }
        if (hit.amountYuan() != null && hit.amountYuan() > 0) {
            meta.add(new Span(" · " + getTranslation("search.amount", BigDecimal.valueOf(hit.amountYuan())
                    .divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString())));
        }
        add(meta);
        if (!hit.plants().isEmpty()) {
            Div plants = new Div(new Span(getTranslation("search.plants")));
            plants.addClassName("qly-search-plants");
            for (SearchHit.PlantLink plant : hit.plants()) {
                Anchor link = new Anchor(plant.link(), plant.name());
                link.getElement().setAttribute("data-plant", plant.id());
                plants.add(new Span(" "), link);
            }
            add(plants);
        }
        if (!hit.highlight().isBlank()) {
            add(new Html("<p class=\"qly-search-snippet\">" + hit.highlight() + "</p>"));
        } else if (!hit.snippet().isBlank()) {
            add(new Paragraph(hit.snippet()));
        }
    }
}
