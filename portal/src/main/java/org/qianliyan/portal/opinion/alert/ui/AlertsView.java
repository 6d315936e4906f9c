package org.qianliyan.portal.opinion.alert.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.qianliyan.portal.opinion.alert.Alert;
import org.qianliyan.portal.opinion.alert.AlertHandling;
import org.qianliyan.portal.opinion.alert.AlertStatus;
import org.qianliyan.portal.security.Roles;

/**
 * 预警: the alerts, newest first, filtered by status (in the URL); acknowledge, assign and
 * resolve with a note; each alert opens its history and links to the posts behind it.
 */
@Route("staff/opinion/alerts")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class AlertsView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final AlertHandling alerts;
    private final transient AuthenticationContext authentication;
    private final Select<String> status = new Select<>();
    private final TextField note = new TextField();
    private final TextField assignee = new TextField();
    private final Grid<Alert> grid = new Grid<>();

    public AlertsView(AlertHandling alerts, AuthenticationContext authentication) {
        this.alerts = alerts;
        this.authentication = authentication;
        addClassName("qly-page");
        add(new H1(getTranslation("alerts.title")));
        Paragraph lede = new Paragraph(getTranslation("alerts.lede"));
        lede.addClassName("qly-lede");
        add(lede);
        status.setId("alerts-status");
        status.setLabel(getTranslation("alerts.filter.status"));
        status.setItems("", "open", "acknowledged", "resolved");
        status.setItemLabelGenerator(s -> getTranslation(s.isEmpty() ? "alerts.status.all" : "alerts.status." + s));
        status.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate(AlertsView.class,
                        e.getValue().isEmpty() ? QueryParameters.empty() : QueryParameters.of("status", e.getValue())));
            }
        });
        note.setLabel(getTranslation("alerts.note"));
        note.setId("alerts-note");
        assignee.setLabel(getTranslation("alerts.assignee"));
        assignee.setId("alerts-assignee");
        Anchor feed = new Anchor("/api/v1/staff/alerts.atom", getTranslation("alerts.feed"));
        feed.setRouterIgnore(true);
        HorizontalLayout tools = new HorizontalLayout(status, note, assignee, feed);
        tools.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(tools);
        configureGrid();
        add(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        status.setValue(event.getLocation().getQueryParameters().getSingleParameter("status")
                .filter(s -> List.of("open", "acknowledged", "resolved").contains(s)).orElse(""));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alerts.title") + " · " + getTranslation("shell.brand");
    }

    private void configureGrid() {
        grid.setId("alerts-grid");
        grid.addColumn(a -> TIME.format(a.raisedAt())).setHeader(getTranslation("alerts.column.raised")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("alerts.kind." + a.kind().code())).setHeader(getTranslation("alerts.column.kind"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::subject).setHeader(getTranslation("alerts.column.subject")).setFlexGrow(1);
        grid.addColumn(a -> a.count() > 0 ? getTranslation("alerts.count", a.count(), Math.round(a.expected())) : "")
                .setHeader(getTranslation("alerts.column.count")).setAutoWidth(true);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("alerts.column.status")).setAutoWidth(true);
        grid.addColumn(a -> a.assignee() == null ? "" : a.assignee()).setHeader(getTranslation("alerts.column.assignee"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("alerts.column.actions")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::history));
        grid.setAllRowsVisible(true);
    }

    private Div subject(Alert a) {
        Anchor posts = new Anchor(a.postsLink(), a.subjectLabel());
        posts.addClassName("alert-posts");
        Div cell = new Div(posts);
        if (a.detail() != null) {
            Span detail = new Span(" · " + a.detail());
            detail.addClassName("qly-muted");
            cell.add(detail);
        }
        return cell;
    }

    private Span statusBadge(Alert a) {
        Span badge = new Span(getTranslation("alerts.status." + a.status().code()));
        badge.addClassName("alert-status");
        badge.setId("alert-status-" + a.id());
        badge.getElement().getThemeList().add(a.status() == AlertStatus.OPEN ? "badge error"
                : a.status() == AlertStatus.RESOLVED ? "badge success" : "badge");
        return badge;
    }

    private HorizontalLayout actions(Alert a) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (a.status() == AlertStatus.OPEN) {
            actions.add(button("alerts.action.acknowledge", "alert-acknowledge", a, AlertHandling.Action.ACKNOWLEDGE));
        }
        if (a.status() != AlertStatus.RESOLVED) {
            actions.add(button("alerts.action.assign", "alert-assign", a, AlertHandling.Action.ASSIGN),
                    button("alerts.action.resolve", "alert-resolve", a, AlertHandling.Action.RESOLVE));
        }
        Button history = new Button(getTranslation("alerts.action.history"),
                e -> grid.setDetailsVisible(a, !grid.isDetailsVisible(a)));
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        history.addClassName("alert-history-toggle");
        actions.add(history);
        return actions;
    }

    private Button button(String labelKey, String className, Alert a, AlertHandling.Action action) {
        Button button = new Button(getTranslation(labelKey), e -> act(a, action));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClassName(className);
        button.setId(className + "-" + a.id());
        return button;
    }

    private void act(Alert a, AlertHandling.Action action) {
        String user = authentication.getPrincipalName().orElse("?");
        try {
            alerts.act(a.id(), action, user, assignee.getValue(), note.getValue());
            note.clear();
            refresh();
        } catch (IllegalArgumentException e) {
            Notification.show(getTranslation("alerts.error.assignee"));
        }
    }

    private Div history(Alert a) {
        Div history = new Div();
        history.addClassName("alert-history");
        for (Alert.AlertEvent e : a.history()) {
            history.add(new Paragraph(TIME.format(e.at()) + " · " + e.user() + " · " + getTranslation("alerts.event." + e.action())
                    + (e.note() == null || e.note().isEmpty() ? "" : " · " + e.note())));
        }
        for (Alert.Delivery d : a.deliveries()) {
            history.add(new Paragraph(getTranslation(d.ok() ? "alerts.delivery.ok" : "alerts.delivery.failed", d.target(),
                    d.attempts(), d.error() == null ? "" : d.error())));
        }
        return history;
    }

    private void refresh() {
        String s = status.getValue();
        List<Alert> found = alerts.list(s == null || s.isEmpty() ? null : AlertStatus.ofCode(s), null, null, null);
        grid.setItems(found);
    }
}
