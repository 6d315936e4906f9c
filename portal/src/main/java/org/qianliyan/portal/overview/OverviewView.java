package org.qianliyan.portal.overview;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.qianliyan.frontend.chart.EChart;

/** 首页: what the portal holds, with a chart drawn from the live index. */
@Route("")
@AnonymousAllowed
public class OverviewView extends Div implements HasDynamicTitle {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What the public can browse; crawl queues and sources are staff business. */
    private static final List<String> PUBLIC_DATASETS =
            List.of("facilities", "monitoring-days", "compliance-days", "cases", "posts");

    public OverviewView(IndexCounts indexCounts, NationwideCompliance nationwide) {
        addClassName("qly-page");
        Map<String, Long> counts = indexCounts.of(PUBLIC_DATASETS);
        add(new H1(getTranslation("overview.title")), lede());
        if (indexCounts.demo(PUBLIC_DATASETS) > 0) {
            Paragraph demo = new Paragraph(getTranslation("overview.demo-notice"));
            demo.setId("overview-demo-notice");
            demo.addClassName("qly-incinerator-demo");
            add(demo);
        }
        NationwideCompliance.Snapshot compliance = nationwide.snapshot();
        add(new H2(getTranslation("overview.compliance.title", compliance.period().from(), compliance.period().to())),
                complianceFigures(compliance));
        if (!compliance.byProvince().isEmpty()) {
            add(provincesRanked(compliance.byProvince()));
        }
        add(new H2(getTranslation("overview.chart.title")), figures(counts), documentsPerIndex(counts));
    }

    private Div complianceFigures(NationwideCompliance.Snapshot compliance) {
        Div figures = new Div();
        figures.addClassName("qly-figures");
        figures.add(figure(compliance.plants(), "overview.compliance.plants"),
                figure(compliance.reporting(), "overview.compliance.reporting"),
                figure(compliance.exceedanceDays(), "overview.compliance.exceedance-days"));
        figures.setId("overview-compliance");
        return figures;
    }

    private Div figure(long value, String labelKey) {
        Div label = new Div(getTranslation(labelKey));
        label.addClassName("qly-figure-label");
        Div figure = new Div(value(value), label);
        figure.addClassNames("qly-card", "qly-figure");
        return figure;
    }

    private EChart provincesRanked(Map<String, Long> byProvince) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("title").put("text", getTranslation("overview.compliance.provinces")).put("left", "center")
                .putObject("textStyle").put("fontSize", 14);
        option.putObject("tooltip");
        option.putObject("grid").put("containLabel", true).put("left", 8).put("right", 24).put("top", 40);
        option.putObject("xAxis").put("type", "value").put("minInterval", 1);
        ArrayNode provinces = option.putObject("yAxis").put("type", "category").put("inverse", true).putArray("data");
        ObjectNode series = option.putArray("series").addObject().put("type", "bar")
                .put("name", getTranslation("overview.compliance.exceedance-days"));
        series.putObject("itemStyle").put("color", "#c62828").put("borderRadius", 3);
        ArrayNode days = series.putArray("data");
        byProvince.forEach((province, count) -> {
            provinces.add(province.isBlank() ? getTranslation("overview.compliance.unknown-province") : province);
            days.add(count);
        });
        EChart chart = new EChart();
        chart.setId("overview-provinces");
        chart.setHeight(Math.max(200, 60 + 28 * byProvince.size()) + "px");
        chart.setOption(option.toString());
        return chart;
    }

    private Paragraph lede() {
        Paragraph lede = new Paragraph(getTranslation("overview.lede"));
        lede.addClassName("qly-lede");
        return lede;
    }

    private Div figures(Map<String, Long> counts) {
        Div figures = new Div();
        figures.addClassName("qly-figures");
        counts.forEach((index, count) -> {
            Div figure = new Div(value(count), label(index));
            figure.addClassNames("qly-card", "qly-figure");
            figures.add(figure);
        });
        return figures;
    }

    private static Span value(long count) {
        Span value = new Span(String.format("%,d", count));
        value.addClassName("qly-figure-value");
        return value;
    }

    private Div label(String index) {
        Div label = new Div(getTranslation("index." + index));
        label.addClassName("qly-figure-label");
        return label;
    }

    private EChart documentsPerIndex(Map<String, Long> counts) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("tooltip");
        option.putObject("grid").put("containLabel", true).put("left", 8).put("right", 16);
        ArrayNode names = option.putObject("xAxis").put("type", "category").putArray("data");
        option.putObject("yAxis").put("type", "value").put("name", getTranslation("overview.chart.axis"));
        ObjectNode series = option.putArray("series").addObject().put("type", "bar")
                .put("name", getTranslation("overview.chart.axis"));
        series.putObject("itemStyle").put("borderRadius", 4);
        ArrayNode data = series.putArray("data");
        counts.forEach((index, count) -> {
            names.add(getTranslation("index." + index));
            data.add(count);
        });
        EChart chart = new EChart();
        chart.setId("overview-chart");
        chart.setOption(option.toString());
        return chart;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.page-title");
    }
}
