package org.qianliyan.portal.opinion.briefing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.qianliyan.frontend.chart.EChart;
import org.qianliyan.portal.opinion.dashboard.OpinionDashboardView;
import org.qianliyan.portal.opinion.posts.InvalidFilterException;
import org.qianliyan.portal.security.Roles;

/**
 * 舆情简报: choose daily or weekly and the last day; the briefing shows as on paper (the print
 * stylesheet hides everything else) and downloads as PDF or DOCX from the staff API.
 */
@Route("staff/opinion/briefing")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@StyleSheet(OpinionDashboardView.STYLESHEET)
public class BriefingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BriefingService briefings;
    private final Select<BriefingKind> kind = new Select<>();
    private final DatePicker date = new DatePicker();
    private final Anchor pdf = new Anchor();
    private final Anchor docx = new Anchor();
    private final Div document = new Div();
    private boolean showing;

    public BriefingView(BriefingService briefings) {
        this.briefings = briefings;
        addClassNames("qly-page", "qly-briefing");
        kind.setLabel(getTranslation("opinion.briefing.kind"));
        kind.setItems(BriefingKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("opinion.briefing." + k.parameter()));
        kind.setId("briefing-kind");
        date.setLabel(getTranslation("opinion.briefing.date"));
        date.setId("briefing-date");
        kind.addValueChangeListener(e -> changed());
        date.addValueChangeListener(e -> changed());
        Button print = new Button(getTranslation("opinion.briefing.print"),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.setId("briefing-print");
        download(pdf, "briefing-pdf", "opinion.briefing.pdf");
        download(docx, "briefing-docx", "opinion.briefing.docx");
        FlexLayout controls = new FlexLayout(kind, date, print, pdf, docx);
        controls.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        controls.setAlignItems(FlexLayout.Alignment.BASELINE);
        controls.addClassNames("qly-briefing-controls", "qly-opinion-filters");
        Paragraph lede = new Paragraph(getTranslation("opinion.briefing.lede"));
        lede.addClassNames("qly-lede", "qly-briefing-controls");
        document.setId("briefing-document");
        add(controls, lede, document);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> p = event.getLocation().getQueryParameters().getParameters();
        BriefingKind chosenKind = BriefingKind.DAILY;
        LocalDate lastDay = briefings.yesterday();
        try {
            if (p.containsKey("kind")) {
                chosenKind = BriefingKind.parse(p.get("kind").get(0));
            }
            if (p.containsKey("date")) {
                lastDay = LocalDate.parse(p.get("date").get(0));
            }
        } catch (InvalidFilterException | DateTimeParseException e) {
            Notification.show(getTranslation("opinion.filter.invalid", e.getMessage()), 6_000, Notification.Position.MIDDLE);
        }
        showing = true;
        try {
            kind.setValue(chosenKind);
            date.setValue(lastDay);
        } finally {
            showing = false;
        }
        String api = "api/v1/staff/briefings/" + chosenKind.parameter() + "?date=" + lastDay + "&lang="
                + (getLocale().getLanguage().equals("en") ? "en" : "zh");
        pdf.setHref(api + "&format=pdf");
        docx.setHref(api + "&format=docx");
        show(BriefingContent.of(briefings.build(chosenKind, lastDay), this::getTranslation));
    }

    private void show(List<BriefingBlock> blocks) {
        document.removeAll();
        int chart = 0;
        for (BriefingBlock block : blocks) {
            if (block instanceof BriefingBlock.Heading h) {
                document.add(h.level() == 1 ? new H1(h.text()) : new H2(h.text()));
            } else if (block instanceof BriefingBlock.Text t) {
                document.add(new Paragraph(t.text()));
            } else if (block instanceof BriefingBlock.Table t) {
                document.add(table(t));
            } else if (block instanceof BriefingBlock.Bars b) {
                document.add(bars(b, "briefing-chart-" + chart++));
            }
        }
    }

    private static Component table(BriefingBlock.Table t) {
        NativeTable table = new NativeTable();
        NativeTableRow header = new NativeTableRow();
        t.headers().forEach(h -> header.add(new NativeTableHeaderCell(h)));
        table.getHead().add(header);
        NativeTableBody body = table.getBody();
        for (List<String> row : t.rows()) {
            NativeTableRow tr = new NativeTableRow();
            row.forEach(v -> tr.add(new NativeTableCell(v)));
            body.add(tr);
        }
        return table;
    }

    private static Component bars(BriefingBlock.Bars b, String id) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("grid").put("containLabel", true).put("left", 8).put("right", 8).put("top", 16).put("bottom", 8);
        var categories = option.putObject("xAxis").put("type", "category").putArray("data");
        b.labels().forEach(categories::add);
        option.putObject("yAxis").put("type", "value").put("minInterval", 1);
        var data = option.putArray("series").addObject().put("type", "bar").put("animation", false).putArray("data");
        b.values().forEach(data::add);
        EChart chart = new EChart();
        chart.setId(id);
        chart.setHeight("240px");
        chart.setOption(option.toString());
        return chart;
    }

    private void changed() {
        if (showing || kind.getValue() == null || date.getValue() == null) {
            return;
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put("kind", kind.getValue().parameter());
        p.put("date", date.getValue().toString());
        UI.getCurrent().navigate(BriefingView.class, QueryParameters.simple(p));
    }

    private void download(Anchor anchor, String id, String textKey) {
        anchor.setId(id);
        anchor.setText(getTranslation(textKey));
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().setAttribute("router-ignore", true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opinion.briefing.title") + " · " + getTranslation("shell.brand");
    }
}
