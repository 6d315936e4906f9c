package org.qianliyan.portal.search;

import com.vaadin.flow.component.Component;
import org.qianliyan.portal.incinerator.ui.PlantPageSection;
import org.springframework.core.annotation.Order;

/** The plant page's coverage: the newest articles linked to the plant, after its confirmed complaints. */
@org.springframework.stereotype.Component
@Order(3)
class FacilityCoverageSection implements PlantPageSection {

    private final FacilityCoverage coverage;

    FacilityCoverageSection(FacilityCoverage coverage) {
        this.coverage = coverage;
    }

    @Override
    public Component forPlant(String facilityId) {
        return new FacilityCoveragePanel(coverage, facilityId);
    }
}
