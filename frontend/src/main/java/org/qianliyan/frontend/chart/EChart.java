package org.qianliyan.frontend.chart;

import java.util.Objects;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;

/**
 * An Apache ECharts chart. ECharts comes from the {@code org.webjars:echarts} WebJar and is
 * loaded as a plain script, so no npm build is needed.
 *
 * <p>Options are ECharts' own option object as JSON, for example
 * <pre>{@code
 * EChart chart = new EChart();
 * chart.setOption("""
 *     {"xAxis": {"type": "category", "data": ["facilities", "cases"]},
 *      "yAxis": {"type": "value"},
 *      "series": [{"type": "bar", "data": [1007, 42]}]}""");
 * }</pre>
 * The chart resizes with its container, and unless the option sets {@code color}, uses the
 * palette of the CSS custom properties {@code --qly-chart-1} … {@code --qly-chart-8} from the
 * portal's stylesheet.
 *
 * <p>The option is sent to the browser once, when the chart is attached (or at once if it is), and
 * is not kept afterwards: a plant page's year of daily means would otherwise stay in every
 * visitor's session. A chart that is detached and attached again must be given its option again;
 * the portal's views build new charts instead.
 */
@Tag("div")
@JavaScript("context://webjars/echarts/" + EChart.ECHARTS_VERSION + "/echarts.min.js")
@JavaScript("context://scripts/qianliyan-chart.js")
public class EChart extends Div {

    /** Must match the {@code org.webjars:echarts} dependency. */
    static final String ECHARTS_VERSION = "5.5.0";

    /** The option until it has been sent to the attached chart; null once sent. */
    private String unsentOption = "{}";

    public EChart() {
        addClassName("qly-chart");
        // ECharts needs a height; callers may change it with setHeight.
        setHeight("360px");
        setWidthFull();
    }

    /** Replaces the chart's option (ECharts JSON); rendered now if attached, else on attach. */
    public void setOption(String optionJson) {
        unsentOption = Objects.requireNonNull(optionJson, "optionJson");
        getElement().setAttribute("data-option-length", String.valueOf(optionJson.length()));
        if (isAttached()) {
            render();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (unsentOption != null) {
            render();
        }
    }

    private void render() {
        // The two scripts load asynchronously; the helper waits for them before drawing.
        getElement().executeJs("(function wait(el, option, tries) {"
                + " if (window.qianliyanChart && window.echarts) { window.qianliyanChart.render(el, option); }"
                + " else if (tries > 0) { setTimeout(function () { wait(el, option, tries - 1); }, 50); }"
                + "})($0, $1, 200)", getElement(), unsentOption);
        unsentOption = null;
    }
}
