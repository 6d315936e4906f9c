package org.qianliyan.portal.enforcement.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.qianliyan.frontend.chart.EChart;
import org.qianliyan.portal.enforcement.search.CaseStatistics;

/** 执法统计: cases and fines by year and by province, as charts with the numbers beside them. */
@Route("enforcement/statistics")
@AnonymousAllowed
public class EnforcementStatisticsView extends Div implements HasDynamicTitle {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    public EnforcementStatisticsView(CaseStatistics statistics) {
        addClassName("qly-page");
        setId("enforcement-statistics");
        CaseStatistics.Breakdown breakdown = statistics.breakdown();
        add(new H1(getTranslation("enforcement.statistics.title")),
                new Anchor("enforcement", getTranslation("enforcement.case.back")));
        add(new H2(getTranslation("enforcement.statistics.by-year")), chart("chart-by-year", breakdown.byYear()),
                table(breakdown.byYear()));
        add(new H2(getTranslation("enforcement.statistics.by-province")),
                chart("chart-by-province", breakdown.byProvince()), table(breakdown.byProvince()));
    }

    /** Bars for the number of cases, a line for the fines on a second axis. */
    private EChart chart(String id, List<CaseStatistics.Tally> tallies) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend");
        option.putObject("grid").put("containLabel", true).put("left", 8).put("right", 16);
        ArrayNode keys = option.putObject("xAxis").put("type", "category").putArray("data");
        ArrayNode axes = option.putArray("yAxis");
        axes.addObject().put("type", "value").put("name", getTranslation("enforcement.statistics.cases"));
        axes.addObject().put("type", "value").put("name", getTranslation("enforcement.statistics.fines"));
        ArrayNode series = option.putArray("series");
        ArrayNode cases = series.addObject().put("type", "bar").put("name", getTranslation("enforcement.statistics.cases"))
                .putArray("data");
        ArrayNode fines = series.addObject().put("type", "line").put("yAxisIndex", 1)
                .put("name", getTranslation("enforcement.statistics.fines")).putArray("data");
        for (CaseStatistics.Tally tally : tallies) {
            keys.add(tally.key());
            cases.add(tally.cases());
            fines.add(tenThousand(tally.fineYuan()));
        }
        EChart chart = new EChart();
        chart.setId(id);
        chart.setOption(option.toString());
        return chart;
    }

    private Grid<CaseStatistics.Tally> table(List<CaseStatistics.Tally> tallies) {
        Grid<CaseStatistics.Tally> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addColumn(CaseStatistics.Tally::key).setHeader(getTranslation("enforcement.statistics.key"));
        grid.addColumn(CaseStatistics.Tally::cases).setHeader(getTranslation("enforcement.statistics.cases"));
        grid.addColumn(t -> tenThousand(t.fineYuan()).toPlainString())
                .setHeader(getTranslation("enforcement.statistics.fines"));
        grid.setItems(tallies);
        return grid;
    }

    private static BigDecimal tenThousand(BigDecimal yuan) {
        return yuan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("enforcement.statistics.page-title");
    }
}
