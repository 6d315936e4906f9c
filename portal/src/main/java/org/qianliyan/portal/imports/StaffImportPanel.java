package org.qianliyan.portal.imports;

import com.vaadin.flow.component.Component;

/**
 * One kind of data import offered on the staff Imports page, such as the ministry
 * platform's incinerator export or enforcement cases. Each feature contributes a Spring
 * bean; {@link ImportsView} shows one tab per bean, ordered by {@link #order()}.
 */
public interface StaffImportPanel {

    /** The i18n key of the tab's title. */
    String titleKey();

    /** Lower comes first. */
    int order();

    /** A fresh component for one view instance (upload, options, progress and report). */
    Component createContent();
}
