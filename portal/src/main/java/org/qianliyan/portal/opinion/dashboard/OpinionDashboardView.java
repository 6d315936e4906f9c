package org.qianliyan.portal.opinion.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.qianliyan.frontend.chart.EChart;
import org.qianliyan.portal.opinion.posts.OpinionFilter;
import org.qianliyan.portal.opinion.posts.OpinionSummary;
import org.qianliyan.portal.opinion.posts.OpinionSummaryService;
import org.qianliyan.portal.opinion.posts.PostSearch;
import org.qianliyan.portal.security.Roles;

/**
 * 舆情态势: the period's volume by source kind and by sentiment, hot words, topics, sources
 * and accounts, provinces on the map and facilities by negative mentions. The filter lives in
 * the URL; every bar, slice and province opens the posts behind it.
 */
@Route("staff/opinion")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@StyleSheet(OpinionDashboardView.STYLESHEET)
public class OpinionDashboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String STYLESHEET = "context://styles/opinion.css";

    private final OpinionSummaryService summaries;
    private final PostSearch posts;
    private final FilterBar filters = new FilterBar(this::navigate);
    private final Div content = new Div();

    public OpinionDashboardView(OpinionSummaryService summaries, PostSearch posts) {
        this.summaries = summaries;
        this.posts = posts;
        addClassNames("qly-page", "qly-opinion");
        Paragraph lede = new Paragraph(getTranslation("opinion.dashboard.lede"));
        lede.addClassName("qly-lede");
        Anchor briefing = new Anchor("staff/opinion/briefing", getTranslation("opinion.briefing.title"));
        add(new H1(getTranslation("opinion.dashboard.title")), lede, DemoNotice.create(this::getTranslation, posts),
                filters, content, briefing);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OpinionFilter filter = FilterRequest.of(event);
        OpinionSummary summary = summaries.summarize(filter);
        filters.show(filter, summary);
        DashboardCharts charts = new DashboardCharts(summary, this::getTranslation);
        content.removeAll();
        Anchor all = new Anchor(PostLinks.posts(filter), getTranslation("opinion.dashboard.total", summary.total()));
        all.setId("opinion-total");
        Paragraph total = new Paragraph(all);
        total.addClassName("qly-opinion-total");
        Div grid = new Div(
                panel("opinion.dashboard.volume", chart("opinion-volume", charts.volume()), true),
                panel("opinion.dashboard.sentiment", chart("opinion-sentiment", charts.sentiment()), true),
                panel("opinion.dashboard.hot-words", chart("opinion-hot-words", charts.hotWords()), false),
                panel("opinion.dashboard.topics", chart("opinion-topics", charts.topics()), false),
                panel("opinion.dashboard.provinces", chart("opinion-provinces", charts.provinces()), false),
                panel("opinion.dashboard.facilities", chart("opinion-facilities", charts.facilities()), false),
                panel("opinion.dashboard.sources", chart("opinion-sources", charts.sources()), false),
                panel("opinion.dashboard.accounts", chart("opinion-accounts", charts.accounts()), false));
        grid.addClassName("qly-opinion-grid");
        content.add(total, grid);
        if (summary.total() == 0) {
            content.add(new Span(getTranslation("opinion.dashboard.empty")));
        }
    }

    private void navigate(OpinionFilter filter) {
        UI.getCurrent().navigate(OpinionDashboardView.class, PostLinks.parameters(filter));
    }

    private static EChart chart(String id, String option) {
        EChart chart = new EChart();
        chart.setId(id);
        chart.setHeight("320px");
        chart.setOption(option);
        return chart;
    }

    private Div panel(String titleKey, Component chart, boolean wide) {
        Div panel = new Div(new H2(getTranslation(titleKey)), chart);
        panel.addClassName(wide ? "qly-opinion-panel-wide" : "qly-opinion-panel");
        return panel;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opinion.dashboard.title") + " · " + getTranslation("shell.brand");
    }
}
