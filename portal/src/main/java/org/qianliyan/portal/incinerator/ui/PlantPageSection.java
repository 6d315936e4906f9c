package org.qianliyan.portal.incinerator.ui;

import com.vaadin.flow.component.Component;

/**
 * A section another feature adds to the plant page (its enforcement record, its confirmed complaints): a bean of
 * this type, ordered with {@code @Order}, so the incinerator feature depends on none of them and they may read its
 * facilities.
 */
public interface PlantPageSection {

    /** The section for the plant with id {@code facilityId}, built anew for each page. */
    Component forPlant(String facilityId);
}
