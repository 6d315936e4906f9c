package org.qianliyan.portal.opinion.dashboard;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.qianliyan.portal.opinion.posts.OpinionFilter;
import org.qianliyan.portal.opinion.posts.PostRow;
import org.qianliyan.portal.opinion.posts.PostSearch;
import org.qianliyan.portal.security.Roles;

/**
 * The posts behind a dashboard filter (the same URL parameters), newest first, paged from
 * Elasticsearch as the grid scrolls, masked text only; each opens the complaint review's
 * detail page; the same list downloads as CSV.
 */
@Route("staff/opinion/posts")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@StyleSheet(OpinionDashboardView.STYLESHEET)
public class PostListView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int PAGE = 50;

    private final PostSearch posts;
    private final Grid<PostRow> grid = new Grid<>();
    private final Paragraph description = new Paragraph();
    private final Span count = new Span();
    private final Anchor csv = new Anchor();
    private final Anchor dashboard = new Anchor();

    public PostListView(PostSearch posts) {
        this.posts = posts;
        addClassNames("qly-page", "qly-opinion");
        description.setId("opinion-posts-filter");
        count.setId("opinion-posts-count");
        csv.setId("opinion-posts-csv");
        csv.setText(getTranslation("opinion.posts.csv"));
        csv.getElement().setAttribute("download", true);
        csv.getElement().setAttribute("router-ignore", true);
        dashboard.setText(getTranslation("opinion.posts.back"));
        Div line = new Div(count, csv, dashboard);
        line.addClassName("qly-opinion-summary");
        configureGrid();
        add(new H1(getTranslation("opinion.posts.title")), DemoNotice.create(this::getTranslation, posts), description,
                line, grid);
    }

    private void configureGrid() {
        grid.setId("opinion-posts");
        grid.addColumn(p -> p.publishedAt() == null ? "" : TIME.format(p.publishedAt().atZone(OpinionFilter.ZONE)))
                .setHeader(getTranslation("opinion.posts.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.sourceId() + " · " + getTranslation("opinion.kind." + p.kind())
                        + (p.author().isEmpty() ? "" : " · " + p.author()))
                .setHeader(getTranslation("opinion.posts.source")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::titleCell).setHeader(getTranslation("opinion.posts.text")).setFlexGrow(3);
        grid.addColumn(p -> p.sentiment().isEmpty() ? "" : getTranslation("opinion.sentiment." + p.sentiment()))
                .setHeader(getTranslation("opinion.posts.sentiment")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.topics().stream().map(t -> getTranslation("opinion.topic." + t)).collect(Collectors.joining("、")))
                .setHeader(getTranslation("opinion.posts.topics")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.complaint() ? getTranslation("opinion.posts.complaint-yes") : "")
                .setHeader(getTranslation("opinion.posts.complaint")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> String.join("、", p.facilityNames())).setHeader(getTranslation("opinion.posts.facility"))
                .setFlexGrow(1);
        grid.setHeight("70vh");
        grid.setPageSize(PAGE);
    }

    private Div titleCell(PostRow p) {
        Anchor title = new Anchor(PostLinks.post(p.id()), p.title().isEmpty() ? getTranslation("opinion.posts.untitled") : p.title());
        title.addClassName("qly-opinion-post-title");
        Div cell = new Div(title);
        if (p.demo()) {
            Span demo = new Span(getTranslation("opinion.demo.badge"));
            demo.getElement().getThemeList().add("badge contrast");
            cell.add(new Span(" "), demo);
        }
        Div snippet = new Div(p.snippet());
        snippet.addClassName("qly-opinion-snippet");
        cell.add(snippet);
        return cell;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OpinionFilter filter = FilterRequest.of(event);
        description.setText(describe(filter));
        csv.setHref(PostLinks.csv(filter));
        dashboard.setHref(PostLinks.dashboard(filter));
        long total = posts.page(filter, 0, 1).total();
        count.setText(getTranslation("opinion.posts.count", total));
        int reachable = (int) Math.min(total, PostSearch.MAX_WINDOW);
        grid.setItems(new CallbackDataProvider<PostRow, Void>(
                query -> fetch(filter, query.getOffset(), query.getLimit()).stream(),
                query -> reachable));
    }

    /** Grid windows don't align with pages: fetch the pages covering the window and cut it out. */
    private List<PostRow> fetch(OpinionFilter filter, int offset, int limit) {
        int first = offset / PAGE;
        int last = (offset + limit - 1) / PAGE;
        List<PostRow> rows = new java.util.ArrayList<>();
        for (int page = first; page <= last; page++) {
            rows.addAll(posts.page(filter, page, PAGE).posts());
        }
        int skip = offset - first * PAGE;
        return rows.subList(Math.min(skip, rows.size()), Math.min(skip + limit, rows.size()));
    }

    /** The filter in words: the period and every restriction. */
    private String describe(OpinionFilter filter) {
        Map<String, String> p = filter.toParameters();
        StringBuilder text = new StringBuilder(getTranslation("opinion.posts.period", p.get("from").replace('T', ' '),
                p.get("to").replace('T', ' ')));
        append(text, "opinion.filter.topic", filter.topic() == null ? null : getTranslation("opinion.topic." + filter.topic()));
        append(text, "opinion.filter.sentiment",
                filter.sentiment() == null ? null : getTranslation("opinion.sentiment." + filter.sentiment()));
        append(text, "opinion.filter.kind", filter.kind() == null ? null : getTranslation("opinion.kind." + filter.kind()));
        append(text, "opinion.filter.facility", filter.facility());
        append(text, "opinion.filter.province", filter.province());
        append(text, "opinion.filter.source", filter.source());
        append(text, "opinion.filter.author", filter.author());
        append(text, "opinion.filter.keyword", filter.keyword());
        if (filter.complaintOnly()) {
            text.append(" · ").append(getTranslation("opinion.filter.complaint"));
        }
        return text.toString();
    }

    private void append(StringBuilder text, String labelKey, String value) {
        if (value != null) {
            text.append(" · ").append(getTranslation(labelKey)).append(": ").append(value);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opinion.posts.title") + " · " + getTranslation("shell.brand");
    }
}
