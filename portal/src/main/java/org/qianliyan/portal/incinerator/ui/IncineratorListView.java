package org.qianliyan.portal.incinerator.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.qianliyan.portal.incinerator.catalogue.IncineratorCatalogue;
import org.qianliyan.portal.incinerator.catalogue.PlantFilter;
import org.qianliyan.portal.incinerator.catalogue.PlantSort;
import org.qianliyan.portal.incinerator.catalogue.PlantSummary;
import org.qianliyan.portal.incinerator.domain.Period;
import org.qianliyan.portal.incinerator.domain.Verdict;

/** 垃圾焚烧厂: every plant with its verdicts over a period; the URL carries the filters. */
@Route("incinerators")
@AnonymousAllowed
public class IncineratorListView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final IncineratorCatalogue catalogue;
    private final TextField text = new TextField();
    private final ComboBox<String> province = new ComboBox<>();
    private final ComboBox<String> city = new ComboBox<>();
    private final Select<Verdict> verdict = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final IntegerField minCapacity = new IntegerField();
    private final Select<PlantSort> sort = new Select<>();
    private final Checkbox descending = new Checkbox();
    private final Span count = new Span();
    private final Anchor csv = new Anchor();
    private final Paragraph demoNotice = new Paragraph();
    private final Grid<PlantSummary> grid = new Grid<>();
    private boolean applyingUrl;

    public IncineratorListView(IncineratorCatalogue catalogue) {
        this.catalogue = catalogue;
        addClassName("qly-page");
        Paragraph lede = new Paragraph(getTranslation("incinerator.list.lede"));
        lede.addClassName("qly-lede");
        demoNotice.setText(getTranslation("incinerator.demo.notice"));
        demoNotice.addClassName("qly-incinerator-demo");
        add(new H1(getTranslation("incinerator.list.title")), lede, demoNotice, filters(), summaryLine(), grid());
    }

    private FlexLayout filters() {
        text.setLabel(getTranslation("incinerator.list.search"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        province.setLabel(getTranslation("incinerator.list.province"));
        province.setClearButtonVisible(true);
        city.setLabel(getTranslation("incinerator.list.city"));
        city.setClearButtonVisible(true);
        verdict.setLabel(getTranslation("incinerator.list.verdict"));
        verdict.setItems(Verdict.EXCEEDANCE, Verdict.MISSING, Verdict.MAINTENANCE, Verdict.MARKED, Verdict.COMPLIANT);
        verdict.setEmptySelectionAllowed(true);
        verdict.setEmptySelectionCaption(getTranslation("incinerator.list.verdict.any"));
        verdict.setItemLabelGenerator(v -> v == null ? getTranslation("incinerator.list.verdict.any")
                : getTranslation(v.labelKey()));
        from.setLabel(getTranslation("incinerator.list.from"));
        to.setLabel(getTranslation("incinerator.list.to"));
        minCapacity.setLabel(getTranslation("incinerator.list.min-capacity"));
        sort.setLabel(getTranslation("incinerator.list.sort"));
        sort.setItems(PlantSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("incinerator.sort." + s.name().toLowerCase()));
        descending.setLabel(getTranslation("incinerator.list.descending"));
        text.addValueChangeListener(e -> changed());
        province.addValueChangeListener(e -> changed());
        city.addValueChangeListener(e -> changed());
        verdict.addValueChangeListener(e -> changed());
        from.addValueChangeListener(e -> changed());
        to.addValueChangeListener(e -> changed());
        minCapacity.addValueChangeListener(e -> changed());
        sort.addValueChangeListener(e -> changed());
        descending.addValueChangeListener(e -> changed());
        FlexLayout filters = new FlexLayout(text, province, city, verdict, from, to, minCapacity, sort, descending);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("qly-incinerator-filters");
        return filters;
    }

    private Div summaryLine() {
        count.setId("incinerator-count");
        csv.setText(getTranslation("incinerator.list.csv"));
        csv.setId("incinerator-csv");
        csv.getElement().setAttribute("download", true);
        csv.getElement().setAttribute("router-ignore", true);
        RouterLink map = new RouterLink(getTranslation("incinerator.list.map"), IncineratorMapView.class);
        Div line = new Div(count, csv, map);
        line.addClassName("qly-incinerator-summary");
        return line;
    }

    private Grid<PlantSummary> grid() {
        grid.setId("incinerator-grid");
        // Renderers rather than a component per row: the rows are drawn in the browser and the session keeps no
        // element for them. The link is a plain anchor, which the client-side router follows as it does a RouterLink.
        grid.addColumn(LitRenderer.<PlantSummary>of("<a href=${item.href}>${item.name}</a>")
                        .withProperty("href", s -> RouteConfiguration.forSessionScope().getUrl(PlantView.class,
                                new RouteParameters("id", s.plant().id())))
                        .withProperty("name", s -> s.plant().name()))
                .setHeader(getTranslation("incinerator.column.name")).setFlexGrow(3);
        grid.addColumn(s -> String.join(" ", s.plant().province(), s.plant().city(), s.plant().county()).trim())
                .setHeader(getTranslation("incinerator.column.region")).setFlexGrow(2);
        grid.addColumn(s -> s.plant().capacityTonnesPerDay()).setHeader(getTranslation("incinerator.column.capacity"));
        grid.addColumn(s -> s.plant().furnaceCount()).setHeader(getTranslation("incinerator.column.furnaces"));
        grid.addColumn(s -> s.days(Verdict.EXCEEDANCE)).setHeader(getTranslation("incinerator.column.exceedance"));
        grid.addColumn(s -> s.days(Verdict.MAINTENANCE)).setHeader(getTranslation("incinerator.column.maintenance"));
        grid.addColumn(s -> s.days(Verdict.MISSING)).setHeader(getTranslation("incinerator.column.missing"));
        grid.addColumn(VerdictBadge.renderer(PlantSummary::worst, this::getTranslation))
                .setHeader(getTranslation("incinerator.column.worst"));
        grid.setAllRowsVisible(false);
        grid.setHeight("70vh");
        return grid;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ListState state = ListState.parse(event.getLocation().getQueryParameters().getParameters());
        Period period = state.period(catalogue.defaultPeriod());
        List<PlantSummary> everything = catalogue.list(PlantFilter.ALL, period);
        List<PlantSummary> shown = state.filter().apply(everything);
        applyingUrl = true;
        try {
            text.setValue(state.filter().text());
            province.setItems(everything.stream().map(s -> s.plant().province()).filter(p -> !p.isEmpty())
                    .distinct().sorted().toList());
            province.setValue(state.filter().province().isEmpty() ? null : state.filter().province());
            city.setItems(everything.stream().filter(s -> state.filter().province().isEmpty()
                            || s.plant().province().equals(state.filter().province()))
                    .map(s -> s.plant().city()).filter(c -> !c.isEmpty()).distinct().sorted().toList());
            city.setValue(state.filter().city().isEmpty() ? null : state.filter().city());
            verdict.setValue(state.filter().verdict());
            from.setValue(period.from());
            to.setValue(period.to());
            minCapacity.setValue(state.filter().minCapacity());
            sort.setValue(state.filter().sort());
            descending.setValue(state.filter().descending());
        } finally {
            applyingUrl = false;
        }
        showLazily(state.filter(), period, shown.size());
        count.setText(getTranslation("incinerator.list.count", shown.size()));
        csv.setHref(new ListState(state.filter(), period.from(), period.to()).csvUrl());
        demoNotice.setVisible(everything.stream().anyMatch(s -> s.plant().demo()));
    }

    /**
     * The grid asks the catalogue for the rows it shows rather than holding the list: with China's thousand plants
     * every visitor's session would otherwise keep all of them (issue 15). A page of rows costs one more catalogue
     * query; {@code count} is the one {@link #beforeEnter} already has.
     */
    private void showLazily(PlantFilter filter, Period period, int count) {
        grid.setItems(query -> catalogue.list(filter, period).stream().skip(query.getOffset()).limit(query.getLimit()),
                query -> count);
    }

    /** A filter changed: unless the change came from reading the URL, write the new state into it. */
    private void changed() {
        if (!applyingUrl) {
            pushState();
        }
    }

    private void pushState() {
        var filter = new PlantFilter(text.getValue(), Objects.toString(province.getValue(), ""),
                Objects.toString(city.getValue(), ""), verdict.getValue(), minCapacity.getValue(), sort.getValue(),
                descending.getValue());
        var state = new ListState(filter, from.getValue(), to.getValue());
        Map<String, String> parameters = state.parameters();
        UI.getCurrent().navigate(IncineratorListView.class, QueryParameters.simple(parameters));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("incinerator.list.title") + " · " + getTranslation("shell.brand");
    }
}
