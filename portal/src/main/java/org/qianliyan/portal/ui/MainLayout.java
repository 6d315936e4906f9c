package org.qianliyan.portal.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.qianliyan.frontend.html.StaticHtml;
import org.qianliyan.portal.i18n.BundleI18nProvider;
import org.qianliyan.portal.i18n.LanguagePreference;
import org.qianliyan.portal.imports.DemoSeeding;
import org.qianliyan.portal.security.Roles;

/**
 * The frame around every page: brand, language switch, login state and the navigation.
 * A navigation entry appears once its view exists; staff entries only for staff, the
 * administrators' (sources, imports, users) only for administrators. While the demo data of
 * a fresh install is still being generated, the frame says so.
 */
@Layout
@AnonymousAllowed
@StyleSheet(MainLayout.STYLESHEET)
public class MainLayout extends AppLayout {

    /** The portal's stylesheet (frontend module), on top of Lumo from Vaadin's pre-built bundle. */
    public static final String STYLESHEET = "context://styles/qianliyan.css";

    private final transient AuthenticationContext authentication;

    public MainLayout(AuthenticationContext authentication, DemoSeeding demoSeeding) {
        this.authentication = authentication;
        addToNavbar(new DrawerToggle(), brand());
        if (demoSeeding.underway()) {
            addToNavbar(StaticHtml.root("span").attribute("class", "qly-demo-seeding")
                    .attribute("id", "demo-seeding-notice").text(getTranslation("shell.demo-seeding")).toComponent());
        }
        addToNavbar(toolbar());
        addToDrawer(navigation());
        setPrimarySection(Section.DRAWER);
    }

    /**
     * Brand and tagline; not a heading, so each page's own h1 is its title. Read-only, so one element (see
     * {@link StaticHtml}): the frame is in every visitor's session.
     */
    private Html brand() {
        return StaticHtml.root("div").attribute("class", "qly-brand")
                .open("a").attribute("href", "").text(getTranslation("shell.brand")).close()
                .element("span", getTranslation("shell.tagline")).toComponent();
    }

    private HorizontalLayout toolbar() {
        Locale current = BundleI18nProvider.supported(getLocale());
        Locale other = current.equals(BundleI18nProvider.ENGLISH) ? BundleI18nProvider.CHINESE : BundleI18nProvider.ENGLISH;
        Button language = new Button(getTranslation("shell.language.switch"), VaadinIcon.GLOBE.create(),
                click -> LanguagePreference.switchTo(getUI().orElseThrow(), other));
        language.setId("language-switch");
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout toolbar = new HorizontalLayout(language, loginState());
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.getStyle().set("margin-inline-start", "auto").set("padding-inline-end", "var(--lumo-space-m)");
        return toolbar;
    }

    /** Staff: a logout button. Visitors: a link to the login page, as one read-only element (see {@link #brand}). */
    private Component loginState() {
        return authentication.getPrincipalName().<Component>map(name -> {
            Button logout = new Button(getTranslation("shell.logout", name), click -> authentication.logout());
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return new Div(logout);
        }).orElseGet(() -> StaticHtml.root("div").open("a").attribute("href", "login").attribute("id", "login-link")
                .text(getTranslation("shell.login")).toComponent());
    }

    private Div navigation() {
        Div drawer = new Div();
        drawer.add(section("shell.nav.public",
                item("shell.nav.overview", "", VaadinIcon.DASHBOARD),
                item("shell.nav.incinerators", "incinerators", VaadinIcon.FACTORY),
                item("shell.nav.enforcement", "enforcement", VaadinIcon.GAVEL),
                item("shell.nav.search", "search", VaadinIcon.SEARCH),
                item("shell.nav.open-data", "open-data", VaadinIcon.DOWNLOAD)));
        if (authentication.isAuthenticated()) {
            boolean administrator = authentication.hasRole(Roles.ADMIN);
            drawer.add(section("shell.nav.staff",
                    item("shell.nav.opinion", "staff/opinion", VaadinIcon.COMMENTS),
                    item("shell.nav.alerts", "staff/opinion/alerts", VaadinIcon.BELL),
                    administrator ? item("shell.nav.sources", "staff/sources", VaadinIcon.GLOBE_WIRE) : null,
                    administrator ? item("shell.nav.imports", "staff/imports", VaadinIcon.UPLOAD) : null,
                    administrator ? item("shell.nav.users", "staff/users", VaadinIcon.USERS) : null,
                    item("shell.nav.account", "staff/account", VaadinIcon.USER)));
        }
        return drawer;
    }

    private Div section(String titleKey, SideNavItem... items) {
        SideNav nav = new SideNav();
        for (SideNavItem item : items) {
            if (item != null) {
                nav.addItem(item);
            }
        }
        Html heading = StaticHtml.root("div").attribute("class", "qly-nav-section").text(getTranslation(titleKey))
                .toComponent();
        return new Div(heading, nav);
    }

    /** A navigation entry, or null while no view is registered at {@code path}. */
    private SideNavItem item(String labelKey, String path, VaadinIcon icon) {
        if (RouteConfiguration.forApplicationScope().getRoute(path).isEmpty()) {
            return null;
        }
        SideNavItem item = new SideNavItem(getTranslation(labelKey), "/" + path, icon.create());
        item.setId("nav-" + (path.isEmpty() ? "overview" : path.replace('/', '-')));
        return item;
    }
}
