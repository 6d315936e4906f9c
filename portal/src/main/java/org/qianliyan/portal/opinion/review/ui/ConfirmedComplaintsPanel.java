package org.qianliyan.portal.opinion.review.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.qianliyan.portal.opinion.review.ConfirmedComplaints;

/**
 * For the public plant page: confirmed complaints about the plant per month with their
 * topics; counts only, never a person, a handle or a quote.
 */
public class ConfirmedComplaintsPanel extends Div {

    public ConfirmedComplaintsPanel(ConfirmedComplaints complaints, String facilityId) {
        setId("confirmed-complaints");
        add(new H2(getTranslation("review.plant.title")));
        Paragraph lede = new Paragraph(getTranslation("review.plant.lede"));
        lede.addClassName("qly-lede");
        add(lede);
        List<ConfirmedComplaints.Month> months = complaints.monthlyFor(facilityId);
        if (months.isEmpty()) {
            add(new Paragraph(getTranslation("review.plant.none")));
            return;
        }
        Grid<ConfirmedComplaints.Month> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addColumn(ConfirmedComplaints.Month::month).setHeader(getTranslation("review.plant.month"));
        grid.addColumn(ConfirmedComplaints.Month::count).setHeader(getTranslation("review.plant.count"));
        grid.addColumn(m -> topics(m.topics())).setHeader(getTranslation("review.plant.topics")).setFlexGrow(2);
        grid.setItems(months);
        add(grid);
    }

    private String topics(Map<String, Long> topics) {
        return topics.entrySet().stream().map(e -> getTranslation("review.topic." + e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining("、"));
    }
}
