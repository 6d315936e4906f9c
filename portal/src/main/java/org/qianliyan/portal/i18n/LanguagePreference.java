package org.qianliyan.portal.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import org.springframework.stereotype.Component;

/**
 * Remembers the visitor's language per browser in a cookie, so the choice survives
 * reloads and new sessions without an account. Chinese unless the browser chose English.
 */
@Component
public class LanguagePreference implements VaadinServiceInitListener {

    static final String COOKIE = "qianliyan-lang";
    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().setLocale(fromRequest(VaadinRequest.getCurrent())));
    }

    /** Stores {@code locale} for this browser and reloads the page so every label follows. */
    public static void switchTo(UI ui, Locale locale) {
        String tag = BundleI18nProvider.supported(locale).toLanguageTag();
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + '; path=/; max-age=' + $2 + '; SameSite=Lax';"
                + " window.location.reload();", COOKIE, tag, ONE_YEAR_SECONDS);
    }

    static Locale fromRequest(VaadinRequest request) {
        return Optional.ofNullable(request)
                .map(VaadinRequest::getCookies)
                .flatMap(cookies -> Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst())
                .map(Cookie::getValue)
                .map(Locale::forLanguageTag)
                .map(BundleI18nProvider::supported)
                .orElse(BundleI18nProvider.CHINESE);
    }
}
