package org.qianliyan.portal;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;

/** Page-wide settings of the HTML shell; styles come with {@link org.qianliyan.portal.ui.MainLayout}. */
@Meta(name = "description", content = "千里眼 Qianliyan: environmental transparency and public opinion")
public class AppShell implements AppShellConfigurator {
}
