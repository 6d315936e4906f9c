package org.qianliyan.portal.overview;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.qianliyan.frontend.chart.EChart;
import org.qianliyan.portal.opinion.review.ConfirmedComplaints;

/**
 * The front page's monthly trends: exceedance days beside cases decided, and confirmed complaints about plants with
 * their topics (counts only: posts are never shown to the public one by one, DESIGN §8).
 */
class Trends extends Div {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXCEEDANCE_COLOUR = "#c62828";
    private static final String CASES_COLOUR = "#3f7cac";
    private static final String COMPLAINTS_COLOUR = "#7b5ea7";

    Trends(RecentActivity.Lately lately) {
        addClassName("qly-front-section");
        setId("overview-trends");
        add(new H2(getTranslation("overview.trends.title", RecentActivity.MONTHS)),
                enforcementChart(lately.exceedanceDays(), lately.casesDecided()));
        Div complaints = new Div(new H2(getTranslation("overview.complaints.title")),
                FrontPageText.lede(getTranslation("overview.complaints.lede")));
        complaints.setId("overview-complaints");
        complaints.addClassName("qly-front-section");
        if (lately.complaintCount() == 0) {
            complaints.add(FrontPageText.empty(getTranslation("overview.complaints.none")));
        } else {
            complaints.add(complaintsChart(lately.complaints()));
            if (!lately.complaintTopics().isEmpty()) {
                complaints.add(topics(lately.complaintTopics()));
            }
        }
        add(complaints);
    }

    private EChart enforcementChart(Map<YearMonth, Long> exceedanceDays, Map<YearMonth, Long> casesDecided) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("top", 0);
        option.putObject("grid").put("containLabel", true).put("left", 8).put("right", 8).put("top", 48);
        ArrayNode months = option.putObject("xAxis").put("type", "category").putArray("data");
        exceedanceDays.keySet().forEach(month -> months.add(month.toString()));
        ArrayNode axes = option.putArray("yAxis");
        axes.addObject().put("type", "value").put("minInterval", 1).put("name", getTranslation("overview.trends.exceedance-days"));
        axes.addObject().put("type", "value").put("minInterval", 1).put("name", getTranslation("overview.trends.cases"))
                .putObject("splitLine").put("show", false);
        ArrayNode series = option.putArray("series");
        series(series, "bar", getTranslation("overview.trends.exceedance-days"), EXCEEDANCE_COLOUR, 0, exceedanceDays);
        series(series, "line", getTranslation("overview.trends.cases"), CASES_COLOUR, 1, casesDecided);
        EChart chart = new EChart();
        chart.setId("overview-trends-chart");
        chart.setOption(option.toString());
        return chart;
    }

    private static void series(ArrayNode series, String type, String name, String colour, int axis,
                               Map<YearMonth, Long> values) {
        ObjectNode s = series.addObject().put("type", type).put("name", name).put("yAxisIndex", axis);
        s.putObject("itemStyle").put("color", colour);
        ArrayNode data = s.putArray("data");
        values.values().forEach(data::add);
    }

    /** Confirmed complaints per month; a post about several topics counts once. */
    private EChart complaintsChart(List<ConfirmedComplaints.Month> months) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("grid").put("containLabel", true).put("left", 8).put("right", 8).put("top", 32);
        ArrayNode labels = option.putObject("xAxis").put("type", "category").putArray("data");
        months.forEach(month -> labels.add(month.month()));
        option.putObject("yAxis").put("type", "value").put("minInterval", 1);
        ObjectNode series = option.putArray("series").addObject().put("type", "bar")
                .put("name", getTranslation("overview.complaints.axis"));
        series.putObject("itemStyle").put("color", COMPLAINTS_COLOUR);
        ArrayNode data = series.putArray("data");
        months.forEach(month -> data.add(month.count()));
        EChart chart = new EChart();
        chart.setId("overview-complaints-chart");
        chart.setOption(option.toString());
        return chart;
    }

    /** 恶臭 12、大气 8: the topics of the window's complaints, most first. */
    private Paragraph topics(Map<String, Long> topics) {
        Paragraph line = new Paragraph(getTranslation("overview.complaints.topics", topics.entrySet().stream()
                .map(e -> getTranslation("review.topic." + e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining("、"))));
        line.setId("overview-complaint-topics");
        return line;
    }
}
