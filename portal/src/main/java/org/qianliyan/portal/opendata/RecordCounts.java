package org.qianliyan.portal.opendata;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.qianliyan.frontend.chart.EChart;
import org.qianliyan.portal.overview.IndexCounts;

/** How many records each public dataset holds, as figures and a chart drawn from the live index. */
class RecordCounts extends Div {

    private static final ObjectMapper JSON = new ObjectMapper();

    RecordCounts(IndexCounts indexCounts) {
        setId("opendata-counts");
        Map<String, Long> counts = indexCounts.of(IndexCounts.PUBLIC_DATASETS);
        add(new H2(getTranslation("opendata.counts.title")));
        if (indexCounts.demo(IndexCounts.PUBLIC_DATASETS) > 0) {
            Paragraph demo = new Paragraph(getTranslation("opendata.counts.demo"));
            demo.addClassName("qly-incinerator-demo");
            add(demo);
        }
        add(figures(counts), chart(counts));
    }

    private Div figures(Map<String, Long> counts) {
        Div figures = new Div();
        figures.addClassName("qly-figures");
        counts.forEach((index, count) -> {
            Span value = new Span(String.format("%,d", count));
            value.addClassName("qly-figure-value");
            Div label = new Div(getTranslation("index." + index));
            label.addClassName("qly-figure-label");
            Div figure = new Div(value, label);
            figure.addClassNames("qly-card", "qly-figure");
            figures.add(figure);
        });
        return figures;
    }

    private EChart chart(Map<String, Long> counts) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("tooltip");
        option.putObject("grid").put("containLabel", true).put("left", 8).put("right", 16);
        ArrayNode names = option.putObject("xAxis").put("type", "category").putArray("data");
        option.putObject("yAxis").put("type", "value").put("name", getTranslation("opendata.counts.axis"));
        ObjectNode series = option.putArray("series").addObject().put("type", "bar")
                .put("name", getTranslation("opendata.counts.axis"));
        series.putObject("itemStyle").put("borderRadius", 4);
        ArrayNode data = series.putArray("data");
        counts.forEach((index, count) -> {
            names.add(getTranslation("index." + index));
            data.add(count);
        });
        EChart chart = new EChart();
        chart.setId("opendata-counts-chart");
        chart.setOption(option.toString());
        return chart;
    }
}
