package org.qianliyan.portal.enforcement.ui;

import com.vaadin.flow.component.Component;
import org.qianliyan.portal.enforcement.EnforcementHistory;
import org.qianliyan.portal.incinerator.ui.PlantPageSection;
import org.springframework.core.annotation.Order;

/** The plant page's enforcement record, right after the plant's own findings. */
@org.springframework.stereotype.Component
@Order(1)
class FacilityEnforcementSection implements PlantPageSection {

    private final EnforcementHistory history;

    FacilityEnforcementSection(EnforcementHistory history) {
        this.history = history;
    }

    @Override
    public Component forPlant(String facilityId) {
        return new FacilityEnforcementPanel(history, facilityId);
    }
}
