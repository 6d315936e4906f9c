package org.qianliyan.portal.imports;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.qianliyan.portal.security.Roles;

/** 导入: one tab per kind of data import that a feature offers. */
@Route("staff/imports")
@RolesAllowed(Roles.ADMIN)
public class ImportsView extends Div implements HasDynamicTitle {

    public ImportsView(List<StaffImportPanel> panels) {
        addClassName("qly-page");
        add(new H1(getTranslation("imports.title")));
        Paragraph lede = new Paragraph(getTranslation("imports.lede"));
        lede.addClassName("qly-lede");
        add(lede);
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        panels.stream()
                .sorted(Comparator.comparingInt(StaffImportPanel::order))
                .forEach(panel -> tabs.add(getTranslation(panel.titleKey()), panel.createContent()));
        if (panels.isEmpty()) {
            add(new Paragraph(getTranslation("imports.none")));
        } else {
            add(tabs);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("imports.title") + " · " + getTranslation("shell.brand");
    }
}
