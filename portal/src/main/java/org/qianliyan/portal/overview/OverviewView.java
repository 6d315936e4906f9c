package org.qianliyan.portal.overview;

import java.time.YearMonth;
import java.time.ZoneId;
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
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.qianliyan.frontend.chart.EChart;
import org.qianliyan.portal.incinerator.IncineratorProperties;
import org.qianliyan.portal.incinerator.ui.IncineratorMapView;
import org.qianliyan.portal.incinerator.ui.PlantMap;

/**
 * 首页: what happened lately, at a glance. The compliance figures, the newest exceedance days and cases, the plants on
 * the national map, monthly trends and what the public raises about plants (counts only). The records per dataset
 * are on the open-data page.
 */
@Route("")
@AnonymousAllowed
public class OverviewView extends Div implements HasDynamicTitle {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    public OverviewView(IndexCounts indexCounts, NationwideCompliance nationwide, RecentActivity recent,
                        IncineratorProperties mapSettings) {
        addClassName("qly-page");
        add(new H1(getTranslation("overview.title")), FrontPageText.lede(getTranslation("overview.lede")));
        if (indexCounts.demo(IndexCounts.PUBLIC_DATASETS) > 0) {
            Paragraph demo = new Paragraph(getTranslation("overview.demo-notice"));
            demo.setId("overview-demo-notice");
            demo.addClassName("qly-incinerator-demo");
            add(demo);
        }
        NationwideCompliance.Snapshot compliance = nationwide.snapshot();
        RecentActivity.Lately lately = recent.upTo(YearMonth.now(BEIJING));
        add(new H2(getTranslation("overview.compliance.title", compliance.period().from(), compliance.period().to())),
                complianceFigures(compliance));
        Div latest = new Div(new LatestExceedances(lately.exceedances()), new LatestCases(lately.cases()));
        latest.addClassName("qly-front-latest");
        add(latest, map(compliance, mapSettings), new Trends(lately));
        if (!compliance.byProvince().isEmpty()) {
            add(provincesRanked(compliance.byProvince()));
        }
    }

    private Div map(NationwideCompliance.Snapshot compliance, IncineratorProperties mapSettings) {
        Div section = new Div(new H2(getTranslation("overview.map.title")),
                FrontPageText.lede(getTranslation("overview.map.lede", compliance.period().from(),
                        compliance.period().to())),
                new PlantMap(compliance.plants(), mapSettings, "overview-map", "520px"),
                new RouterLink(getTranslation("overview.map.full"), IncineratorMapView.class));
        section.setId("overview-map-section");
        section.addClassName("qly-front-section");
        return section;
    }

    private Div complianceFigures(NationwideCompliance.Snapshot compliance) {
        Div figures = new Div();
        figures.addClassName("qly-figures");
        figures.add(figure(compliance.plants().size(), "overview.compliance.plants"),
                figure(compliance.reporting(), "overview.compliance.reporting"),
                figure(compliance.exceedanceDays(), "overview.compliance.exceedance-days"));
        figures.setId("overview-compliance");
        return figures;
    }

    private Div figure(long value, String labelKey) {
        Span number = new Span(String.format("%,d", value));
        number.addClassName("qly-figure-value");
        Div label = new Div(getTranslation(labelKey));
        label.addClassName("qly-figure-label");
        Div figure = new Div(number, label);
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

    @Override
    public String getPageTitle() {
        return getTranslation("overview.page-title");
    }
}
