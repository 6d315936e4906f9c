package org.qianliyan.portal.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.qianliyan.portal.search.export.BackgroundExportPanel;
import org.qianliyan.portal.search.export.SearchExportJobs;
import org.qianliyan.portal.search.syntax.QueryLimits;
import org.qianliyan.portal.search.syntax.QuerySyntaxException;

/**
 * 搜索: plants, enforcement cases and articles in one search with the query syntax, facets,
 * sort and paging. The URL carries all of it ({@code /search?q=…&province=…&sort=date&cursor=…}),
 * so opening a shared link reproduces the result; facet values, the sort and the next page are
 * links to such URLs.
 */
@Route("search")
@AnonymousAllowed
public class SearchView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final SearchService search;
    private final SearchExport export;
    private final SearchExportJobs exportJobs;
    private final SearchAudience audience;
    private final TextField query = new TextField();
    private final Select<String> dataset = new Select<>();
    private final Select<SearchSort> sort = new Select<>();
    private final Div results = new Div();
    private SearchParameters current = SearchParameters.of("");

    public SearchView(SearchService search, SearchExport export, SearchExportJobs exportJobs, SearchAudience audience) {
        this.search = search;
        this.export = export;
        this.exportJobs = exportJobs;
        this.audience = audience;
        addClassName("qly-page");
        query.setId("search-query");
        query.setPlaceholder(getTranslation("search.placeholder"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setMaxLength(QueryLimits.DEFAULT.maxLength());
        query.setWidth("32em");
        query.addKeyPressListener(Key.ENTER, enter -> submit());
        dataset.setId("search-dataset");
        dataset.setItems("", "facility", "case", "post");
        dataset.setItemLabelGenerator(d -> getTranslation(d.isEmpty() ? "search.dataset.all" : "search.kind." + d));
        dataset.setValue("");
        sort.setId("search-sort");
        sort.setItems(SearchSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("search.sort." + s.parameter()));
        sort.setValue(SearchSort.RELEVANCE);
        Button go = new Button(getTranslation("search.submit"), click -> submit());
        go.setId("search-submit");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph lede = new Paragraph(getTranslation("search.lede"));
        lede.addClassName("qly-lede");
        HorizontalLayout bar = new HorizontalLayout(query, dataset, sort, go);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        Details help = new Details(getTranslation("search.syntax.title"), new Pre(getTranslation("search.syntax.body")));
        help.setId("search-syntax");
        add(new H1(getTranslation("search.title")), lede, bar, help, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        results.removeAll();
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        try {
            current = SearchParameters.fromParameters(parameters);
        } catch (InvalidSearchException e) {
            current = SearchParameters.of(parameters.getOrDefault("q", List.of("")).stream().findFirst().orElse(""));
            results.add(error(e.getMessage()));
            return;
        }
        query.setValue(current.query());
        dataset.setValue(current.dataset().map(kind -> kind.name().toLowerCase(Locale.ROOT)).orElse(""));
        sort.setValue(current.sort());
        if (current.query().isBlank()) {
            return;
        }
        try {
            show(search.search(current, audience.isStaff()));
        } catch (QuerySyntaxException | InvalidSearchException e) {
            results.add(error(e.getMessage()));
        }
    }

    private void submit() {
        String text = query.getValue().strip();
        Optional<SearchHit.Kind> kind = Optional.ofNullable(dataset.getValue()).filter(d -> !d.isEmpty())
                .map(d -> SearchHit.Kind.valueOf(d.toUpperCase(Locale.ROOT)));
        SearchParameters next = new SearchParameters(text, kind, current.filters(), sort.getValue(), "", current.size());
        getUI().ifPresent(ui -> ui.navigate("search", text.isEmpty() ? QueryParameters.empty()
                : new QueryParameters(next.toParameters())));
    }

    private void show(SearchPage page) {
        Paragraph summary = new Paragraph(getTranslation("search.summary", page.total(), page.query()));
        summary.setId("search-summary");
        results.add(summary, exports(Math.min(page.total(), SearchExport.MAX_ROWS)));
        if (page.socialPosts() != null && page.socialPosts() > 0) {
            Paragraph social = new Paragraph(getTranslation("search.social", page.socialPosts()));
            social.setId("search-social");
            results.add(social);
        }
        if (page.timedOut()) {
            results.add(new Paragraph(getTranslation("search.timed-out")));
        }
        if (page.hits().stream().anyMatch(SearchHit::demo)) {
            Paragraph demo = new Paragraph(getTranslation("search.demo-notice"));
            demo.setId("search-demo-notice");
            demo.addClassName("qly-incinerator-demo");
            results.add(demo);
        }
        Div hits = new Div();
        hits.setId("search-hits");
        hits.getStyle().set("flex", "1").set("min-width", "20em");
        if (page.hits().isEmpty()) {
            hits.add(new Paragraph(getTranslation("search.none")));
        }
        page.hits().forEach(hit -> hits.add(new SearchHitCard(hit)));
        if (page.next() != null) {
            Anchor next = new Anchor(SearchLinks.page(current.withCursor(page.next())), getTranslation("search.next"));
            next.setId("search-next");
            hits.add(new Paragraph(next));
        }
        if (!current.cursor().isEmpty()) {
            Anchor first = new Anchor(SearchLinks.page(current.withCursor("")), getTranslation("search.first"));
            first.setId("search-first");
            hits.add(new Paragraph(first));
        }
        HorizontalLayout columns = new HorizontalLayout(new SearchFacetPanel(page.facets(), current), hits);
        columns.setWidthFull();
        columns.getStyle().set("flex-wrap", "wrap").set("align-items", "flex-start");
        results.add(columns);
    }

    /** A large result set is exported in the background with progress; a small one is a direct link to the API. */
    private Div exports(long rows) {
        Div exports = new Div();
        exports.setId("search-exports");
        Anchor atom = exportLink("atom", getTranslation("search.export.atom"));
        if (exportJobs.inBackground(rows)) {
            SearchParameters asked = current;
            exports.add(new BackgroundExportPanel(exportJobs, () -> export.prepare(asked, audience.isStaff()), rows), atom);
        } else {
            exports.add(new HorizontalLayout(exportLink("csv", getTranslation("search.export.csv", rows)),
                    exportLink("xlsx", getTranslation("search.export.xlsx", rows)), atom));
        }
        return exports;
    }

    private Anchor exportLink(String format, String label) {
        Anchor link = new Anchor(SearchLinks.export(current, format), label);
        link.setId("search-export-" + format);
        link.setRouterIgnore(true);
        return link;
    }

    private static Paragraph error(String message) {
        Paragraph error = new Paragraph(message);
        error.setId("search-error");
        error.addClassName("qly-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        return error;
    }

    @Override
    public String getPageTitle() {
        String title = getTranslation("search.title") + " · " + getTranslation("shell.brand");
        return current.query().isBlank() ? title : current.query() + " · " + title;
    }
}
