package org.qianliyan.portal.opinion.review.ui;

import com.vaadin.flow.component.Component;
import org.qianliyan.portal.incinerator.ui.PlantPageSection;
import org.qianliyan.portal.opinion.review.ConfirmedComplaints;
import org.springframework.core.annotation.Order;

/** The plant page's confirmed complaints, after its enforcement record. */
@org.springframework.stereotype.Component
@Order(2)
class ConfirmedComplaintsSection implements PlantPageSection {

    private final ConfirmedComplaints complaints;

    ConfirmedComplaintsSection(ConfirmedComplaints complaints) {
        this.complaints = complaints;
    }

    @Override
    public Component forPlant(String facilityId) {
        return new ConfirmedComplaintsPanel(complaints, facilityId);
    }
}
