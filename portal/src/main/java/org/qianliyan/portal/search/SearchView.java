package org.qianliyan.portal.search;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * 搜索: plants, enforcement cases and articles in one search. The query lives in the URL
 * ({@code /search?q=…}), so a search can be bookmarked and shared.
 */
@Route("search")
@AnonymousAllowed
public class SearchView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private static final int PER_KIND = 20;

    private final SearchService search;
    private final transient AuthenticationContext authentication;
    private final TextField query = new TextField();
    private final Div results = new Div();

    public SearchView(SearchService search, AuthenticationContext authentication) {
        this.search = search;
        this.authentication = authentication;
        addClassName("qly-page");
        query.setId("search-query");
        query.setPlaceholder(getTranslation("search.placeholder"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setMaxLength(SearchService.MAX_QUERY_LENGTH);
        query.setWidth("32em");
        query.addKeyPressListener(Key.ENTER, enter -> submit());
        Button go = new Button(getTranslation("search.submit"), click -> submit());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph lede = new Paragraph(getTranslation("search.lede"));
        lede.addClassName("qly-lede");
        add(new H1(getTranslation("search.title")), lede, new HorizontalLayout(query, go), results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> q = event.getLocation().getQueryParameters().getParameters().getOrDefault("q", List.of());
        String text = q.isEmpty() ? "" : q.get(0).strip();
        query.setValue(text);
        results.removeAll();
        if (!text.isEmpty()) {
            show(search.search(text.length() > SearchService.MAX_QUERY_LENGTH
                    ? text.substring(0, SearchService.MAX_QUERY_LENGTH) : text, PER_KIND, authentication.isAuthenticated()));
        }
    }

    private void submit() {
        String text = query.getValue().strip();
        getUI().ifPresent(ui -> ui.navigate("search", text.isEmpty() ? QueryParameters.empty()
                : QueryParameters.simple(Map.of("q", text))));
    }

    private void show(SearchResults found) {
        Paragraph summary = new Paragraph(getTranslation("search.summary", found.total(), found.query()));
        summary.setId("search-summary");
        results.add(summary);
        if (found.hits().stream().anyMatch(SearchHit::demo)) {
            Paragraph demo = new Paragraph(getTranslation("search.demo-notice"));
            demo.setId("search-demo-notice");
            demo.addClassName("qly-incinerator-demo");
            results.add(demo);
        }
        for (SearchHit.Kind kind : SearchHit.Kind.values()) {
            List<SearchHit> ofKind = found.hits().stream().filter(hit -> hit.kind() == kind).toList();
            long total = found.totals().getOrDefault(kind, 0L);
            results.add(new H2(getTranslation("search.kind." + kind.name().toLowerCase()) + " (" + total + ")"));
            if (ofKind.isEmpty()) {
                results.add(new Paragraph(getTranslation("search.none")));
            }
            ofKind.forEach(hit -> results.add(card(hit)));
            if (total > ofKind.size()) {
                results.add(new Paragraph(getTranslation("search.more", ofKind.size(), total)));
            }
        }
    }

    private Div card(SearchHit hit) {
        Anchor title = new Anchor(hit.link(), hit.title().isBlank() ? hit.id() : hit.title());
        if (hit.kind() == SearchHit.Kind.POST) {
            title.setTarget("_blank");
            title.getElement().setAttribute("rel", "noopener noreferrer");
        }
        Div card = new Div(title);
        card.addClassNames("qly-card", "qly-search-hit");
        if (hit.demo()) {
            Span demo = new Span(getTranslation("search.demo"));
            demo.getElement().getThemeList().add("badge contrast");
            card.add(demo);
        }
        if (!hit.date().isBlank()) {
            Span date = new Span(hit.date().length() > 10 ? hit.date().substring(0, 10) : hit.date());
            date.addClassName("qly-search-date");
            card.add(date);
        }
        if (!hit.snippet().isBlank()) {
            card.add(new Paragraph(hit.snippet()));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title") + " · " + getTranslation("shell.brand");
    }
}
