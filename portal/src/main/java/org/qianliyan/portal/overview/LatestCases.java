package org.qianliyan.portal.overview;

import java.math.BigDecimal;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.qianliyan.portal.enforcement.domain.EnforcementCase;
import org.qianliyan.portal.enforcement.domain.PenaltyAmount;

/** The newest penalties and supervision orders: party (linked to the case), authority, fine and date. */
class LatestCases extends Div {

    LatestCases(List<EnforcementCase> cases) {
        setId("overview-cases");
        addClassName("qly-front-section");
        add(new H2(getTranslation("overview.cases.title")));
        if (cases.isEmpty()) {
            add(FrontPageText.empty(getTranslation("overview.cases.none")));
            return;
        }
        Grid<EnforcementCase> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> c.decisionDate().toString()).setHeader(getTranslation("enforcement.column.date"))
                .setAutoWidth(true);
        grid.addComponentColumn(c -> new Anchor("enforcement/" + c.id(), c.partyName()))
                .setHeader(getTranslation("enforcement.column.party")).setFlexGrow(2);
        grid.addColumn(this::kind).setHeader(getTranslation("overview.column.kind"));
        grid.addColumn(EnforcementCase::authority).setHeader(getTranslation("enforcement.column.authority"))
                .setFlexGrow(2);
        grid.addColumn(c -> c.penaltyAmount().map(PenaltyAmount::tenThousandYuan).map(BigDecimal::toPlainString)
                .orElse("")).setHeader(getTranslation("enforcement.column.amount"));
        grid.setItems(cases);
        add(grid, new Anchor("enforcement", getTranslation("overview.cases.all")));
    }

    /** 挂牌督办 or 电子督办单 where the case carries a supervision order, else 行政处罚. */
    private String kind(EnforcementCase value) {
        return value.supervision().map(order -> getTranslation("enforcement.supervision." + order.kind().name()))
                .orElseGet(() -> getTranslation("overview.kind.penalty"));
    }
}
