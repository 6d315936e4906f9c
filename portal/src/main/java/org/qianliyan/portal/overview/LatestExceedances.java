package org.qianliyan.portal.overview;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.qianliyan.portal.incinerator.compliance.ComplianceRules;
import org.qianliyan.portal.incinerator.compliance.Reason;
import org.qianliyan.portal.incinerator.store.ExceedanceDay;
import org.qianliyan.portal.incinerator.ui.PlantView;

/** The newest 超标日 of all plants: plant (linked to its page), outlet, pollutant, value and limit. */
class LatestExceedances extends Div {

    LatestExceedances(List<ExceedanceDay> days) {
        setId("overview-exceedances");
        addClassName("qly-front-section");
        add(new H2(getTranslation("overview.exceedances.title")));
        if (days.isEmpty()) {
            add(FrontPageText.empty(getTranslation("overview.exceedances.none")));
            return;
        }
        Grid<ExceedanceDay> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addColumn(day -> day.date().toString()).setHeader(getTranslation("overview.column.date")).setAutoWidth(true);
        grid.addComponentColumn(day -> new RouterLink(day.facilityName(), PlantView.class,
                        new RouteParameters("id", day.facilityId())))
                .setHeader(getTranslation("overview.column.plant")).setFlexGrow(2);
        grid.addColumn(ExceedanceDay::pointName).setHeader(getTranslation("overview.column.point"));
        grid.addColumn(day -> finding(day.reason())).setHeader(getTranslation("overview.column.pollutant"));
        grid.addColumn(day -> amount(day.reason(), day.reason().value()))
                .setHeader(getTranslation("overview.column.value"));
        grid.addColumn(day -> amount(day.reason(), day.reason().limit()))
                .setHeader(getTranslation("overview.column.limit"));
        grid.setItems(days);
        add(FrontPageText.lede(getTranslation("overview.exceedances.lede")), grid);
    }

    /** The pollutant of a daily or hourly mean, else the rule (furnace temperature). */
    private String finding(Reason reason) {
        String rule = getTranslation("incinerator.rule." + reason.ruleId());
        return reason.pollutant() == null ? rule
                : getTranslation(reason.pollutant().labelKey()) + (reason.ruleId().equals(ComplianceRules.DAILY_MEAN.id()) ? "" : "（" + rule + "）");
    }

    /** mg/m³ for pollutants; furnace findings count minutes. */
    private String amount(Reason reason, Double value) {
        if (value == null) {
            return "";
        }
        String unit = getTranslation(reason.pollutant() == null ? "overview.unit.minutes" : "overview.unit.concentration");
        return FrontPageText.number(value) + " " + unit;
    }
}
