package org.qianliyan.portal.crawl.ui;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.qianliyan.crawler.SourceProgress;
import org.qianliyan.crawler.frontier.CrawlStatus;
import org.qianliyan.portal.crawl.CrawlPass;
import org.qianliyan.portal.crawl.CrawlService;
import org.qianliyan.portal.crawl.sources.SourceRecord;
import org.qianliyan.portal.crawl.sources.SourceRepository;
import org.qianliyan.portal.crawl.sources.SourceTrial;
import org.qianliyan.portal.security.Roles;

/** 数据源: the crawl's sources with their progress; add, edit, enable or disable, test one page. */
@Route("staff/sources")
@RolesAllowed(Roles.ADMIN)
public class SourcesView extends Div implements HasDynamicTitle {

    private final SourceRepository sources;
    private final CrawlService crawls;
    private final SourceTrial trial;
    private final Grid<SourceRow> grid = new Grid<>();

    public SourcesView(SourceRepository sources, CrawlService crawls, SourceTrial trial) {
        this.sources = sources;
        this.crawls = crawls;
        this.trial = trial;
        addClassName("qly-page");
        add(new H1(getTranslation("crawl.sources.title")));
        Paragraph lede = new Paragraph(getTranslation("crawl.sources.lede"));
        lede.addClassName("qly-lede");
        add(lede);
        Button add = new Button(getTranslation("crawl.sources.add"), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("crawl-source-add");
        Button refresh = new Button(getTranslation("crawl.sources.refresh"), e -> refresh());
        add(new HorizontalLayout(add, refresh));
        configureGrid();
        add(grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("crawl-sources");
        grid.addColumn(SourceRow::id).setHeader(getTranslation("crawl.sources.id")).setAutoWidth(true);
        grid.addColumn(SourceRow::name).setHeader(getTranslation("crawl.sources.name")).setFlexGrow(1);
        grid.addColumn(SourceRow::kind).setHeader(getTranslation("crawl.sources.kind")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.enabled() ? "crawl.sources.enabled" : "crawl.sources.disabled"))
                .setHeader(getTranslation("crawl.sources.state")).setAutoWidth(true);
        grid.addColumn(SourceRow::fetched).setHeader(getTranslation("crawl.progress.fetched")).setAutoWidth(true);
        grid.addColumn(SourceRow::queued).setHeader(getTranslation("crawl.progress.queued")).setAutoWidth(true);
        grid.addColumn(SourceRow::failed).setHeader(getTranslation("crawl.progress.failed")).setAutoWidth(true);
        grid.addColumn(SourceRow::newDocs).setHeader(getTranslation("crawl.progress.new")).setAutoWidth(true);
        grid.addColumn(SourceRow::duplicates).setHeader(getTranslation("crawl.progress.duplicate")).setAutoWidth(true);
        grid.addComponentColumn(this::blockedBadge).setHeader(getTranslation("crawl.progress.blocked")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("crawl.sources.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
    }

    private Span blockedBadge(SourceRow row) {
        Span badge = new Span(row.blocked() ? getTranslation("crawl.progress.blocked-yes") : "");
        if (row.blocked()) {
            badge.getElement().getThemeList().add("badge error");
            badge.setTitle(row.blockedReason() == null ? "" : row.blockedReason());
        }
        return badge;
    }

    private HorizontalLayout actions(SourceRow row) {
        Button edit = new Button(getTranslation("crawl.sources.edit"), e -> sources.find(row.id()).ifPresent(this::edit));
        Button toggle = new Button(getTranslation(row.enabled() ? "crawl.sources.disable" : "crawl.sources.enable"), e -> {
            sources.setEnabled(row.id(), !row.enabled(), Instant.now());
            refresh();
        });
        Button test = new Button(getTranslation("crawl.sources.test"),
                e -> sources.find(row.id()).ifPresent(s -> new SourceTrialDialog(trial, s.profile()).open()));
        HorizontalLayout buttons = new HorizontalLayout(edit, toggle, test);
        if (row.blocked()) {
            buttons.add(new Button(getTranslation("crawl.sources.clear-block"), e -> {
                sources.clearBlocked(row.id());
                refresh();
            }));
        }
        buttons.getChildren().forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.LUMO_SMALL));
        return buttons;
    }

    private void edit(SourceRecord existing) {
        new SourceEditorDialog(existing == null ? null : existing.profile(), profile -> {
            sources.save(profile, Instant.now());
            refresh();
        }).open();
    }

    private void refresh() {
        List<SourceRecord> all = sources.findAll();
        Map<String, Map<CrawlStatus, Long>> frontier = new LinkedHashMap<>();
        all.forEach(s -> frontier.put(s.id(), crawls.frontierCounts(s.id())));
        Map<String, SourceProgress> pass = crawls.currentOrLastPass().map(CrawlPass::progress).orElse(Map.of());
        grid.setItems(SourceRows.of(all, frontier, pass));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("crawl.sources.title") + " · " + getTranslation("shell.brand");
    }
}
