package org.qianliyan.portal.enforcement.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.qianliyan.portal.enforcement.domain.CaseStatus;
import org.qianliyan.portal.enforcement.domain.EnforcementCase;
import org.qianliyan.portal.enforcement.search.CaseFacet;
import org.qianliyan.portal.enforcement.search.CasePage;
import org.qianliyan.portal.enforcement.search.CaseQuery;
import org.qianliyan.portal.enforcement.search.CaseSearch;
import org.qianliyan.portal.enforcement.search.CaseSort;
import org.qianliyan.portal.enforcement.search.FacetBucket;
import org.qianliyan.portal.enforcement.search.InvalidCaseQueryException;

/**
 * 执法公开: the case list with facets, text search, sort and paging. The whole state is in
 * the URL's query parameters (the same ones the API takes), so every view is a link and
 * the CSV download exports exactly what is listed.
 */
@Route("enforcement")
@AnonymousAllowed
public class EnforcementListView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CaseSearch search;
    private CaseQuery query = CaseQuery.all();

    public EnforcementListView(CaseSearch search) {
        this.search = search;
        addClassName("qly-page");
        setId("enforcement-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            query = CaseQuery.fromParameters(event.getLocation().getQueryParameters().getParameters());
        } catch (InvalidCaseQueryException e) {
            query = CaseQuery.all();
        }
        render(search.search(query));
    }

    private void render(CasePage page) {
        removeAll();
        add(new H1(getTranslation("enforcement.list.title")));
        Paragraph lede = new Paragraph(getTranslation("enforcement.list.lede"));
        lede.addClassName("qly-lede");
        add(lede, toolbar(page));
        Div body = new Div(facets(page), results(page));
        body.addClassName("qly-enforcement-body");
        body.getStyle().set("display", "flex").set("gap", "var(--lumo-space-l)").set("align-items", "flex-start");
        add(body);
    }

    private HorizontalLayout toolbar(CasePage page) {
        TextField text = new TextField();
        text.setId("enforcement-search");
        text.setPlaceholder(getTranslation("enforcement.list.search"));
        text.setValue(query.text());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        text.addValueChangeListener(e -> navigate(query.withText(e.getValue())));

        Select<CaseSort> sort = new Select<>();
        sort.setId("enforcement-sort");
        sort.setLabel(getTranslation("enforcement.list.sort"));
        sort.setItems(CaseSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("enforcement.sort." + s.name()));
        sort.setValue(query.sort());
        sort.addValueChangeListener(e -> navigate(query.withSort(e.getValue())));

        Span total = new Span(getTranslation("enforcement.list.total", page.total()));
        total.setId("enforcement-total");
        Anchor download = new Anchor("api/v1/cases.csv" + queryString(query.withPage(0)),
                getTranslation("enforcement.list.download"));
        download.setId("enforcement-download");
        download.getElement().setAttribute("download", true);
        // A file from the API, not a view: the client-side router must let the browser fetch it.
        download.setRouterIgnore(true);
        Anchor statistics = new Anchor("enforcement/statistics", getTranslation("enforcement.list.statistics"));
        HorizontalLayout toolbar = new HorizontalLayout(text, sort, total, download, statistics);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        return toolbar;
    }

    private Div facets(CasePage page) {
        Div facets = new Div();
        facets.addClassName("qly-facets");
        facets.setMinWidth("14rem");
        if (!query.filters().isEmpty()) {
            facets.add(new Anchor("enforcement", getTranslation("enforcement.list.clear")));
        }
        for (CaseFacet facet : CaseFacet.values()) {
            List<FacetBucket> buckets = page.facets().getOrDefault(facet, List.of());
            if (buckets.isEmpty()) {
                continue;
            }
            Div group = new Div(new H3(getTranslation("enforcement.facet." + facet.name())));
            group.setId("facet-" + facet.parameter());
            String selected = query.filters().get(facet);
            for (FacetBucket bucket : buckets) {
                boolean active = bucket.value().equals(selected);
                CaseQuery target = query.withFilter(facet, active ? null : bucket.value());
                Anchor link = new Anchor("enforcement" + queryString(target),
                        CaseLabels.facetValue(this, facet, bucket.value()) + " (" + bucket.count() + ")");
                link.addClassName("qly-facet-value");
                if (active) {
                    link.getStyle().set("font-weight", "bold");
                }
                Div line = new Div(link);
                group.add(line);
            }
            facets.add(group);
        }
        return facets;
    }

    private Div results(CasePage page) {
        Div results = new Div();
        results.getStyle().set("flex", "1");
        if (page.cases().isEmpty()) {
            results.add(new Paragraph(getTranslation("enforcement.list.empty")));
            return results;
        }
        Grid<EnforcementCase> grid = new Grid<>();
        grid.setId("enforcement-grid");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::partyLink).setHeader(getTranslation("enforcement.column.party"))
                .setFlexGrow(3);
        grid.addColumn(EnforcementCase::decisionNumber).setHeader(getTranslation("enforcement.column.number"))
                .setFlexGrow(2);
        grid.addColumn(c -> c.decisionDate().toString()).setHeader(getTranslation("enforcement.column.date"));
        grid.addColumn(c -> CaseLabels.tenThousandYuan(c.penaltyAmount()))
                .setHeader(getTranslation("enforcement.column.amount"));
        grid.addColumn(EnforcementCase::authority).setHeader(getTranslation("enforcement.column.authority"))
                .setFlexGrow(2);
        grid.addColumn(c -> getTranslation("enforcement.status." + CaseStatus.of(c).name()))
                .setHeader(getTranslation("enforcement.column.status"));
        grid.setItems(page.cases());
        results.add(grid, pager(page));
        return results;
    }

    private Div partyLink(EnforcementCase value) {
        Div cell = new Div(new Anchor("enforcement/" + value.id(), value.partyName()));
        if (value.demo()) {
            Span demo = new Span(getTranslation("enforcement.list.demo"));
            demo.getElement().getThemeList().add("badge contrast");
            cell.add(new Span(" "), demo);
        }
        return cell;
    }

    private HorizontalLayout pager(CasePage page) {
        HorizontalLayout pager = new HorizontalLayout();
        if (query.page() > 0) {
            pager.add(new Anchor("enforcement" + queryString(query.withPage(query.page() - 1)),
                    getTranslation("enforcement.list.previous")));
        }
        long shownSoFar = (long) (query.page() + 1) * query.size();
        if (shownSoFar < page.total() && shownSoFar + query.size() <= CaseQuery.MAX_WINDOW) {
            Anchor next = new Anchor("enforcement" + queryString(query.withPage(query.page() + 1)),
                    getTranslation("enforcement.list.next"));
            next.setId("enforcement-next");
            pager.add(next);
        }
        return pager;
    }

    private void navigate(CaseQuery target) {
        UI.getCurrent().navigate("enforcement", QueryParameters.simple(target.toParameters()));
    }

    static String queryString(CaseQuery target) {
        Map<String, String> parameters = target.toParameters();
        if (parameters.isEmpty()) {
            return "";
        }
        return "?" + QueryParameters.simple(parameters).getQueryString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("enforcement.list.page-title");
    }
}
