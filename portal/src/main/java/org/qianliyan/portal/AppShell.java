package org.qianliyan.portal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;

/** Page-wide settings: Lumo from Vaadin's pre-built bundle plus our own stylesheet (no npm build). */
@StyleSheet("context://styles/qianliyan.css")
@Meta(name = "description", content = "千里眼 Qianliyan: environmental transparency and public opinion")
public class AppShell implements AppShellConfigurator {
}
