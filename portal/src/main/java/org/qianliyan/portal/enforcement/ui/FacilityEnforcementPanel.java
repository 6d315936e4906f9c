package org.qianliyan.portal.enforcement.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.qianliyan.portal.enforcement.EnforcementHistory;
import org.qianliyan.portal.enforcement.domain.CaseStatus;
import org.qianliyan.portal.enforcement.domain.EnforcementCase;
import org.qianliyan.portal.enforcement.search.CasePage;
import org.qianliyan.portal.enforcement.search.CaseQuery;

/**
 * A facility's enforcement record for the plant page: its linked cases, newest first,
 * with the basis of each link and a link to the full list. Drop it into any view:
 * {@code add(new FacilityEnforcementPanel(history, facilityId))}, with the view's injected {@link EnforcementHistory}.
 */
public class FacilityEnforcementPanel extends Div {

    public FacilityEnforcementPanel(EnforcementHistory history, String facilityId) {
        addClassName("qly-facility-enforcement");
        setId("facility-enforcement");
        add(new H2(getTranslation("enforcement.facility.title")));
        CasePage page = history.page(facilityId);
        if (page.cases().isEmpty()) {
            add(new Paragraph(getTranslation("enforcement.facility.empty")));
            return;
        }
        add(new Paragraph(getTranslation("enforcement.facility.count", page.total())));
        Grid<EnforcementCase> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        // A renderer, not an Anchor per row: the session keeps no element for the rows (issue 15).
        grid.addColumn(LitRenderer.<EnforcementCase>of("<a href=${item.href}>${item.number}</a>")
                        .withProperty("href", c -> "enforcement/" + c.id())
                        .withProperty("number", EnforcementCase::decisionNumber))
                .setHeader(getTranslation("enforcement.column.number"));
        grid.addColumn(c -> c.decisionDate().toString()).setHeader(getTranslation("enforcement.column.date"));
        grid.addColumn(EnforcementCase::violationType).setHeader(getTranslation("enforcement.facet.VIOLATION_TYPE"));
        grid.addColumn(c -> CaseLabels.tenThousandYuan(c.penaltyAmount()))
                .setHeader(getTranslation("enforcement.column.amount"));
        grid.addColumn(c -> getTranslation("enforcement.status." + CaseStatus.of(c).name()))
                .setHeader(getTranslation("enforcement.column.status"));
        grid.addColumn(c -> getTranslation("enforcement.link." + c.facility().basis().name()));
        grid.setItems(page.cases());
        add(grid, new Anchor("enforcement" + EnforcementListView.queryString(CaseQuery.all().forFacility(facilityId)),
                getTranslation("enforcement.facility.all")));
    }
}
