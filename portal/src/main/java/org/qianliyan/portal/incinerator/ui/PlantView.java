package org.qianliyan.portal.incinerator.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.qianliyan.frontend.chart.EChart;
import org.qianliyan.frontend.html.StaticHtml;
import org.qianliyan.portal.incinerator.catalogue.IncineratorCatalogue;
import org.qianliyan.portal.incinerator.catalogue.PlantSummary;
import org.qianliyan.portal.incinerator.compliance.Reason;
import org.qianliyan.portal.incinerator.domain.Furnace;
import org.qianliyan.portal.incinerator.domain.Period;
import org.qianliyan.portal.incinerator.domain.Plant;
import org.qianliyan.portal.incinerator.domain.Pollutant;
import org.qianliyan.portal.incinerator.domain.Verdict;
import org.qianliyan.portal.incinerator.api.FacilityFeedPath;
import org.qianliyan.portal.incinerator.store.FacilityDay;
import org.qianliyan.portal.incinerator.store.MeasuredMean;

/**
 * One plant: facts, furnaces, each pollutant's daily means against its limit, the
 * compliance calendar, every finding with its reason and legal basis, the link to the feed that
 * follows the plant, then what other features add as {@link PlantPageSection}s: its
 * enforcement cases, its confirmed complaints, its coverage.
 */
@Route("incinerators/:id")
@AnonymousAllowed
public class PlantView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final IncineratorCatalogue catalogue;
    private final List<PlantPageSection> sections;
    private String title = "";

    public PlantView(IncineratorCatalogue catalogue, List<PlantPageSection> sections) {
        this.catalogue = catalogue;
        this.sections = sections;
        addClassName("qly-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String id = event.getRouteParameters().get("id").orElse("");
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        Period fallback = catalogue.defaultPeriod();
        Period period = period(query, fallback);
        Optional<PlantSummary> found = catalogue.plant(id, period);
        add(new RouterLink(getTranslation("incinerator.plant.back"), IncineratorListView.class));
        if (found.isEmpty()) {
            title = getTranslation("incinerator.plant.not-found");
            add(new H1(title));
            return;
        }
        PlantSummary summary = found.get();
        Plant plant = summary.plant();
        title = plant.name();
        List<FacilityDay> days = catalogue.days(id, period);
        List<MeasuredMean> means = catalogue.means(id, period);
        Map<String, String> outlets = new HashMap<>();
        summary.furnaces().forEach(f -> outlets.put(f.pointId(), f.outletName().isEmpty() ? f.name() : f.outletName()));
        add(new H1(plant.name()), follow(id));
        if (plant.demo()) {
            Paragraph demo = new Paragraph(getTranslation("incinerator.demo.notice"));
            demo.addClassName("qly-incinerator-demo");
            add(demo);
        }
        add(facts(plant, period), new H2(getTranslation("incinerator.plant.furnaces")), furnaces(summary.furnaces()));
        add(new H2(getTranslation("incinerator.plant.calendar")), calendar(period, days));
        add(new H2(getTranslation("incinerator.plant.charts")), charts(means, outlets));
        add(new H2(getTranslation("incinerator.plant.findings")), findings(days));
        sections.forEach(section -> add(section.forPlant(id)));
        Anchor csv = new Anchor("/api/v1/facilities/" + id + "/days?format=csv&from=" + period.from() + "&to=" + period.to(),
                getTranslation("incinerator.plant.csv"));
        csv.setId("plant-csv");
        csv.getElement().setAttribute("download", true);
        csv.getElement().setAttribute("router-ignore", true);
        add(csv);
    }

    /** "Follow this plant": its Atom feed of exceedance days, cases and coverage. */
    private Anchor follow(String id) {
        Anchor follow = new Anchor(FacilityFeedPath.of(id), getTranslation("incinerator.plant.follow"));
        follow.setId("plant-follow");
        follow.getElement().setAttribute("type", "application/atom+xml");
        follow.getElement().setAttribute("router-ignore", true);
        return follow;
    }

    private static Period period(Map<String, List<String>> query, Period fallback) {
        try {
            LocalDate from = query.containsKey("from") ? LocalDate.parse(query.get("from").get(0)) : fallback.from();
            LocalDate to = query.containsKey("to") ? LocalDate.parse(query.get("to").get(0)) : fallback.to();
            return new Period(from, to);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return fallback;
        }
    }

    /** The facts card, read-only: one element (see {@link StaticHtml}) rather than a component per label and value. */
    private Html facts(Plant plant, Period period) {
        StaticHtml facts = StaticHtml.root("div").attribute("class", "qly-card qly-incinerator-facts");
        fact(facts, "incinerator.column.region", String.join(" ", plant.province(), plant.city(), plant.county()).trim());
        fact(facts, "incinerator.plant.address", plant.address());
        fact(facts, "incinerator.plant.credit-code", plant.creditCode());
        fact(facts, "incinerator.plant.capacity", plant.capacityTonnesPerDay() == null ? "" : plant.capacityTonnesPerDay() + " t/d");
        fact(facts, "incinerator.plant.power", plant.powerKilowatts() == null ? "" : String.valueOf(plant.powerKilowatts()));
        fact(facts, "incinerator.plant.start-date", plant.startDate() == null ? "" : plant.startDate().toString());
        fact(facts, "incinerator.plant.coordinates", plant.longitude() == null ? "" : plant.longitude() + ", " + plant.latitude());
        fact(facts, "incinerator.plant.period", period.from() + " – " + period.to());
        return facts.toComponent();
    }

    private void fact(StaticHtml facts, String key, String value) {
        if (!value.isEmpty()) {
            facts.open("div").attribute("class", "qly-incinerator-fact")
                    .element("span", getTranslation(key)).element("span", value).close();
        }
    }

    private Grid<Furnace> furnaces(List<Furnace> furnaces) {
        Grid<Furnace> grid = new Grid<>();
        grid.addColumn(Furnace::name).setHeader(getTranslation("incinerator.plant.furnace.name"));
        grid.addColumn(Furnace::outletName).setHeader(getTranslation("incinerator.plant.furnace.outlet"));
        grid.addColumn(Furnace::type).setHeader(getTranslation("incinerator.plant.furnace.type"));
        grid.addColumn(Furnace::capacityTonnesPerDay).setHeader(getTranslation("incinerator.plant.furnace.capacity"));
        grid.addColumn(f -> f.stopped() ? getTranslation("incinerator.plant.furnace.stopped") + " " + f.stopReason()
                : getTranslation("incinerator.plant.furnace.running")).setHeader(getTranslation("incinerator.plant.furnace.status"));
        grid.setItems(furnaces);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private EChart calendar(Period period, List<FacilityDay> days) {
        EChart chart = new EChart();
        chart.setId("plant-calendar");
        chart.setHeight(PlantCharts.calendarHeight(period) + "px");
        chart.setOption(PlantCharts.calendarOption(period, days, v -> getTranslation(v.labelKey())));
        return chart;
    }

    private Div charts(List<MeasuredMean> means, Map<String, String> outlets) {
        Div charts = new Div();
        charts.addClassName("qly-incinerator-charts");
        for (Pollutant pollutant : Pollutant.values()) {
            EChart chart = new EChart();
            chart.setId("plant-chart-" + pollutant.name().toLowerCase());
            chart.setHeight("260px");
            chart.setOption(PlantCharts.pollutantOption(pollutant, getTranslation(pollutant.labelKey()),
                    getTranslation("incinerator.plant.limit"), means, point -> outlets.getOrDefault(point, point)));
            charts.add(chart);
        }
        return charts;
    }

    private com.vaadin.flow.component.Component findings(List<FacilityDay> days) {
        List<FacilityDay> notable = days.stream().filter(d -> d.verdict() != Verdict.COMPLIANT).toList();
        if (notable.isEmpty()) {
            return new Paragraph(getTranslation("incinerator.plant.findings.none"));
        }
        Grid<FacilityDay> grid = new Grid<>();
        grid.setId("plant-findings");
        grid.addColumn(d -> d.date().toString()).setHeader(getTranslation("incinerator.plant.finding.date")).setAutoWidth(true);
        grid.addColumn(d -> d.pointId().isEmpty() ? getTranslation("incinerator.plant.no-data") : d.pointName())
                .setHeader(getTranslation("incinerator.plant.finding.outlet")).setAutoWidth(true);
        grid.addColumn(VerdictBadge.<FacilityDay>renderer(d -> Optional.of(d.verdict()), this::getTranslation))
                .setHeader(getTranslation("incinerator.plant.finding.verdict")).setAutoWidth(true);
        grid.addColumn(d -> String.join("；", d.reasons().stream().map(this::describe).toList()))
                .setHeader(getTranslation("incinerator.plant.finding.reason")).setFlexGrow(3);
        grid.addColumn(d -> String.join("；", d.reasons().stream().map(r -> r.rule().legalBasis())
                .filter(b -> !b.isEmpty()).distinct().toList())).setHeader(getTranslation("incinerator.plant.finding.basis"))
                .setFlexGrow(2);
        grid.setItems(notable);
        grid.setAllRowsVisible(notable.size() <= 20);
        return grid;
    }

    private String describe(Reason reason) {
        StringBuilder text = new StringBuilder(getTranslation("incinerator.rule." + reason.ruleId()));
        if (reason.pollutant() != null) {
            text.append(" · ").append(getTranslation(reason.pollutant().labelKey()));
        }
        if (reason.value() != null && reason.limit() != null) {
            text.append(" ").append(reason.value()).append(" / ").append(reason.limit());
        } else if (reason.value() != null) {
            text.append(" ").append(reason.value());
        }
        if (!reason.note().isEmpty()) {
            text.append(" (").append(reason.note()).append(")");
        }
        return text.toString();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("shell.brand");
    }
}
